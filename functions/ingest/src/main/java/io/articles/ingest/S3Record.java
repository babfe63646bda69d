package io.articles.ingest;

/**
 * One record of an S3 event notification, as the function needs it.
 *
 * @param key the object key as the event carries it: URL-encoded
 */
record S3Record(String eventName, String bucket, String key, Long size, String eTag, String versionId,
                String sequencer) {

    boolean removed() {
        return eventName != null && eventName.startsWith("ObjectRemoved");
    }
}
