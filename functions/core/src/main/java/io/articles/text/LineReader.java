package io.articles.text;

import static io.articles.text.UnreadableTextException.Reason.BINARY;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Optional;

/**
 * Splits UTF-8 into lines (LF, CRLF, CR and the Unicode separators), each trimmed with its whitespace
 * normalised: tabs, no-break and other Unicode spaces become one space, zero-width and control characters go. Blank
 * lines are dropped; hard-wrapped lines are joined again (see {@link LineJoiner}); HTML character references are
 * decoded (see {@link HtmlEntities}). The words of each line are counted on the way (see {@link Words}). One pass
 * over the bytes, in place: this is the parser's hottest loop, so a line that is already clean (nearly all) becomes
 * a string straight from its bytes, and only the others are cleaned.
 */
public final class LineReader {
    private static final byte DEL = 0x7F;
    private static final int LAST_C1_CONTROL = 0x9F;
    /** Real text has next to no control characters; above this share the bytes are not text. */
    private static final int MAX_CONTROL_PERCENT = 10;
    /** The top bit of the first of eight bytes read as a long. */
    private static final long FIRST_BYTE = 0x80L;
    /** Printable ASCII that counts as a letter or digit: what makes a run of characters a word. */
    private static final boolean[] ASCII_LETTER_OR_DIGIT = asciiLettersAndDigits();

    private final byte[] bytes;
    private final LineJoiner lines = new LineJoiner();
    /** What {@link #scanLine} found: where the line ends, where the next starts, and its words if it is clean. */
    private int lineEnd;
    private int nextStart;
    private boolean lineIsAscii;
    private int cleanWords;
    /** Whether the bytes are not well-formed UTF-8; the control characters and NULs met, and chars saved on bytes. */
    private boolean malformed;
    private int controls;
    private boolean hasNul;
    private int charsSaved;
    /** Where a line with other characters than ASCII is decoded, to make its string in one copy. */
    private char[] decoded = new char[512];

