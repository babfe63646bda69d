package io.articles.article;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits well-formed UTF-8 into lines (LF, CRLF, CR and the Unicode separators), each trimmed with its whitespace
 * normalised: tabs, no-break and other Unicode spaces become one space, zero-width and control characters go. Blank
 * lines are dropped. A line that carries on the sentence of the line right above it (hard-wrapped copy: this one
 * starts in lower case, the one above does not end a sentence) is joined to it. The words of each line are counted
 * on the way (see {@link Words}). One pass over the bytes, in place: this is the parser's hottest loop, so a line
 * that is already clean (nearly all) becomes a string straight from its bytes, and only the others are cleaned.
 */
final class LineReader {
    private static final byte DEL = 0x7F;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long EXCLAMATION_MARKS = 0x2121212121212121L;
    /** Printable ASCII that counts as a letter or digit: what makes a run of characters a word. */
    private static final boolean[] ASCII_LETTER_OR_DIGIT = asciiLettersAndDigits();

    private final byte[] bytes;
    private final Lines.Builder lines = new Lines.Builder();
    /** The line being assembled; a builder only once a continuation is joined to it. */
    private String previous;
    private int previousWords;
    private StringBuilder joined;
    /** What {@link #scanLine} found: where the line ends, where the next starts, and its words if it is clean. */
    private int lineEnd;
    private int nextStart;
    private int cleanWords;
    private boolean lineIsAscii;
    /** Where a line with other characters than ASCII is decoded, to make its string in one copy. */
    private char[] decoded = new char[512];

    private LineReader(byte[] bytes) {
        this.bytes = bytes;
    }

    static Lines read(String text) {
        return read(text.getBytes(UTF_8));
    }

    /** Reads well-formed UTF-8 in place: the caller must not change the array. */
    static Lines read(byte[] utf8) {
        return new LineReader(utf8).readAll();
    }

    private Lines readAll() {
        boolean blankAbove = true;
        int start = 0;
        while (start < bytes.length) {
            boolean clean = scanLine(start);
            String line = clean ? cleanLine(start, lineEnd) : normalised(start, lineEnd);
            if (line.isEmpty()) {
                blankAbove = true;
            } else {
                add(line, clean ? cleanWords : Words.count(line), blankAbove);
                blankAbove = false;
            }
            start = nextStart;
        }
        flush();
        return lines.build();
    }

    /**
     * Finds the end of the line from {@code start} and whether it is clean: printable characters and single spaces,
     * nothing to trim at its end. Words are counted at their first character, which is nearly always a letter.
     */
    private boolean scanLine(int start) {
        boolean clean = true;
        boolean ascii = true;
        int words = wordAt(start);
        int i = start;
        int next = -1;
        while ((i = nextMark(i)) < bytes.length) {
            byte b = bytes[i];
            if (b == ' ') {
                clean &= byteAt(i + 1) != ' ';
                words += wordAt(i + 1);
            } else if (b == '\n' || b == '\r') {
                break;
            } else if (b >= 0) {
                clean = false;
            } else {
                ascii = false;
                int codePoint = Utf8.codePointAt(bytes, i);
                if (isLineBreak(codePoint)) {
                    next = i + Utf8.length(b);
                    break;
                }
                clean &= !isBlank(codePoint) && !isDropped(codePoint);
                i += Utf8.length(b) - 1;
            }
            i++;
        }
        lineEnd = Math.min(i, bytes.length);
        nextStart = next >= 0 ? next : i + (i + 1 < bytes.length && bytes[i] == '\r' && bytes[i + 1] == '\n' ? 2 : 1);
        cleanWords = words;
        lineIsAscii = ascii;
        return clean && byteAt(lineEnd - 1) != ' ';
    }

