package io.articles.api;

import io.articles.store.Cursor;
import io.articles.store.Lookup;
import io.articles.store.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list read as a sequence of single-partition lookups, taken in order; the cursor's partition is the index of
 * the lookup. One lookup per partition lets each partition have its own filter (headline search: exact matches
 * unfiltered, then word matches filtered), and keeps the page token's meaning in the API's hands.
 */
final class LookupQuery<T> implements ListQuery<T> {
    /** {@code ArticleStore::articles} or {@code ArticleStore::rejections}. */
    interface Reader<T> {
        Page<T> read(Lookup lookup, int limit, Cursor cursor);
    }

    private final String route;
    private final List<Lookup> lookups;
    private final Reader<T> reader;

    /** Each lookup names exactly one partition. */
    LookupQuery(String route, List<Lookup> lookups, Reader<T> reader) {
        if (lookups.isEmpty() || lookups.stream().anyMatch(lookup -> lookup.partitions().size() != 1)) {
            throw new IllegalArgumentException("lookups: expected at least one, each of one partition");
        }
        this.route = route;
        this.lookups = List.copyOf(lookups);
        this.reader = reader;
    }

    @Override
    public String description() {
        StringBuilder description = new StringBuilder(route);
        for (Lookup lookup : lookups) {
            description.append('\n').append(partition(lookup)).append('\0').append(lookup.fromSort()).append('\0')
                    .append(lookup.toSort()).append('\0').append(String.join(" ", lookup.requiredWords()))
                    .append('\0').append(lookup.excludedHeadline());
        }
        return description.toString();
    }

    @Override
    public void check(Cursor cursor) {
        if (cursor.partition() >= lookups.size()) {
            throw ApiError.foreignToken();
        }
        if (cursor.lastKey().isEmpty()) {
            return;
        }
        Lookup lookup = lookups.get(cursor.partition());
        ListQuery.IndexPosition position = ListQuery.position(cursor);
        if (!position.partition().equals(partition(lookup)) || position.sort().compareTo(lookup.fromSort()) < 0
                || position.sort().compareTo(lookup.toSort()) > 0) {
            throw ApiError.foreignToken();
        }
    }

    @Override
    public Page<T> read(int limit, Cursor cursor) {
        int index = cursor.partition();
        Page<T> page = reader.read(lookups.get(index), limit, new Cursor(0, cursor.lastKey()));
        Cursor next = page.next() != null ? new Cursor(index, page.next().lastKey())
                : index + 1 < lookups.size() ? new Cursor(index + 1, Map.of()) : null;
        List<Cursor> positions = new ArrayList<>(page.positions().size());
        for (Cursor position : page.positions()) {
            positions.add(new Cursor(index, position.lastKey()));
        }
        return new Page<>(page.items(), positions, next);
    }

    /** Headline word lookups require words and leave out the exact matches: a filter. */
    @Override
    public boolean filters(Cursor cursor) {
        Lookup lookup = lookups.get(cursor.partition());
        return !lookup.requiredWords().isEmpty() || lookup.excludedHeadline() != null;
    }

    private static String partition(Lookup lookup) {
        return lookup.partitions().get(0);
    }
}
