package io.articles.store;

import java.util.Optional;

/**
 * The port to the article table. Writes are ordered by the source object's sequencer: a write older than what
 * the table holds for that source object changes nothing and says so. Every list read is one query.
 */
public interface ArticleStore {

    /** What a write did. */
    enum Outcome {
        WRITTEN,
        STALE
    }

    /** Stores the article and the index entries it answers, replacing what an older version left. */
    Outcome put(StoredArticle article);

    /** Removes the article and its index entries, unless the table holds a newer version. */
    Outcome remove(String id, SourceObject source);

    /** Records that the object's latest version is not an article: no article, a rejection entry instead. */
    Outcome reject(Rejection rejection);

    /** The stored JSON of the article, if there is one. */
    Optional<String> articleJson(String id);

    /** One page of summaries: one query on the partition the cursor names. */
    Page<Summary> articles(Lookup lookup, int limit, Cursor cursor);

    /** One page of the people directory whose folded names start with {@code foldedPrefix}, by name. */
    Page<PersonEntry> people(String foldedPrefix, int limit, Cursor cursor);

    /** One page of rejected uploads, newest first, over the given rejection partitions. */
    Page<RejectionEntry> rejections(Lookup lookup, int limit, Cursor cursor);

    /** One page of articles stored with parser warnings, newest first, over the given warning partitions. */
    Page<WarningEntry> warnings(Lookup lookup, int limit, Cursor cursor);
}
