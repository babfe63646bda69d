package io.articles.store;

import io.articles.text.Folding;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words a headline is found by. Folded, de-duplicated, and without the short function words that would
 * make one huge index partition and never narrow a search.
 */
public final class HeadlineWords {
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it",
            "its", "of", "on", "or", "that", "the", "to", "was", "were", "will", "with");
    private static final int MAX_WORDS = 40;

    private HeadlineWords() {
    }

    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : Folding.fold(text).split(" ")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word) && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return words;
    }
}
