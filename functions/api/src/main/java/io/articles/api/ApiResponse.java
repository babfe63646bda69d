package io.articles.api;

import java.util.Map;

/** An HTTP response: status, headers, JSON body (empty for 304). */
public record ApiResponse(int status, Map<String, String> headers, String body) {
    public ApiResponse {
        headers = Map.copyOf(headers);
    }
}
