package io.articles.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** S3 event keys arrive form-encoded ("my+file%C3%A9.txt"); S3 API calls need them decoded. */
final class ObjectKeys {
    private ObjectKeys() {
    }

    /** The decoded key; throws IllegalArgumentException naming the key when its encoding is malformed. */
    static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("object key: expected URL encoding, got malformed escapes in '"
                    + encoded + "'", e);
        }
    }
}
