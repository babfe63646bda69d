package io.articles.people;

import io.articles.text.WordList;
import io.articles.text.WordSet;

/**
 * Generational suffixes and regnal numbers, which end a name without being its surname ("Jr.", "III"): one list,
 * {@code name-suffixes.txt}, for the extractor's surnames and the index's surname lookups.
 */
public final class NameSuffixes {
    private static final WordSet SUFFIXES = WordSet.ignoringCase(WordList.read("/io/articles/people/name-suffixes.txt"));

    private NameSuffixes() {
    }

    /** Whether the word, in any case and with or without a period, is a suffix ("Jr.", "jr", "III"). */
    public static boolean isSuffix(String word) {
        int end = word.endsWith(".") ? word.length() - 1 : word.length();
        return end > 0 && SUFFIXES.contains(end == word.length() ? word : word.substring(0, end));
    }
}
