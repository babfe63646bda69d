package io.articles.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The HTTP API on 127.0.0.1, as API Gateway would front the function: each request becomes a payload 2.0 event
 * (header names lower-cased, repeated values comma-joined, query decoded), CORS as the template configures it.
 */
public final class LocalServer implements AutoCloseable {
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);
    private static final Map<String, String> CORS = Map.of(
            "Access-Control-Allow-Origin", "*",
            "Access-Control-Expose-Headers", "ETag");

    private final HttpServer server;

    private LocalServer(HttpServer server) {
        this.server = server;
    }

    /** Serves on 127.0.0.1:{@code port} (0: any free port) until closed. */
    public static LocalServer start(int port, Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            server.createContext("/", exchange -> serve(exchange, api));
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.start();
            return new LocalServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private static void serve(HttpExchange exchange,
                              Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                preflight(exchange);
                return;
            }
            APIGatewayV2HTTPResponse response;
            try {
                response = api.apply(event(exchange));
            } catch (RuntimeException e) {
                response = APIGatewayV2HTTPResponse.builder().withStatusCode(500)
                        .withHeaders(Map.of("Content-Type", "application/json"))
                        .withBody("{\"message\":\"Internal Server Error\"}").build();
            }
            respond(exchange, response);
        }
    }

    private static void preflight(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET,OPTIONS");
        exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "content-type,if-none-match");
        exchange.getResponseHeaders().set("Access-Control-Max-Age", "600");
        exchange.sendResponseHeaders(204, -1);
    }

    private static void respond(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        Map<String, String> headers = response.getHeaders() == null ? Map.of() : response.getHeaders();
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        CORS.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        String body = response.getBody() == null ? "" : response.getBody();
        byte[] bytes = response.getIsBase64Encoded() ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        // HEAD is answered like GET (here a 405) but never with a body, as HTTP requires.
        boolean empty = bytes.length == 0 || response.getStatusCode() == 304
                || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.getStatusCode(), empty ? -1 : bytes.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static APIGatewayV2HTTPEvent event(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String method = exchange.getRequestMethod();
        String requestId = UUID.randomUUID().toString();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withHeaders(headers(exchange))
                .withQueryStringParameters(rawQuery == null ? null : query(rawQuery))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(requestId)
                        .withRouteKey("$default")
                        .withStage("$default")
                        .withTime(ZonedDateTime.now().format(REQUEST_TIME))
                        .withTimeEpoch(System.currentTimeMillis())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                                .withUserAgent(exchange.getRequestHeaders().getFirst("User-Agent"))
                                .build())
                        .build())
                .withIsBase64Encoded(false)
                .build();
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            headers.put(header.getKey().toLowerCase(Locale.ROOT), String.join(",", header.getValue()));
        }
        return headers;
    }

    /** As API Gateway decodes it: repeated names comma-joined, undecodable escapes kept as sent. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.merge(name, value, (first, second) -> first + "," + second);
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
