package io.articles.store;

import io.articles.article.Article;
import java.time.Instant;

/**
 * An article as the table keeps it: the parsed article, its JSON form (served as is), where it came from.
 *
 * @param contentHash SHA-256 of the object's bytes, hex
 */
public record StoredArticle(Article article, String json, SourceObject source, String contentHash,
                            Instant ingestedAt) {
}
