package io.articles.aws;

import java.util.List;

/**
 * What the table holds for one source object, as the reconciler compares it with the bucket.
 *
 * @param state     LIVE (an article), REJECTED (not an article) or DELETED (a tombstone)
 * @param sequencer the sequencer of the event the item came from, normalised
 * @param people    the display names of the people the article names
 */
public record InventoryItem(String id, String key, String eTag, String sequencer, State state, List<String> people) {

    public InventoryItem {
        people = List.copyOf(people);
    }

    /** What the item says about its object. */
    public enum State {
        LIVE,
        REJECTED,
        DELETED
    }
}
