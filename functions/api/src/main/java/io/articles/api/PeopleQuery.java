package io.articles.api;

import io.articles.store.ArticleIndex;
import io.articles.store.ArticleStore;
import io.articles.store.Cursor;
import io.articles.store.Page;
import io.articles.store.PersonEntry;

/** {@code GET /people?prefix=}: the people directory from a folded prefix, by name. */
final class PeopleQuery implements ListQuery<PersonEntry> {
    private final ArticleStore store;
    private final String foldedPrefix;

    PeopleQuery(ArticleStore store, String foldedPrefix) {
        this.store = store;
        this.foldedPrefix = foldedPrefix;
    }

    @Override
    public String description() {
        return "people\n" + foldedPrefix;
    }

    /** The prefix reads one directory partition; a resumed page must stay in it and within the prefix. */
    @Override
    public void check(Cursor cursor) {
        if (cursor.partition() != 0) {
            throw ApiError.foreignToken();
        }
        if (!cursor.lastKey().isEmpty()) {
            IndexPosition position = ListQuery.position(cursor);
            if (!position.partition().equals(ArticleIndex.directoryPartition(foldedPrefix))
                    || !position.sort().startsWith(foldedPrefix)) {
                throw ApiError.foreignToken();
            }
        }
    }

    @Override
    public Page<PersonEntry> read(int limit, Cursor cursor) {
        return store.people(foldedPrefix, limit, cursor);
    }

    /** The directory leaves out people no article names any more: rare, so read as if unfiltered. */
    @Override
    public boolean filters(Cursor cursor) {
        return false;
    }
}
