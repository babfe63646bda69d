package io.articles.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lines (LF, CRLF, CR and the Unicode separators), each trimmed with its whitespace normalised:
 * tabs, no-break and other Unicode spaces become one space, zero-width and control characters go. Blank lines are
 * dropped. A line that carries on the sentence of the line right above it (hard-wrapped copy: this one starts in
 * lower case, the one above does not end a sentence) is joined to it. One pass over a char array: this is the
 * parser's hottest loop.
 */
final class LineReader {
    private final char[] chars;
    private final List<String> lines = new ArrayList<>();
    /** The line being assembled; a builder only once a continuation is joined to it. */
    private String previous;
    private StringBuilder joined;

    private LineReader(char[] chars) {
        this.chars = chars;
    }

    static List<String> read(String text) {
        return read(text.toCharArray());
    }

    /** Reads the characters in place: the caller hands the array over and must not change it. */
    static List<String> read(char[] text) {
        return new LineReader(text).readAll();
    }

    private List<String> readAll() {
        boolean blankAbove = true;
        int start = 0;
        while (start < chars.length) {
            int end = start;
            boolean plain = true;
            char before = 'x';
            while (end < chars.length) {
                char c = chars[end];
                // Printable ASCII first, then the space: together nearly every character, each at one test.
                if (c <= ' ' || c >= 0x7F) {
                    if (c == ' ') {
                        plain &= before != ' ';
                    } else if (isLineBreak(c)) {
                        break;
                    } else {
                        plain &= c > ' ' && !isBlank(c) && !isDropped(c);
                    }
                }
                before = c;
                end++;
            }
            String line = plain && !isBlank(before) ? plainLine(start, end) : clean(start, end);
            if (line.isEmpty()) {
                blankAbove = true;
            } else {
                add(line, blankAbove);
                blankAbove = false;
            }
            start = end + (end + 1 < chars.length && chars[end] == '\r' && chars[end + 1] == '\n' ? 2 : 1);
        }
        flush();
        return lines;
    }

    /** A line of printable characters and single spaces: only a leading space can need trimming. */
    private String plainLine(int start, int end) {
        int from = start < end && chars[start] == ' ' ? start + 1 : start;
        return new String(chars, from, end - from);
    }

    private void add(String line, boolean blankAbove) {
        if (previous != null && !blankAbove && continues(lastChar(), line.charAt(0))) {
            if (joined == null) {
                joined = new StringBuilder(previous);
            }
            joined.append(' ').append(line);
            return;
        }
        flush();
        previous = line;
    }

    private void flush() {
        if (previous != null) {
            lines.add(joined == null ? previous : joined.toString());
        }
        previous = null;
        joined = null;
    }

    private char lastChar() {
        return joined == null ? previous.charAt(previous.length() - 1) : joined.charAt(joined.length() - 1);
    }

    private static boolean continues(char lastAbove, char first) {
        return Character.isLowerCase(first) && ".!?:;".indexOf(lastAbove) < 0;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The line with its whitespace collapsed to single spaces and invisible characters removed, trimmed. */
    private String clean(int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (isBlank(c)) {
                space = true;
            } else if (!isDropped(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whitespace of any kind, including the no-break spaces {@link Character#isWhitespace} leaves out. */
    static boolean isBlank(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c);
    }

    /** Invisible characters: controls, zero-width spaces, byte order marks, soft hyphens. */
    private static boolean isDropped(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u00AD' || c == '\u200B' || c == '\uFEFF';
    }
}
