package io.articles.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads an object's bytes, at most a cap: an oversized object costs one bounded read, never the Lambda's memory.
 * Reads the exact version the event names when the bucket is versioned.
 */
final class ObjectReader {
    /** S3 answers 404 for a missing object only to callers that may list the bucket (the template grants it). */
    private static final int NOT_FOUND = 404;
    private final S3Client s3;
    private final int maxBytes;

    ObjectReader(S3Client s3, int maxBytes) {
        this.s3 = s3;
        this.maxBytes = maxBytes;
    }

    /**
     * Up to {@code maxBytes + 1} bytes of the object (one more than the cap tells the parser it is too large) and its
     * LastModified time, or empty when the object (version) no longer exists.
     */
    Optional<Content> read(String bucket, String key, String versionId) {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (versionId != null && !versionId.isBlank()) {
            request.versionId(versionId);
        }
        try (ResponseInputStream<GetObjectResponse> body = s3.getObject(request.build())) {
            byte[] bytes = body.readNBytes(maxBytes + 1);
            long expected = body.response().contentLength() == null ? -1 : body.response().contentLength();
            if (bytes.length <= maxBytes && expected >= 0 && bytes.length != expected) {
                throw new IllegalStateException("s3://" + bucket + "/" + key + ": read " + bytes.length
                        + " bytes, expected " + expected + " (truncated body)");
            }
            return Optional.of(new Content(bytes, body.response().lastModified()));
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return Optional.empty(); // NoSuchKey or NoSuchVersion
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key + " failed", e);
        }
    }

    /**
     * An object's bytes and when it was last modified (its upload time; null if S3 did not say).
     *
     * @param bytes        up to the cap plus one
     * @param lastModified the object's {@code Last-Modified}
     */
    record Content(byte[] bytes, java.time.Instant lastModified) {
    }
}
