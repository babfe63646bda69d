package io.articles.text;

import java.util.Arrays;

/**
 * A fixed set of words, looked up without hashing or copying: the few words of the same length and initial are
 * compared with the one asked about. The parser asks about words it has just cut out of the text, or has not cut
 * out at all, so a hash set would hash every one of them first (and the text would have to be copied out for it).
 */
public final class WordSet {
    /** Buckets per word length: the initial's low six bits choose one. */
    private static final int INITIALS = 64;

    private final String[][] buckets;
    private final int longest;

    public WordSet(String... words) {
        longest = maxLength(words);
        // Built at class initialisation, on a Lambda's cold start: arrays grown word by word, no lists or streams.
        buckets = new String[(longest + 1) * INITIALS][];
        for (String word : words) {
            int at = bucket(word.length(), word.charAt(0));
            String[] bucket = buckets[at] == null ? new String[1] : Arrays.copyOf(buckets[at], buckets[at].length + 1);
            bucket[bucket.length - 1] = word;
            buckets[at] = bucket;
        }
    }

    public boolean contains(String word) {
        String[] bucket = bucketOf(word.length(), word);
        if (bucket != null) {
            for (String candidate : bucket) {
                if (candidate.equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the characters in {@code [from, to)} of {@code text} are one of the words. */
    public boolean contains(char[] text, int from, int to) {
        String[] bucket = to > from ? bucketOf(to - from, text[from]) : null;
        if (bucket != null) {
            for (String candidate : bucket) {
                if (matches(candidate, text, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String[] bucketOf(int length, String word) {
        return length == 0 ? null : bucketOf(length, word.charAt(0));
    }

    private String[] bucketOf(int length, char initial) {
        return length > longest ? null : buckets[bucket(length, initial)];
    }

    private static int bucket(int length, char initial) {
        return length * INITIALS + (initial & (INITIALS - 1));
    }

    /** Compares a candidate of the right length; its initial is already known to share the bucket. */
    private static boolean matches(String candidate, char[] text, int from) {
        for (int i = 0; i < candidate.length(); i++) {
            if (text[from + i] != candidate.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int maxLength(String[] words) {
        int longest = 0;
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
