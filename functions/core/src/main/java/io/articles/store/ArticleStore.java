package io.articles.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The port to the article table. Writes are ordered by the source object's sequencer: a write older than what
 * the table holds for that article changes nothing and says so.
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

    /** The stored JSON of the article, if there is one. */
    Optional<String> articleJson(String id);

    /** Summaries of the articles published from {@code from} to {@code to} inclusive, newest first. */
    List<Summary> publishedBetween(LocalDate from, LocalDate to, int limit);
}
