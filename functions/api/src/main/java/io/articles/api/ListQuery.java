package io.articles.api;

import static io.articles.aws.Table.LOOKUP_PARTITION_KEY;
import static io.articles.aws.Table.LOOKUP_SORT_KEY;
import static io.articles.aws.Table.PARTITION_KEY;
import static io.articles.aws.Table.SORT_KEY;

import io.articles.store.Cursor;
import io.articles.store.Page;
import java.util.Set;

/** A list route's read: one store call per page, resumable from a cursor that a page token carries. */
interface ListQuery<T> {
    /** The names a last key may hold: the table's and the lookup index's keys. */
    Set<String> KEY_NAMES = Set.of(PARTITION_KEY, SORT_KEY, LOOKUP_PARTITION_KEY, LOOKUP_SORT_KEY);

    /** What the query is, canonically: a page token is only good for the query with the same description. */
    String description();

    /** Refuses, as an invalid token, a cursor that no page of this query could have produced. */
    void check(Cursor cursor);

    /** One page from {@code cursor} (already checked), and the cursor of the next page or null. */
    Page<T> read(int limit, Cursor cursor);

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
