package io.articles.store;

import java.util.List;

/**
 * One page of a lookup, and where the next one starts ({@code null} after the last).
 *
 * @param positions where a read resumes right after each item, one per item (so a reader can stop inside a page
 *                  it read); empty when the reader does not say
 */
public record Page<T>(List<T> items, List<Cursor> positions, Cursor next) {
    public Page {
        items = List.copyOf(items);
        positions = List.copyOf(positions);
        if (!positions.isEmpty() && positions.size() != items.size()) {
            throw new IllegalArgumentException("positions: expected one per item or none");
        }
    }

    public Page(List<T> items, Cursor next) {
        this(items, List.of(), next);
    }
}
