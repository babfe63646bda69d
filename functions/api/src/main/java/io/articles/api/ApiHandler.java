package io.articles.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.articles.aws.ClientSettings;
import io.articles.aws.DynamoDbArticleStore;
import io.articles.aws.Priming;
import java.util.List;
import org.crac.Core;
import org.crac.Resource;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lambda entry point for the HTTP API (payload format 2.0). A CRaC resource: before a SnapStart snapshot it runs
 * sample requests through the whole path, stopping each DynamoDB call at the wire.
 */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {
    private static final List<ApiRequest> PRIMING_REQUESTS = List.of(
            new ApiRequest("GET", "/articles", Map.of("date", "2024-03-03"), Map.of()),
            new ApiRequest("GET", "/articles/AAAAAAAAAAAAAAAA", Map.of(), Map.of()),
            new ApiRequest("GET", "/nowhere", Map.of(), Map.of()));

    private final Api api;

    /** Used by Lambda: client and table from the environment, built once per container. */
    public ApiHandler() {
        this(ClientSettings.fromEnvironment(System.getenv()).configure(DynamoDbClient.builder(), "DYNAMODB_ENDPOINT_URL")
                .build(), System.getenv("TABLE_NAME"));
    }

    /** For local runs and tests: the given client, e.g. pointed at dynalite. */
    public ApiHandler(DynamoDbClient dynamoDb, String table) {
        this.api = new Api(new DynamoDbArticleStore(dynamoDb, table));
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

    private static ApiRequest toRequest(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext.Http http =
                event.getRequestContext() == null ? null : event.getRequestContext().getHttp();
        String method = http == null ? "GET" : http.getMethod();
        return new ApiRequest(method, event.getRawPath(), event.getQueryStringParameters(), event.getHeaders());
    }

    private static APIGatewayV2HTTPResponse toResponse(ApiResponse response) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(response.status())
                .withHeaders(Map.copyOf(response.headers())).withBody(response.body()).build();
    }
}
