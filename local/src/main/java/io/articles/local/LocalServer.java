package io.articles.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.articles.json.JsonWriter;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * The HTTP API on 127.0.0.1, as API Gateway would front the function: each request becomes a payload 2.0 event
 * (header names lower-cased, repeated values comma-joined, query decoded), CORS as the template configures it.
 *
 * <p>A small HTTP/1.1 server of its own (keep-alive, Content-Length and chunked request bodies, which it reads and
 * drops) rather than the JDK's: the JDK's parses the request target as a URI and answers a target such as
 * {@code /articles?headline=%ZZ} with its own HTML 400, without the API's JSON, Cache-Control or CORS headers.
 * API Gateway passes such a query on (an escape that decodes to nothing is kept as sent; bytes that are not UTF-8
 * become U+FFFD), and so does this server; every answer it makes itself is the API's JSON error.
 */
public final class LocalServer implements AutoCloseable {
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);
    private static final Map<String, String> CORS = Map.of(
            "Access-Control-Allow-Origin", "*",
            "Access-Control-Expose-Headers", "ETag");
    private static final int MAX_LINE_BYTES = 16 * 1024;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int IDLE_MILLIS = 30_000;
    private static final int THREADS = 16;

    private final ServerSocket socket;
    private final ExecutorService connections;
    private final Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api;

    private LocalServer(ServerSocket socket, Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api) {
        this.socket = socket;
        this.api = api;
        this.connections = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "local-server");
            thread.setDaemon(true);
            return thread;
        });
        Thread acceptor = new Thread(this::accept, "local-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Serves on 127.0.0.1:{@code port} (0: any free port) until closed. */
    public static LocalServer start(int port, Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api) {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            return new LocalServer(socket, api);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port
                    + (port != 0 ? " (is another server using the port? choose another with --port)" : ""), e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        closeQuietly(socket);
        connections.shutdownNow();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                try {
                    connections.execute(() -> serve(connection));
                } catch (RejectedExecutionException closing) {
                    connection.close();
                }
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    /** Requests on one connection, one after another, until either side closes or it idles. */
    private void serve(Socket connection) {
        try (connection) {
            connection.setSoTimeout(IDLE_MILLIS);
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            boolean open = true;
            while (open) {
                Request request;
                try {
                    request = Request.read(in);
                } catch (BadRequest e) {
                    write(out, "HTTP/1.1", "GET", error(e.status, e.getMessage()), false);
                    return;
                }
                if (request == null) {
                    return;
                }
                open = request.keepAlive();
                write(out, request.version, request.method, answer(request, connection), open);
            }
        } catch (IOException e) {
            // The client went away or idled out: nothing to answer.
        }
    }

    private APIGatewayV2HTTPResponse answer(Request request, Socket connection) {
        if (request.method.equals("OPTIONS") && request.headers.containsKey("origin")
                && request.headers.containsKey("access-control-request-method")) {
            return preflight();
        }
        try {
            return api.apply(event(request, connection));
        } catch (RuntimeException e) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(500)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody("{\"message\":\"Internal Server Error\"}").build();
        }
    }

    /** As API Gateway answers a CORS preflight for the template's CorsConfiguration, before any route. */
    private static APIGatewayV2HTTPResponse preflight() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", "*");
        headers.put("Access-Control-Allow-Methods", "GET,HEAD,OPTIONS");
        headers.put("Access-Control-Allow-Headers", "content-type,if-none-match");
        headers.put("Access-Control-Max-Age", "600");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(204).withHeaders(headers).build();
    }

    /** The API's JSON error, for requests this server cannot hand to the function at all. */
    private static APIGatewayV2HTTPResponse error(int status, String message) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Cache-Control", "no-store");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers)
                .withBody(JsonWriter.write(json -> {
                    json.writeStartObject();
                    json.writeObjectFieldStart("error");
                    json.writeStringField("code", "BadRequest");
                    json.writeStringField("message", message);
                    json.writeEndObject();
                    json.writeEndObject();
                })).build();
    }

    private static void write(OutputStream out, String version, String method, APIGatewayV2HTTPResponse response,
                              boolean keepAlive) throws IOException {
        int status = response.getStatusCode();
        String body = response.getBody() == null ? "" : response.getBody();
        byte[] bytes = response.getIsBase64Encoded() ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        // HEAD, 204 and 304 never carry a body, as HTTP requires.
        boolean bodyless = method.equals("HEAD") || status == 204 || status == 304;
        StringBuilder head = new StringBuilder(256);
        head.append(version.equals("HTTP/1.0") ? "HTTP/1.0" : "HTTP/1.1").append(' ').append(status).append(' ')
                .append(reason(status)).append("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.getHeaders() != null) {
            headers.putAll(response.getHeaders());
        }
        headers.putAll(CORS);
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(
                java.time.ZoneOffset.UTC))).append("\r\n");
        if (!bodyless) {
            head.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        head.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!bodyless) {
            out.write(bytes);
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }

    private static APIGatewayV2HTTPEvent event(Request request, Socket connection) {
        String requestId = UUID.randomUUID().toString();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(request.path)
                .withRawQueryString(request.rawQuery == null ? "" : request.rawQuery)
                .withHeaders(request.headers)
                .withQueryStringParameters(request.rawQuery == null ? null : query(request.rawQuery))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(requestId)
                        .withRouteKey("$default")
                        .withStage("$default")
                        .withTime(ZonedDateTime.now().format(REQUEST_TIME))
                        .withTimeEpoch(System.currentTimeMillis())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(request.method)
                                .withPath(request.path)
                                .withProtocol(request.version)
                                .withSourceIp(connection.getInetAddress().getHostAddress())
                                .withUserAgent(request.headers.get("user-agent"))
                                .build())
                        .build())
                .withIsBase64Encoded(false)
                .build();
    }

    /**
     * As API Gateway decodes it: repeated names comma-joined, '+' a space, escapes that decode to nothing kept as
     * sent ({@code %ZZ}, a lone {@code %}), bytes that are not UTF-8 replaced by U+FFFD.
     */
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.write(c); // the request line was read byte for byte (ISO-8859-1): c is one byte
            }
        }
        return utf8(bytes.toByteArray());
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not fail", e);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // Closing: nothing to do.
        }
    }

    /** A request this server cannot pass on; answered with the JSON error and the connection closed. */
    private static final class BadRequest extends Exception {
        private final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** One request's line and headers (body read and dropped: the API takes none). */
    private record Request(String method, String path, String rawQuery, String version, Map<String, String> headers) {
        /** The next request on the connection, or null when the client closed it between requests. */
        static Request read(InputStream in) throws IOException, BadRequest {
            String line = line(in, MAX_LINE_BYTES, true);
            while (line != null && line.isEmpty()) {
                line = line(in, MAX_LINE_BYTES, true); // stray CRLFs between requests are allowed
            }
            if (line == null) {
                return null;
            }
            String[] parts = line.split(" ", -1);
            if (parts.length != 3 || parts[0].isEmpty() || !parts[1].startsWith("/")
                    || !parts[2].matches("HTTP/1\\.[01]")) {
                throw new BadRequest(400, "request: expected METHOD /path HTTP/1.1");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            int headerBytes = 0;
            for (String header = line(in, MAX_LINE_BYTES, false); !header.isEmpty();
                 header = line(in, MAX_LINE_BYTES, false)) {
                headerBytes += header.length();
                int colon = header.indexOf(':');
                if (colon <= 0 || headerBytes > MAX_HEADER_BYTES) {
                    throw new BadRequest(colon <= 0 ? 400 : 431, colon <= 0 ? "headers: expected NAME: VALUE lines"
                            : "headers: expected at most " + MAX_HEADER_BYTES + " bytes");
                }
                headers.merge(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).strip(), (first, second) -> first + "," + second);
            }
            skipBody(in, headers);
            String target = parts[1];
            int question = target.indexOf('?');
            String path = utf8(target.substring(0, question < 0 ? target.length() : question)
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new Request(parts[0], path, question < 0 ? null : target.substring(question + 1), parts[2],
                    headers);
        }

        boolean keepAlive() {
            String connection = headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT);
            return version.equals("HTTP/1.1") ? !connection.contains("close") : connection.contains("keep-alive");
        }

        private static void skipBody(InputStream in, Map<String, String> headers) throws IOException, BadRequest {
            if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
                for (long size = chunkSize(in); size > 0; size = chunkSize(in)) {
                    skip(in, size);
                    line(in, MAX_LINE_BYTES, false);
                }
                for (String trailer = line(in, MAX_LINE_BYTES, false); !trailer.isEmpty(); ) {
                    trailer = line(in, MAX_LINE_BYTES, false);
                }
                return;
            }
            String length = headers.get("content-length");
            if (length != null) {
                try {
                    skip(in, Long.parseLong(length.strip()));
                } catch (NumberFormatException e) {
                    throw new BadRequest(400, "content-length: expected a number of bytes");
                }
            }
        }

        private static long chunkSize(InputStream in) throws IOException, BadRequest {
            String line = line(in, MAX_LINE_BYTES, false);
            int extension = line.indexOf(';');
            try {
                return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new BadRequest(400, "body: expected chunked encoding");
            }
        }

        private static void skip(InputStream in, long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new SocketException("the client closed the connection inside a body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        /** One CRLF- (or LF-) ended line, byte for byte; null at the end of the stream if {@code endOk}. */
        private static String line(InputStream in, int max, boolean endOk) throws IOException, BadRequest {
            StringBuilder line = new StringBuilder(128);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    if (endOk && line.length() == 0) {
                        return null;
                    }
                    throw new SocketException("the client closed the connection inside a request");
                }
                if (line.length() >= max) {
                    throw new BadRequest(431, "request: expected lines of at most " + max + " bytes");
                }
                line.append((char) b);
            }
            int end = line.length();
            return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
        }
    }
}
