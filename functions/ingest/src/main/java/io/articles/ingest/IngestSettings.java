package io.articles.ingest;

import io.articles.article.ArticleParser;
import java.util.Map;

/**
 * What the ingest function is configured with, from its environment.
 *
 * @param table       the article table ({@code TABLE_NAME})
 * @param prefix      only keys starting with this are articles ({@code ARTICLE_PREFIX}, default {@code articles/})
 * @param suffix      only keys ending with this are articles ({@code ARTICLE_SUFFIX}, default {@code .txt})
 * @param maxBytes    objects larger than this are rejected unread ({@code MAX_ARTICLE_BYTES}, default 5 MB)
 */
public record IngestSettings(String table, String prefix, String suffix, int maxBytes) {

    public IngestSettings {
        if (table == null || table.isBlank()) {
            throw new IllegalArgumentException("TABLE_NAME: expected the article table's name, got nothing");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("MAX_ARTICLE_BYTES: expected a positive number of bytes");
        }
    }

    public static IngestSettings fromEnvironment(Map<String, String> environment) {
        return new IngestSettings(environment.get("TABLE_NAME"),
                environment.getOrDefault("ARTICLE_PREFIX", "articles/"),
                environment.getOrDefault("ARTICLE_SUFFIX", ".txt"),
                maxBytes(environment.get("MAX_ARTICLE_BYTES")));
    }

    /** Whether {@code key} (decoded) names an article this function should process. */
    public boolean accepts(String key) {
        return key.startsWith(prefix) && key.endsWith(suffix);
    }

    private static int maxBytes(String value) {
        if (value == null || value.isBlank()) {
            return ArticleParser.DEFAULT_MAX_BYTES;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MAX_ARTICLE_BYTES: expected a whole number of bytes, got '" + value + "'");
        }
    }
}
