package io.articles.article;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A strict UTF-8 decoder straight into a char array. Almost every upload is UTF-8 and nearly all of it ASCII, so
 * the work is done in bulk: the JDK's vectorised Latin-1 widening turns every byte into the char of the same value
 * (right for ASCII), the bytes are searched eight at a time for the few that are not ASCII, and only those
 * sequences are decoded here, the ASCII runs between them moved left with {@code System.arraycopy}. That costs a
 * fraction of {@code new String(bytes, UTF_8).toCharArray()}, which decodes byte by byte once text holds one
 * accented letter or curly quote. It accepts exactly the well-formed sequences of the Unicode standard (no overlong
 * forms, no surrogates, nothing above U+10FFFF), on which it gives the same characters as the JDK's decoder; on
 * anything else it gives up and {@link TextDecoder} takes its general path.
 */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    /** The top bit of each of eight bytes: set in a byte that is not ASCII. */
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long SPACES = 0x2020202020202020L;

    private Utf8() {
    }

    /** The characters of {@code bytes}, or null when they are not well-formed UTF-8. */
    static char[] decode(byte[] bytes) {
        char[] out = widened(bytes);
        int i = nextNonAscii(bytes, 0);
        int n = i;
        while (i < bytes.length) {
            int written = multiByte(bytes, i, out, n);
            if (written == 0) {
                return null;
            }
            n += written;
            i += length(bytes[i] & 0xFF);
            int runEnd = nextNonAscii(bytes, i);
            // The ASCII run is already in place, only shifted by the bytes the sequences before it saved.
            System.arraycopy(out, i, out, n, runEnd - i);
            n += runEnd - i;
            i = runEnd;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * The control characters in {@code bytes}, which must be well-formed UTF-8, as {@link TextDecoder} counts them:
     * C0 controls but tab, line breaks and form feed, DEL, and C1 (U+0080 to U+009F, encoded C2 80 to C2 9F). -1
     * when there is a NUL. Eight bytes a step, byte by byte only through the words that may hold one.
     */
    static int controls(byte[] bytes) {
        int controls = 0;
        int i = 0;
        while (i < bytes.length) {
            if (i + Long.BYTES <= bytes.length && isPrintableAscii((long) LONGS.get(bytes, i))) {
                i += Long.BYTES;
                continue;
            }
            int end = Math.min(i + Long.BYTES, bytes.length);
            for (; i < end; i++) {
                int b = bytes[i] & 0xFF;
                if (b == 0) {
                    return -1;
                }
                boolean c0 = b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
                boolean c1 = b == 0xC2 && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) <= 0x9F;
                controls += c0 || b == 0x7F || c1 ? 1 : 0;
            }
        }
        return controls;
    }

    /**
     * Whether all eight bytes are ASCII from space to '~': none has its top bit set, none goes below zero when a
     * space is taken off it (the borrow sets the top bit), and none reaches the top bit when one is added (DEL).
     */
    private static boolean isPrintableAscii(long word) {
        return ((word | (word + ONES) | ((word - SPACES) & ~word)) & HIGH_BITS) == 0;
    }

    /** Every byte as the char of the same value, by the JDK's bulk Latin-1 copy and widening. */
    private static char[] widened(byte[] bytes) {
        char[] out = new char[bytes.length];
        new String(bytes, ISO_8859_1).getChars(0, bytes.length, out, 0);
        return out;
    }

    /** The index of the first byte from {@code from} that is not ASCII, or the length: eight bytes a step. */
    private static int nextNonAscii(byte[] bytes, int from) {
        int i = from;
        while (i + Long.BYTES <= bytes.length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
            i += Long.BYTES;
        }
        while (i < bytes.length && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    /** The length of the sequence a lead byte announces (0 for a byte that cannot lead). */
    private static int length(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    /** Decodes the sequence at {@code at} into {@code out}: the number of chars written (1 or 2), 0 if malformed. */
    private static int multiByte(byte[] bytes, int at, char[] out, int n) {
        int lead = bytes[at] & 0xFF;
        int length = length(lead);
        if (length == 0 || at + length > bytes.length) {
            return 0;
        }
        int code = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int next = bytes[at + k];
            if ((next & 0xC0) != 0x80) {
                return 0;
            }
            code = (code << 6) | (next & 0x3F);
        }
        if (length == 3 && (code < 0x800 || Character.isSurrogate((char) code))) {
            return 0;
        }
        if (length == 4) {
            if (code < 0x10000 || code > 0x10FFFF) {
                return 0;
            }
            out[n] = Character.highSurrogate(code);
            out[n + 1] = Character.lowSurrogate(code);
            return 2;
        }
        out[n] = (char) code;
        return 1;
    }
}