    /**
     * The first byte from {@code from} that is not printable ASCII (a space, a control, DEL, or a byte of another
     * character): the search nearly every byte sees, so it looks at eight bytes a step. In each byte of a word, the
     * top bit is set by a byte above 0x7F, by adding one to DEL, or by the borrow of taking 0x21 off a byte below it;
     * carries and borrows only run towards later bytes, so the first flagged byte is exact.
     */
    private int nextMark(int from) {
        byte[] text = bytes;
        int i = from;
        while (i + Long.BYTES <= text.length) {
            long word = (long) LONGS.get(text, i);
            long marks = (word | (word + ONES) | ((word - EXCLAMATION_MARKS) & ~word)) & HIGH_BITS;
            if (marks != 0) {
                return i + (Long.numberOfTrailingZeros(marks) >>> 3);
            }
            i += Long.BYTES;
        }
        while (i < text.length && text[i] > ' ' && text[i] != DEL) {
            i++;
        }
        return i;
    }

    /** The byte at {@code at}, or a line feed outside the text. */
    private int byteAt(int at) {
        return at >= 0 && at < bytes.length ? bytes[at] : '\n';
    }

    /** 1 if the run of characters from {@code at} up to the next space holds a letter or digit, else 0. */
    private int wordAt(int at) {
        int first = byteAt(at);
        return first >= 0 && ASCII_LETTER_OR_DIGIT[first] ? 1 : wordAfterMark(at);
    }

    /** {@link #wordAt} for a run that does not start with an ASCII letter or digit: "“Putin", "—", "(AFP)". */
    private int wordAfterMark(int at) {
        int i = at;
        while (i < bytes.length && (bytes[i] < 0 || bytes[i] > ' ')) {
            int codePoint = Utf8.codePointAt(bytes, i);
            // Char by char, as Words counts a Java string: a character outside the BMP is two chars, neither a letter.
            if (codePoint <= Character.MAX_VALUE && Words.isLetterOrDigit((char) codePoint)) {
                return 1;
            }
            if (isLineBreak(codePoint)) {
                return 0;
            }
            i += Utf8.length(bytes[i]);
        }
        return 0;
    }

    /** A clean line: only a leading space can need trimming. */
    private String cleanLine(int start, int end) {
        int from = start < end && bytes[start] == ' ' ? start + 1 : start;
        if (lineIsAscii) {
            return new String(bytes, from, end - from, ISO_8859_1);
        }
        // The JDK's UTF-8 constructor tries Latin-1 first and trims its result: three arrays for a line with a curly
        // quote. Decoded here, the string copies the chars once (after its own Latin-1 attempt).
        if (decoded.length < end - from) {
            decoded = new char[Math.max(end - from, decoded.length * 2)];
        }
        return new String(decoded, 0, Utf8.decode(bytes, from, end, decoded));
    }

    private void add(String line, int words, boolean blankAbove) {
        if (previous != null && !blankAbove && continues(lastChar(), line.charAt(0))) {
            if (joined == null) {
                joined = new StringBuilder(previous);
            }
            joined.append(' ').append(line);
            previousWords += words;
            return;
        }
        flush();
        previous = line;
        previousWords = words;
    }

    private void flush() {
        if (previous != null) {
            lines.add(joined == null ? previous : joined.toString(), previousWords);
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

    private static boolean isLineBreak(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == 0x85 || codePoint == 0x2028
                || codePoint == 0x2029;
    }

    /** The line with its whitespace collapsed to single spaces and invisible characters removed, trimmed. */
    private String normalised(int start, int end) {
        String raw = new String(bytes, start, end - start, UTF_8);
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
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
    private static boolean isBlank(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c);
    }

    /** Invisible characters: controls, zero-width spaces, byte order marks, soft hyphens. */
    private static boolean isDropped(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u00AD' || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean[] asciiLettersAndDigits() {
        boolean[] table = new boolean[128];
        for (char c = 0; c < table.length; c++) {
            table[c] = Words.isLetterOrDigit(c);
        }
        return table;
    }
}
