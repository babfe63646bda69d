package io.articles.api;

import java.util.HashMap;
import java.util.Map;

/**
 * An HTTP request as the API sees it, whatever carried it (API Gateway or the local server). Query values are
 * decoded; a name given without a value has the empty string.
 */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers) {
    public ApiRequest {
        method = method == null ? "GET" : method;
        path = path == null || path.isEmpty() ? "/" : path;
        query = copyWithoutNulls(query);
        headers = copyWithoutNulls(headers);
    }

    /** The header's value, whatever the case of its name (API Gateway lower-cases them; other callers may not). */
    public String header(String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /** Events may carry null names or values; Map.copyOf takes neither. */
    private static Map<String, String> copyWithoutNulls(Map<String, String> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, String> copy = new HashMap<>();
        map.forEach((name, value) -> {
            if (name != null) {
                copy.put(name, value == null ? "" : value);
            }
        });
        return Map.copyOf(copy);
    }
}
