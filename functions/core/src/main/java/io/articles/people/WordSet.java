package io.articles.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A case-insensitive set of words or phrases, held as sorted 64-bit hashes: a 200,000-name gazetteer costs 1.6 MB
 * instead of the ~20 MB a {@code HashSet<String>} would, and a lookup hashes the token without allocating.
 * Periods are ignored ("Mr." is "mr") and the typographic apostrophe is the plain one.
 */
final class WordSet {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private final long[] hashes;

    private WordSet(long[] hashes) {
        this.hashes = hashes;
    }

    /** Reads a resource of this package: one entry a line, {@code #} comments, gzipped when named {@code .gz}. */
    static WordSet load(String resource) {
        try (InputStream raw = WordSet.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource io/articles/people/" + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read io/articles/people/" + resource, e);
        }
    }

    private static WordSet of(BufferedReader reader) throws IOException {
        long[] hashes = new long[1024];
        int size = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.charAt(0) == '#') {
                continue;
            }
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            hashes[size++] = hash(entry);
        }
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.sort(sorted);
        return new WordSet(sorted);
    }

    WordSet with(WordSet other) {
        long[] merged = Arrays.copyOf(hashes, hashes.length + other.hashes.length);
        System.arraycopy(other.hashes, 0, merged, hashes.length, other.hashes.length);
        Arrays.sort(merged);
        return new WordSet(merged);
    }

    boolean contains(CharSequence word) {
        return Arrays.binarySearch(hashes, hash(word)) >= 0;
    }

    /** Whether the phrase of tokens {@code from..to-1}, joined by single spaces, is in the set. */
    boolean containsPhrase(Token[] tokens, int from, int to) {
        long h = OFFSET;
        for (int i = from; i < to; i++) {
            if (i > from) {
                h = mix(h, ' ');
            }
            h = mix(h, tokens[i].text());
        }
        return Arrays.binarySearch(hashes, h) >= 0;
    }

    static long hash(CharSequence s) {
        return mix(OFFSET, s);
    }

    private static long mix(long h, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            h = mix(h, s.charAt(i));
        }
        return h;
    }

    private static long mix(long h, char c) {
        if (c == '.') {
            return h;
        }
        char folded = c == '\u2019' ? '\'' : Character.toLowerCase(c);
        return (h ^ folded) * PRIME;
    }
}
