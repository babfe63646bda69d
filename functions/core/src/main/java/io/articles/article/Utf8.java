package io.articles.article;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * UTF-8 as the parser reads it. Almost every upload is UTF-8 and nearly all of it ASCII, so the text is never
 * decoded as a whole: {@link #scan} checks in one pass, eight bytes a step through ASCII, that the bytes are
 * well-formed UTF-8 (exactly the sequences of the Unicode standard: no overlong forms, no surrogates, nothing above
 * U+10FFFF, which the JDK's strict decoder accepts too) and counts what {@link TextDecoder} needs to know; the
 * {@link LineReader} then reads the bytes in place and makes a string of each line.
 */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    /** The top bit of each of eight bytes: set in a byte that is not ASCII. */
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long SPACES = 0x2020202020202020L;

    private Utf8() {
    }

    /**
     * What a scan of well-formed UTF-8 found.
     *
     * @param chars    the length of the text in UTF-16 chars, as a Java string would hold it (up to a NUL)
     * @param controls the control characters as {@link TextDecoder} counts them: C0 controls but tab, line breaks and
     *                 form feed, DEL, and C1 (U+0080 to U+009F); -1 when there is a NUL
     */
    record Scan(int chars, int controls) {
    }

    /** The scan of {@code bytes}, or null when they are not well-formed UTF-8. */
    static Scan scan(byte[] bytes) {
        int chars = bytes.length;
        int controls = 0;
        int i = 0;
        while (i < bytes.length) {
            if (i + Long.BYTES <= bytes.length && isPrintableAscii((long) LONGS.get(bytes, i))) {
                i += Long.BYTES;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return new Scan(chars, -1);
            }
            int length = b < 0x80 ? 1 : sequenceLength(bytes, i);
            if (length == 0) {
                return null;
            }
            controls += isControl(bytes, i, b) ? 1 : 0;
            // A sequence of n bytes is one char, or two (a surrogate pair) for the four-byte ones.
            chars -= length == 4 ? 2 : length - 1;
            i += length;
        }
        return new Scan(chars, controls);
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
        while (i + Long.BYTES <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
            i += Long.BYTES;
        }
        while (i < to && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isControl(byte[] bytes, int at, int b) {
        boolean c0 = b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
        boolean c1 = b == 0xC2 && (bytes[at + 1] & 0xFF) <= 0x9F;
        return c0 || b == 0x7F || c1;
    }

    /**
     * Whether all eight bytes are ASCII from space to '~': none has its top bit set, none goes below zero when a
     * space is taken off it (the borrow sets the top bit), and none reaches the top bit when one is added (DEL).
     */
    private static boolean isPrintableAscii(long word) {
        return ((word | (word + ONES) | ((word - SPACES) & ~word)) & HIGH_BITS) == 0;
    }

    /** The length of the well-formed multi-byte sequence at {@code at}, or 0 when it is malformed. */
    private static int sequenceLength(byte[] bytes, int at) {
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
