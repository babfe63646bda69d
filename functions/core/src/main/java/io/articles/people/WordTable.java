package io.articles.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * What each known word or phrase is (given name, place, role noun, ...), as bits, keyed by a case-insensitive
 * 48-bit hash in one open-addressing table. All word lists share it, so a token needs one lookup whatever it is
 * asked about, and 300,000 entries cost 4 MB instead of the tens a {@code HashMap<String, ...>} would. Periods
 * are ignored ("Mr." is "mr") and the typographic apostrophe is the plain one. A phrase's key combines the keys of
 * its words, so a phrase of tokens is keyed from the keys its tokens already hold, without reading a character.
 */
final class WordTable {
    private static final long OFFSET = 0xcbf29ce484222325L;
    /** Odd multipliers with well-spread bits (the golden ratio's, and MurmurHash3's finaliser's). */
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    private static final long FINAL = 0xff51afd7ed558ccdL;
    private static final int CHAR_BITS = 16;
    private static final long EMPTY = 0;
    private static final long KEY_MASK = -1L << 16;
    private static final char[] ASCII_LOWER_CASE = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER_CASE[c] = Character.toLowerCase(c);
        }
    }

    /** Per slot: the hash's upper 48 bits, then 16 bits of kinds; one array, so a lookup costs one cache miss. */
    private long[] slots;
    private int size;
    /** An ASCII line of a list, as chars, while it is loaded. */
    private char[] line = new char[64];

    /** A table sized for about this many entries, so that loading them does not rehash. */
    WordTable(int expectedEntries) {
        slots = new long[Integer.highestOneBit(Math.max(16, expectedEntries * 4 / 3)) << 1];
    }

    /**
     * Adds the kind bit to every entry of a resource of this package: one a line, {@code #} comments, maybe gzipped.
     * Lines are hashed straight from the bytes (decoding only the few that are not ASCII): the lists hold 300,000
     * entries, and a String per line would double the cold start.
     */
    void load(String resource, int kind) {
        try (InputStream raw = WordTable.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource io/articles/people/" + resource);
            }
            byte[] bytes = (resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw).readAllBytes();
            int start = 0;
            while (start < bytes.length) {
                int end = start;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                addLine(bytes, start, end, kind);
                start = end + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read io/articles/people/" + resource, e);
        }
    }

    private void addLine(byte[] bytes, int start, int end, int kind) {
        while (start < end && bytes[start] <= ' ' && bytes[start] >= 0) {
            start++;
        }
        while (end > start && bytes[end - 1] <= ' ' && bytes[end - 1] >= 0) {
            end--;
        }
        if (start == end || bytes[start] == '#') {
            return;
        }
        if (line.length < end - start) {
            line = new char[Math.max(end - start, line.length * 2)];
        }
        for (int i = start; i < end; i++) {
            if (bytes[i] < 0) {
                char[] decoded = new String(bytes, start, end - start, StandardCharsets.UTF_8).toCharArray();
                add(hash(decoded, 0, decoded.length), kind);
                return;
            }
            line[i - start] = (char) bytes[i];
        }
        add(hash(line, 0, end - start), kind);
    }

    private void add(long hash, int kind) {
        if ((size + 1) * 4 > slots.length * 3) {
            grow();
        }
        int slot = slotOf(slots, hash);
        if (slots[slot] == EMPTY) {
            slots[slot] = hash & KEY_MASK;
            size++;
        }
        slots[slot] |= kind;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long entry : old) {
            if (entry != EMPTY) {
                slots[slotOf(slots, entry)] = entry;
            }
        }
    }

    /** The slot holding the hash, or the free slot where it would go (linear probing). */
    private static int slotOf(long[] slots, long hash) {
        long key = hash & KEY_MASK;
        int mask = slots.length - 1;
        int slot = (int) (key >>> 32 ^ key >>> 16) & mask;
        while (slots[slot] != EMPTY && (slots[slot] & KEY_MASK) != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The kind bits of the entry with this {@link #hash}, 0 when unknown. */
    int kinds(long hash) {
        return (int) (slots[slotOf(slots, hash)] & ~KEY_MASK);
    }

    /** The key of a word or phrase, its words separated by single spaces; never EMPTY. */
    static long hash(String s) {
        return hash(s, 0, s.length());
    }

    static long hash(String s, int from, int to) {
        return hash(s.substring(from, to).toCharArray(), 0, to - from);
    }

    static long hash(char[] s, int from, int to) {
        int end = from;
        while (end < to && s[end] != ' ') {
            end++;
        }
        long key = word(s, from, end);
        while (end < to) {
            int start = end + 1;
            end = start;
            while (end < to && s[end] != ' ') {
                end++;
            }
            key = combine(key, word(s, start, end));
        }
        return key;
    }

    /** The key of the phrase of tokens {@code from..to-1}: as if their texts were joined by single spaces. */
    static long hash(Token[] tokens, int from, int to) {
        long key = tokens[from].key();
        for (int i = from + 1; i < to; i++) {
            key = combine(key, tokens[i].key());
        }
        return key;
    }

    /**
     * The key of one word (no spaces): its characters folded to lower case, periods left out, packed four to a long
     * so that the chain of multiplications, which sets the pace, is a quarter as long as the word.
     */
    static long word(char[] s, int from, int to) {
        long h = OFFSET;
        long pack = 0;
        int packed = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c != '.') {
                pack = pack << CHAR_BITS | fold(c);
                if (++packed == Long.SIZE / CHAR_BITS) {
                    h = (h ^ pack) * GOLDEN;
                    pack = 0;
                    packed = 0;
                }
            }
        }
        // The count of chars left over keeps "ab" and "\u0000ab" apart; they sit above the 48 bits of three chars.
        return nonEmpty(finish((h ^ pack ^ (long) packed << 60) * GOLDEN));
    }

    /** The key of a phrase followed by one more word. */
    private static long combine(long phrase, long word) {
        return nonEmpty(finish((Long.rotateLeft(phrase, 23) ^ word) * GOLDEN));
    }

    /** Spreads every bit over the 48 kept and the slot index. */
    private static long finish(long h) {
        long x = (h ^ h >>> 33) * FINAL;
        return x ^ x >>> 33;
    }

    private static long nonEmpty(long h) {
        return (h & KEY_MASK) == EMPTY ? KEY_MASK : h;
    }

    // A table rather than a range test: the test would be a branch taken at random, on each word's first letter.
    private static char fold(char c) {
        return c < 128 ? ASCII_LOWER_CASE[c] : c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }
}
