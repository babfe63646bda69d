package io.articles.article;

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
            int end = text.indexOf(' ', i);
            end = end < 0 ? text.length() : end;
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
        } else if (end - start <= 5 && isEnglish(text, start, end - start)) {
            english++;
        }
    }

    private static boolean isEnglish(String text, int start, int length) {
        char initial = Character.toLowerCase(text.charAt(start));
        for (String word : ENGLISH) {
            if (word.length() == length && word.charAt(0) == initial
                    && text.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> language() {
        if (words > 0 && english * 100 >= words * MIN_ENGLISH_PERCENT) {
            return Optional.of("en");
        }
        return words > 0 && arabic * 2 > words ? Optional.of("ar") : Optional.empty();
    }
}
