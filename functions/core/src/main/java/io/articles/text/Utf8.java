package io.articles.text;

/**
 * UTF-8 as the parser reads it. Almost every upload is UTF-8 and nearly all of it ASCII, so the text is never
 * decoded as a whole: the {@link LineReader} reads the bytes in place, checks the sequences of other characters as
 * it meets them, and decodes only the lines that hold some to make their strings.
 */
final class Utf8 {
    private Utf8() {
    }

    /** The length of the code point's encoding that its first byte announces (for a lead byte of a valid sequence). */
    static int length(byte lead) {
        int b = lead & 0xFF;
        return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }

    /** The code point encoded at {@code at} in well-formed UTF-8. */
    static int codePointAt(byte[] bytes, int at) {
        int lead = bytes[at] & 0xFF;
        int length = length(bytes[at]);
        if (length == 1) {
            return lead;
        }
        int code = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            code = (code << 6) | (bytes[at + k] & 0x3F);
        }
        return code;
    }

    /**
     * Decodes the well-formed UTF-8 in {@code [from, to)} into {@code out}: the number of chars written. The ASCII
     * runs between other characters are found eight bytes a step and widened in a loop the JIT vectorises.
     */
    static int decode(byte[] bytes, int from, int to, char[] out) {
        int n = 0;
        int i = from;
        while (i < to) {
            int runEnd = asciiEnd(bytes, i, to);
            for (int k = 0; k < runEnd - i; k++) {
                out[n + k] = (char) bytes[i + k];
            }
            n += runEnd - i;
            i = runEnd;
            if (i < to) {
                n += Character.toChars(codePointAt(bytes, i), out, n);
                i += length(bytes[i]);
            }
        }
        return n;
    }

    /** The end of the run of ASCII bytes from {@code from}, before {@code to}. */
    private static int asciiEnd(byte[] bytes, int from, int to) {
        int i = from;
        while (i + Long.BYTES <= to && (Swar.load(bytes, i) & Swar.HIGH_BITS) == 0) {
            i += Long.BYTES;
        }
        while (i < to && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    /**
     * The length of the multi-byte sequence at {@code at} if it is well-formed, else 0: exactly the sequences of the
     * Unicode standard (no overlong forms, no surrogates, nothing above U+10FFFF), which the JDK's strict decoder
     * accepts too.
     */
    static int wellFormedLength(byte[] bytes, int at) {
        int lead = bytes[at] & 0xFF;
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || at + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[at + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        int code = codePointAt(bytes, at);
        boolean overlong = length == 3 ? code < 0x800 : length == 4 && code < 0x10000;
        boolean outOfRange = Character.isSurrogate((char) code) && length == 3 || code > 0x10FFFF;
        return overlong || outOfRange ? 0 : length;
    }
}
