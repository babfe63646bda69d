package io.articles.store;

/** A rejected upload as {@code GET /ingest-errors} lists it. */
public record RejectionEntry(String id, String key, String reason, String at) {
}
