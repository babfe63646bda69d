package io.articles.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Tests on eight bytes at once, in a long ("SIMD within a register"): each returns the top bit of every byte that
 * passes. The parser's every byte goes through its line reader, and this is how that reader looks at a word of text
 * in a handful of operations instead of eight trips round a loop. Bytes are read little-endian, so the first byte
 * of the text is the lowest byte of the long and {@link Long#numberOfTrailingZeros} finds the first flagged one.
 */
final class Swar {
    /** The top bit of each of eight bytes: set in a byte that is not ASCII. */
    static final long HIGH_BITS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long SPACES = 0x2020202020202020L;

    private Swar() {
    }

    /** The eight bytes from {@code at}. */
    static long load(byte[] bytes, int at) {
        return (long) LONGS.get(bytes, at);
    }

    /**
     * The bytes that are not printable ASCII or a space (0x20 to 0x7E): controls, DEL, and the bytes of other
     * characters. The top bit is set by a byte above 0x7F, by adding one to DEL, or by the borrow of taking 0x20 off
     * a byte below it. Carries and borrows run only towards later bytes, so the first flagged byte is exact (later
     * ones may not be).
     */
    static long notPrintable(long word) {
        return (word | (word + ONES) | ((word - SPACES) & ~word)) & HIGH_BITS;
    }

    /** The bytes that are a space, exactly: a zero byte test on the word xor spaces, with no carry between bytes. */
    static long spaces(long word) {
        long zeroIfSpace = word ^ SPACES;
        return ~(((zeroIfSpace & LOW_BITS) + LOW_BITS) | zeroIfSpace | LOW_BITS);
    }

    /**
     * The bytes that are an ASCII letter or digit, exactly, for a word of ASCII bytes (top bits clear, so no sum
     * below overflows a byte). A byte is at least {@code lo} when adding {@code 0x80 - lo} reaches its top bit.
     */
    static long lettersAndDigits(long word) {
        long folded = word | SPACES;
        long letters = atLeast(folded, 'a') & ~atLeast(folded, 'z' + 1);
        long digits = atLeast(word, '0') & ~atLeast(word, '9' + 1);
        return (letters | digits) & HIGH_BITS;
    }

    private static long atLeast(long word, int lo) {
        return word + ONES * (0x80 - lo);
    }
}
