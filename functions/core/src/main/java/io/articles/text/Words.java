package io.articles.text;

/** Words: runs of non-space characters with at least one letter or digit ("—" alone is not a word). */
public final class Words {
    private Words() {
    }

    public static int count(String text) {
        return count(text, 0, text.length());
    }

    /** The words in {@code [from, to)} of {@code text}. */
    public static int count(String text, int from, int to) {
        return countUpTo(text, from, to, Integer.MAX_VALUE);
    }

    /**
     * Whether {@code [from, to)} of {@code text} holds at least {@code words} words: counting stops there, since a
     * quotation is only asked whether it is more than a scare quote.
     */
    public static boolean atLeast(String text, int from, int to, int words) {
        return countUpTo(text, from, to, words) >= words;
    }

    private static int countUpTo(String text, int from, int to, int limit) {
        int words = 0;
        int start = from;
        while (start < to && words < limit) {
            int end = start;
            while (end < to && text.charAt(end) != ' ') {
                end++;
            }
            words += hasLetterOrDigit(text, start, end) ? 1 : 0;
            start = end + 1;
        }
        return words;
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Chars.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
