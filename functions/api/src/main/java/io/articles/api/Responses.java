package io.articles.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** The responses the API sends, with the headers each kind carries. */
final class Responses {
    /** An article changes only when it is re-uploaded; five minutes of staleness is fine. */
    static final String ARTICLE_CACHE = "public, max-age=300";
    /** Lists grow as articles arrive, so they are kept briefly. */
    static final String LIST_CACHE = "public, max-age=60";
    static final String PEOPLE_CACHE = "public, max-age=300";
    /** Errors and the ingest-error log are never cached: a fix or a new rejection must show at once. */
    static final String NO_STORE = "no-store";
    /** Every API path answers these (the Allow header of a 405 and of OPTIONS). */
    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

    private Responses() {
    }

    static ApiResponse json(String body, String cacheControl) {
        return new ApiResponse(200, headers(cacheControl), body);
    }

    static ApiResponse json(String body, String cacheControl, String etag) {
        Map<String, String> headers = headers(cacheControl);
        headers.put("ETag", etag);
        return new ApiResponse(200, headers, body);
    }

    static ApiResponse notModified(String cacheControl, String etag) {
        return new ApiResponse(304, Map.of("Cache-Control", cacheControl, "ETag", etag), "");
    }

    static ApiResponse error(ApiError error) {
        Map<String, String> headers = headers(NO_STORE);
        if (error.status() == 405) {
            headers.put("Allow", ALLOWED_METHODS);
        }
        return new ApiResponse(error.status(), headers, Json.error(error.code(), error.getMessage()));
    }

    /** OPTIONS on an API path: no content, the methods it allows (a CORS preflight is answered before this). */
    static ApiResponse options() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Allow", ALLOWED_METHODS);
        headers.put("Cache-Control", NO_STORE);
        return new ApiResponse(204, headers, "");
    }

    /** The answer to HEAD: the GET's status and headers, no body. */
    static ApiResponse withoutBody(ApiResponse response) {
        return new ApiResponse(response.status(), response.headers(), "");
    }

    private static Map<String, String> headers(String cacheControl) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Cache-Control", cacheControl);
        return headers;
    }
}
