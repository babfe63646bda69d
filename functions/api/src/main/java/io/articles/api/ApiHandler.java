package io.articles.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.articles.aws.ClientSettings;
import io.articles.aws.DynamoDbArticleStore;
import io.articles.aws.Priming;
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
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {
    private static final String TOKEN_KEY_VARIABLE = "PAGE_TOKEN_KEY";
    private static final List<ApiRequest> PRIMING_REQUESTS = List.of(
            new ApiRequest("GET", "/articles", Map.of("date", "2024-03-03"), Map.of()),
            new ApiRequest("GET", "/articles", Map.of("person", "Omar Saleh", "limit", "5"), Map.of()),
            new ApiRequest("GET", "/articles/AAAAAAAAAAAAAAAA", Map.of(), Map.of()),
            new ApiRequest("GET", "/nowhere", Map.of(), Map.of()));

    private final Api api;

    /** Used by Lambda: client, table and page token key from the environment, built once per container. */
    public ApiHandler() {
        this(ClientSettings.fromEnvironment(System.getenv()).configure(DynamoDbClient.builder(), "DYNAMODB_ENDPOINT_URL")
                .build(), System.getenv("TABLE_NAME"), tokenKey(System.getenv(TOKEN_KEY_VARIABLE)));
    }

    /** For local runs: the given client, e.g. pointed at dynalite; page tokens hold while this handler lives. */
    public ApiHandler(DynamoDbClient dynamoDb, String table) {
        this(dynamoDb, table, randomKey());
    }

    /** For tests: the given client and page token key. */
    public ApiHandler(DynamoDbClient dynamoDb, String table, String pageTokenKey) {
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

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return toResponse(api.handle(toRequest(event)));
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

    private static ApiRequest toRequest(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext.Http http =
                event.getRequestContext() == null ? null : event.getRequestContext().getHttp();
        String method = http == null ? null : http.getMethod();
        return new ApiRequest(method, event.getRawPath(), event.getQueryStringParameters(), event.getHeaders());
    }

    private static APIGatewayV2HTTPResponse toResponse(ApiResponse response) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(response.status())
                .withHeaders(Map.copyOf(response.headers())).withBody(response.body()).withIsBase64Encoded(false)
                .build();
    }
}
