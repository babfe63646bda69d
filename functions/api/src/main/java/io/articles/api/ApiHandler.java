package io.articles.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.articles.aws.ClientSettings;
import io.articles.aws.DynamoDbArticleStore;
import io.articles.aws.Priming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lambda entry point for the HTTP API (payload format 2.0): event in, {@link Api}, response out. A CRaC resource:
 * before a SnapStart snapshot it runs sample requests through the whole path, stopping each DynamoDB call at the
 * wire.
 */
public final class ApiHandler implements RequestStreamHandler, Resource {
    private static final String TOKEN_KEY_VARIABLE = "PAGE_TOKEN_KEY";
    private static final List<ApiRequest> PRIMING_REQUESTS = List.of(
            new ApiRequest("GET", "/articles", Map.of("date", "2024-03-03"), Map.of()),
            new ApiRequest("GET", "/articles", Map.of("person", "Omar Saleh", "limit", "5"), Map.of()),
            new ApiRequest("GET", "/articles/AAAAAAAAAAAAAAAA", Map.of(), Map.of()),
            new ApiRequest("GET", "/nowhere", Map.of(), Map.of()));

    private final Api api;

    /** Used by Lambda: client, table and page token key from the environment, built once per container. */
    public ApiHandler() {
        this(ClientSettings.fromEnvironment(System.getenv()).configure(DynamoDbClient.builder()).build(), System.getenv("TABLE_NAME"), tokenKey(System.getenv(TOKEN_KEY_VARIABLE)));
    }

    /** For local runs: the given client, e.g. pointed at dynalite; page tokens hold while this handler lives. */
    public ApiHandler(DynamoDbClient dynamoDb, String table) {
        this(dynamoDb, table, randomKey());
    }

    /** The given client and page token key (tests: tokens that outlive the handler). */
    ApiHandler(DynamoDbClient dynamoDb, String table, String pageTokenKey) {
        this(dynamoDb, table, tokenKey(pageTokenKey));
    }

    private ApiHandler(DynamoDbClient dynamoDb, String table, byte[] pageTokenKey) {
        this.api = new Api(new DynamoDbArticleStore(dynamoDb, table), new PageTokens(pageTokenKey), Clock.systemUTC());
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        for (ApiRequest request : PRIMING_REQUESTS) {
            Priming.dryRun(() -> api.handle(request));
        }
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to reopen: priming opened no connection.
    }

    /**
     * Reads the event as the JSON Lambda delivers (no runtime deserialisation: see {@link io.articles.json.JsonTree})
     * and writes the proxy response. An event that is not an HTTP API event is a 400, like any bad request.
     */
    @Override
    public void handleRequest(InputStream event, OutputStream response, Context context) throws IOException {
        ApiResponse answer;
        try {
            answer = api.handle(HttpEvents.read(event));
        } catch (IllegalArgumentException notAnHttpEvent) {
            answer = Responses.error(ApiError.badRequest("event: expected an HTTP API event (payload format 2.0)"));
        }
        response.write(HttpEvents.write(answer).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static byte[] tokenKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalStateException(TOKEN_KEY_VARIABLE + ": expected the secret that signs page tokens");
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
