package io.articles.store;

/**
 * The S3 object an article came from, as the event described it.
 *
 * @param sequencer the event's sequencer, {@linkplain Sequencer#normalise normalised}
 */
public record SourceObject(String bucket, String key, String versionId, String eTag, long size, String sequencer) {
}
