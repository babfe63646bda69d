package io.articles.text;

import java.util.Arrays;
import java.util.Locale;

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
    /** Whether ASCII letters match in either case; the words are then kept in lower case. */
    private final boolean ignoreCase;

    public WordSet(String... words) {
        this(false, words);
    }

    /** The words in any case of their ASCII letters ("mr" holds "Mr" and "MR"), as the hand-written lists mean them. */
    public static WordSet ignoringCase(String... words) {
        String[] lower = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
        }
        return new WordSet(true, lower);
    }

    private WordSet(boolean ignoreCase, String[] words) {
        this.ignoreCase = ignoreCase;
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
                if (ignoreCase ? candidate.equalsIgnoreCase(word) : candidate.equals(word)) {
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

    /** Ignoring case, an ASCII letter shares its bucket in either case: 0x20, the case bit, is cleared. */
    private int bucket(int length, char initial) {
        return length * INITIALS + (initial & (ignoreCase ? INITIALS - 1 - 0x20 : INITIALS - 1));
    }

    /** Compares a candidate of the right length; its initial is already known to share the bucket. */
    private boolean matches(String candidate, char[] text, int from) {
        for (int i = 0; i < candidate.length(); i++) {
            char c = text[from + i];
            if (c != candidate.charAt(i) && !(ignoreCase && c < 0x80 && (char) (c | 0x20) == candidate.charAt(i)
                    && Character.isLetter(c))) {
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
