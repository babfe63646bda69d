package io.articles.store;

import java.util.Map;

/**
 * Where the next page of a lookup starts: the index of the partition, and DynamoDB's last evaluated key in it
 * (empty: from the partition's start).
 */
public record Cursor(int partition, Map<String, String> lastKey) {
    public static final Cursor START = new Cursor(0, Map.of());

    public Cursor {
        lastKey = Map.copyOf(lastKey);
    }
}
