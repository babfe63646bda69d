package io.articles.store;

import java.util.List;

/**
 * A list query on the lookup index: the partitions to read in order (each newest first), an inclusive range of
 * sort keys ({@code yyyy-MM-dd#id}), and words every headline must contain (headline search).
 *
 * @param excludedHeadline a folded headline whose articles this lookup skips (they were listed first as exact
 *                         matches), or null
 */
public record Lookup(List<String> partitions, String fromSort, String toSort, List<String> requiredWords,
                     String excludedHeadline) {
    public Lookup {
        if (partitions.isEmpty()) {
            throw new IllegalArgumentException("partitions: expected at least one");
        }
        partitions = List.copyOf(partitions);
        requiredWords = List.copyOf(requiredWords);
    }
}