    private LineReader(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Reads UTF-8 in place (the caller must not change the array): empty when the bytes are not well-formed UTF-8
     * (exactly the sequences of the Unicode standard, as the JDK's strict decoder takes them). Text with a NUL or
     * more than a few control characters (C0 but tab, line breaks and form feed; DEL; C1) is rejected as binary.
     */
    public static Optional<Lines> read(byte[] utf8) throws UnreadableTextException {
        return new LineReader(utf8).readAll();
    }

    private Optional<Lines> readAll() throws UnreadableTextException {
        boolean blankAbove = true;
        int start = 0;
        while (start < bytes.length) {
            boolean isClean = scanLine(start);
            if (malformed) {
                return Optional.empty();
            }
            String line = isClean ? cleanLine(start, lineEnd) : normalised(start, lineEnd);
            // Character references ("Jos&#233;") are decoded before any reader sees the text; most lines have no '&'.
            String decoded = HtmlEntities.decode(line);
            if (decoded.isEmpty()) {
                blankAbove = true;
            } else {
                lines.add(decoded, isClean && decoded == line ? cleanWords : Words.count(decoded), blankAbove);
                blankAbove = false;
            }
            start = nextStart;
        }
        rejectControlCharacters(bytes.length - charsSaved);
        return Optional.of(lines.build());
    }

    /** Text of {@code length} chars is binary data when it has a NUL or more than a few control characters. */
    private void rejectControlCharacters(int length) throws UnreadableTextException {
        if (hasNul) {
            throw new UnreadableTextException(BINARY, "file contains NUL characters: binary data, not text");
        }
        if (controls * 100L > (long) length * MAX_CONTROL_PERCENT) {
            throw new UnreadableTextException(BINARY, "file is " + controls * 100L / length
                    + "% control characters; text has at most " + MAX_CONTROL_PERCENT + "%");
        }
    }

    /**
     * Finds the end of the line from {@code start} and whether it is clean: printable characters and single spaces,
     * nothing to trim at its end. Counts its words on the way: a word starts after a space, and nearly always with a
     * letter. The parser's hottest loop, so one method on locals: eight bytes a step while they are all printable
     * ASCII (the spaces, the bytes after a space and the letters and digits among them found at once, see
     * {@link Swar}), byte by byte through the rest.
     */
    private boolean scanLine(int start) {
        byte[] text = bytes;
        int i = start;
        int words = 0;
        boolean clean = true;
        boolean ascii = true;
        // Whether the byte before i is a space (a second makes the line unclean), and whether a word may start at i.
        boolean spaceBefore = false;
        boolean wordMayStart = true;
        int next = -1;
        while (i < text.length) {
            long word = i + Long.BYTES <= text.length ? Swar.load(text, i) : 0;
            if (i + Long.BYTES <= text.length && Swar.notPrintable(word) == 0) {
                long spaces = Swar.spaces(word);
                long starts = ((spaces << Byte.SIZE) | (wordMayStart ? FIRST_BYTE : 0)) & ~spaces & Swar.HIGH_BITS;
                long letters = Swar.lettersAndDigits(word);
                words += Long.bitCount(starts & letters);
                if ((starts & ~letters) != 0) {
                    words += wordsAfterMarks(i, starts & ~letters);
                }
                clean &= (spaces & ((spaces << Byte.SIZE) | (spaceBefore ? FIRST_BYTE : 0))) == 0;
                spaceBefore = spaces < 0;
                wordMayStart = spaceBefore;
                i += Long.BYTES;
                continue;
            }
            byte b = text[i];
            if (b == ' ') {
                clean &= !spaceBefore;
                spaceBefore = true;
                wordMayStart = true;
                i++;
                continue;
            }
            if (b == '\n' || b == '\r') {
                break;
            }
            int length = 1;
            if (b < 0) {
                ascii = false;
                length = Utf8.wellFormedLength(text, i);
                if (length == 0) {
                    malformed = true;
                    break;
                }
                int codePoint = Utf8.codePointAt(text, i);
                countOtherScript(codePoint, length);
                if (isLineBreak(codePoint)) {
                    next = i + length;
                    break;
                }
                clean &= !isBlank(codePoint) && !isDropped(codePoint);
            } else if (b < ' ' || b == DEL) {
                // A control makes the line unclean: it is normalised and its words counted afresh.
                clean = false;
                countControl(b);
            }
            words += wordMayStart ? wordAt(i) : 0;
            spaceBefore = false;
            wordMayStart = false;
            i += length;
        }
        lineEnd = i;
        nextStart = next >= 0 ? next : i + (i + 1 < text.length && text[i] == '\r' && text[i + 1] == '\n' ? 2 : 1);
        lineIsAscii = ascii;
        cleanWords = words;
        return clean && byteAt(lineEnd - 1) != ' ';
    }

    /** Counts a C1 control, and the chars the sequence saves on its bytes (a Java string holds the text in chars). */
    private void countOtherScript(int codePoint, int length) {
        controls += codePoint <= LAST_C1_CONTROL ? 1 : 0;
        charsSaved += length == 4 ? 2 : length - 1;
    }

    /** Counts a C0 control or DEL: not tabs and form feeds, which are spaces (line breaks never come here). */
    private void countControl(byte b) {
        hasNul |= b == 0;
        controls += b != '\t' && b != '\f' ? 1 : 0;
    }

    /** The words among the runs that start at the flagged bytes of the eight from {@code at} with a mark: "“Putin". */
    private int wordsAfterMarks(int at, long flagged) {
        int found = 0;
        for (long rest = flagged; rest != 0; rest &= rest - 1) {
            found += wordAt(at + (Long.numberOfTrailingZeros(rest) >>> 3));
        }
        return found;
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
            int length = bytes[i] >= 0 ? 1 : Utf8.wellFormedLength(bytes, i);
            if (length == 0) {
                // Not UTF-8: the line's scan finds it when it gets there.
                return 0;
            }
            int codePoint = Utf8.codePointAt(bytes, i);
            // Char by char, as Words counts a Java string: a character outside the BMP is two chars, neither a letter.
            if (codePoint <= Character.MAX_VALUE && Chars.isLetterOrDigit((char) codePoint)) {
                return 1;
            }
            if (isLineBreak(codePoint)) {
                return 0;
            }
            i += length;
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
            table[c] = Chars.isLetterOrDigit(c);
        }
        return table;
    }
}
