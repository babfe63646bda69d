package io.articles.api;

import static io.articles.json.JsonTree.child;
import static io.articles.json.JsonTree.string;
import static io.articles.json.JsonTree.strings;

import io.articles.json.JsonTree;
import java.io.InputStream;
import java.util.Map;

/** API Gateway HTTP API events (payload format 2.0) in, Lambda proxy responses out, as JSON. */
final class HttpEvents {
    private HttpEvents() {
    }

    /** The request the event describes; throws IllegalArgumentException when it is not an HTTP API event. */
    static ApiRequest read(InputStream json) {
        Map<String, Object> event = JsonTree.object(JsonTree.read(json), "event");
        String method = string(child(child(event, "requestContext"), "http"), "method");
        return new ApiRequest(method, string(event, "rawPath"), strings(event, "queryStringParameters"),
                strings(event, "headers"));
    }

    /** {@code {"statusCode": ..., "headers": {...}, "body": "...", "isBase64Encoded": false}}. */
    static String write(ApiResponse response) {
        return Json.response(response.status(), response.headers(), response.body());
    }
}
