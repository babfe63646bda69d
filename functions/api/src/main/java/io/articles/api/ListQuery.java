package io.articles.api;

import static io.articles.aws.Table.LOOKUP_PARTITION_KEY;
import static io.articles.aws.Table.LOOKUP_SORT_KEY;
import static io.articles.aws.Table.PARTITION_KEY;
import static io.articles.aws.Table.SORT_KEY;

import io.articles.store.Cursor;
import io.articles.store.Page;
import java.util.Set;

/**
 * A list route's reads: each {@link #read} is one store call (one query), resumable from a cursor that a page
 * token carries; {@link Pager} makes as many as a page needs, within its budget.
 */
interface ListQuery<T> {
    /** The names a last key may hold: the table's and the lookup index's keys. */
    Set<String> KEY_NAMES = Set.of(PARTITION_KEY, SORT_KEY, LOOKUP_PARTITION_KEY, LOOKUP_SORT_KEY);

    /** What the query is, canonically: a page token is only good for the query with the same description. */
    String description();

    /** Refuses, as an invalid token, a cursor that no page of this query could have produced. */
    void check(Cursor cursor);

    /**
     * One store read of at most {@code limit} evaluated entries from {@code cursor} (already checked): the items, the
     * position after each, and the cursor where the next read starts, or null when the query is exhausted.
     */
    Page<T> read(int limit, Cursor cursor);

    /** Whether the read at {@code cursor} filters what it evaluates (then it may return fewer than it evaluates). */
    boolean filters(Cursor cursor);

    /** The index partition and sort key a non-empty last key resumes after, once its names are the expected ones. */
    static IndexPosition position(Cursor cursor) {
        String partition = cursor.lastKey().get(LOOKUP_PARTITION_KEY);
        String sort = cursor.lastKey().get(LOOKUP_SORT_KEY);
        if (!KEY_NAMES.containsAll(cursor.lastKey().keySet()) || partition == null || sort == null
                || cursor.lastKey().values().stream().anyMatch(String::isEmpty)) {
            throw ApiError.alteredToken();
        }
        return new IndexPosition(partition, sort);
    }

    record IndexPosition(String partition, String sort) {
    }
}
