package io.articles.aws;

/**
 * What the table holds for one source object, as the reconciler compares it with the bucket.
 *
 * @param state     LIVE (an article), REJECTED (not an article) or DELETED (a tombstone)
 * @param sequencer the sequencer of the event the item came from, normalised
 */
public record InventoryItem(String id, String key, String eTag, String sequencer, State state) {

    /** What the item says about its object. */
    public enum State {
        LIVE,
        REJECTED,
        DELETED
    }
}
