package io.articles.article;

import io.articles.text.Sha256;
import java.util.Base64;

/**
 * Article ids: stable for the same source object, so a re-upload replaces rather than duplicates, and opaque, so
 * they are safe in URLs and say nothing about the bucket layout.
 */
public final class ArticleId {
    private static final int ID_BYTES = 12;

    private ArticleId() {
    }

    /** The id of the object {@code key} in {@code container} (an S3 bucket, or a folder for local files). */
    public static String of(String container, String key) {
        byte[] digest = Sha256.of(container + '/' + key);
        byte[] head = new byte[ID_BYTES];
        System.arraycopy(digest, 0, head, 0, ID_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(head);
    }

    /** Whether {@code text} has the shape of an id, so malformed ids are rejected before any lookup. */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != 16) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
