package io.articles.api;

import java.util.Map;

/** An HTTP request as the API sees it, whatever carried it (API Gateway or the local server). */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers) {
    public ApiRequest {
        query = query == null ? Map.of() : Map.copyOf(query);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
