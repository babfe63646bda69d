package io.articles.api;

import io.articles.text.Sha256;
import java.util.Arrays;
import java.util.Base64;

/** Strong ETags from the body, and the {@code If-None-Match} test that turns a repeat request into a 304. */
final class EntityTags {
    private static final int TAG_BYTES = 16;

    private EntityTags() {
    }

    /** A quoted hash of the body: the same body always has the same tag, on every container. */
    static String of(String body) {
        return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(Sha256.of(body), TAG_BYTES)) + '"';
    }

    /** Whether {@code ifNoneMatch} (a list of tags, weak or strong, or *) names {@code tag}. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.strip();
            String strong = trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
            if (trimmed.equals("*") || strong.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
