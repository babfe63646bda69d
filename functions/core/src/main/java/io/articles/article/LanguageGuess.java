package io.articles.article;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A cheap guess at the language from the opening words: English by its commonest function words, Arabic by its
 * script. Anything else is unknown rather than guessed.
 */
final class LanguageGuess {
    private static final int SAMPLE_WORDS = 100;
    /** English prose has well over one function word in ten; other Latin-script languages almost none of these. */
    private static final int MIN_ENGLISH_PERCENT = 8;
    private static final String[] ENGLISH = {"the", "of", "and", "to", "in", "is", "for", "on", "that", "with",
            "was", "it", "by", "at", "from", "has", "have", "will", "be", "are", "said", "after"};
    private static final int LONGEST = 5;
    /** The English words as keys (see {@link #key}), sorted for a binary search. */
    private static final int[] ENGLISH_KEYS = keys(ENGLISH);

    private int words;
    private int english;
    private int arabic;

    private LanguageGuess() {
    }

    static Optional<String> of(List<String> texts) {
        LanguageGuess guess = new LanguageGuess();
        for (int t = 0; t < texts.size() && guess.words < SAMPLE_WORDS; t++) {
            guess.read(texts.get(t));
        }
        return guess.language();
    }

    private void read(String text) {
        int i = 0;
        while (i < text.length() && words < SAMPLE_WORDS) {
            // A loop rather than indexOf: words are a few characters long, shorter than the intrinsic's set-up.
            int end = i;
            while (end < text.length() && text.charAt(end) != ' ') {
                end++;
            }
            if (end > i) {
                word(text, i, end);
            }
            i = end + 1;
        }
    }

    private void word(String text, int start, int end) {
        words++;
        char first = text.charAt(start);
        if (first >= '\u0600' && first <= '\u06FF') {
            arabic++;
        } else if (end - start <= LONGEST && Arrays.binarySearch(ENGLISH_KEYS, key(text, start, end)) >= 0) {
            english++;
        }
    }

    /**
     * The word's letters, case folded, five bits each: the same words match as with {@code regionMatches(true, ...)}
     * against the lower-case list, the first letter by {@link Character#toLowerCase(char)} alone (as the list was
     * searched by initial). 0 for a word with anything but a letter of a to z after folding.
     */
    private static int key(String text, int start, int end) {
        int key = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char folded = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 0x80 ? c
                    : i == start ? Character.toLowerCase(c) : Character.toLowerCase(Character.toUpperCase(c));
            if (folded < 'a' || folded > 'z') {
                return 0;
            }
            key = key << 5 | (folded - 'a' + 1);
        }
        return key;
    }

    private static int[] keys(String[] words) {
        int[] keys = new int[words.length];
        for (int w = 0; w < words.length; w++) {
            keys[w] = key(words[w], 0, words[w].length());
        }
        Arrays.sort(keys);
        return keys;
    }

    private Optional<String> language() {
        if (words > 0 && english * 100 >= words * MIN_ENGLISH_PERCENT) {
            return Optional.of("en");
        }
        return words > 0 && arabic * 2 > words ? Optional.of("ar") : Optional.empty();
    }
}
