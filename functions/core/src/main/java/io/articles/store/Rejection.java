package io.articles.store;

import java.time.Instant;

/** An upload that is not an article: which object, why, when. */
public record Rejection(String id, SourceObject source, String reason, Instant at) {
}
