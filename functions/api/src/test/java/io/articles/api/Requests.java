package io.articles.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articles.local.stack.Events;
import io.articles.local.stack.LocalContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds API Gateway v2 events as the HTTP API sends them and runs them through a handler. */
final class Requests {
    static final ObjectMapper JSON = new ObjectMapper();

    private final ApiHandler handler;

    Requests(ApiHandler handler) {
        this.handler = handler;
    }

    APIGatewayV2HTTPResponse get(String path, String... query) {
        return send(event("GET", path, query(query), Map.of()));
    }

    /** Through the handler as Lambda runs it: the event as JSON in, the proxy response as JSON out. */
    APIGatewayV2HTTPResponse send(APIGatewayV2HTTPEvent event) {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(Events.toJson(event, APIGatewayV2HTTPEvent.class)
                    .getBytes(StandardCharsets.UTF_8)), response, new LocalContext("ApiFunction",
                    new PrintStream(PrintStream.nullOutputStream())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Events.fromJson(response.toString(StandardCharsets.UTF_8), APIGatewayV2HTTPResponse.class);
    }

    /** {@code name, value, name, value...} as an ordered map. */
    static Map<String, String> query(String... namesAndValues) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return query;
    }

    /** As API Gateway builds it: raw path and query string, decoded parameters, lower-case header names. */
    static APIGatewayV2HTTPEvent event(String method, String path, Map<String, String> query,
                                       Map<String, String> headers) {
        Map<String, String> lowerCased = new LinkedHashMap<>();
        headers.forEach((name, value) -> lowerCased.put(name.toLowerCase(), value));
        lowerCased.putIfAbsent("host", "abcdef1234.execute-api.us-east-1.amazonaws.com");
        String rawQuery = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(rawQuery)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withHeaders(lowerCased)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("test").withRouteKey("$default").withStage("$default")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(path).withProtocol("HTTP/1.1")
                                .withSourceIp("198.51.100.7").withUserAgent("test").build())
                        .build())
                .withIsBase64Encoded(false)
                .build();
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.getBody(), e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
