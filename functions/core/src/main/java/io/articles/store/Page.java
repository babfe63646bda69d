package io.articles.store;

import java.util.List;

/** One page of a lookup, and where the next one starts ({@code null} after the last). */
public record Page<T>(List<T> items, Cursor next) {
    public Page {
        items = List.copyOf(items);
    }
}
