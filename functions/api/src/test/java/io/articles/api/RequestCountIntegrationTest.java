package io.articles.api;

import static io.articles.api.Requests.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.articles.article.Article;
import io.articles.aws.DynamoDbArticleStore;
import io.articles.local.stack.LocalAws;
import io.articles.local.stack.LocalAwsExtension;
import io.articles.local.stack.StackEndpoints;
import io.articles.store.ArticleStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Counts the DynamoDB requests behind each API call: a page of a list is Queries only, never more than the pager's
 * budget; one GetItem per article.
 */
@ExtendWith(LocalAwsExtension.class)
class RequestCountIntegrationTest {
    private static final String TABLE = "count-test";
    private static final List<Article> CORPUS = Corpus.generate(80);
    private static final List<String> OPERATIONS = new CopyOnWriteArrayList<>();
    private static DynamoDbClient counted;
    private static Requests api;

    @BeforeAll
    static void seed(LocalAws stack) {
        StackEndpoints endpoints = stack.endpoints();
        endpoints.createBucketAndTable(Corpus.BUCKET, TABLE);
        try (DynamoDbClient writer = endpoints.dynamoDbClient()) {
            ArticleStore store = new DynamoDbArticleStore(writer, TABLE);
            Corpus.write(store, CORPUS);
            for (int n = 0; n < 6; n++) {
                store.reject(Corpus.rejection(n, Instant.now(), n * 20));
            }
        }
        counted = DynamoDbClient.builder().region(StackEndpoints.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(StackEndpoints.ACCESS_KEY, StackEndpoints.ACCESS_KEY)))
                .endpointOverride(endpoints.dynamoDb()).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new OperationCounter()))
                .build();
        api = new Requests(new ApiHandler(counted, TABLE, "count-key"));
    }

    @AfterAll
    static void close() {
        counted.close();
    }

    @Test
    void everyPageOfEveryListIsQueriesWithinTheBudget() {
        List<List<String>> lists = List.of(
                List.of("/articles", "date", "2022-01-01"),
                List.of("/articles", "from", "2021-11-01", "to", "2022-10-31"),
                List.of("/articles", "headline", "ukraine talks"),
                List.of("/articles", "headline", "talks", "from", "2022-01-01", "to", "2022-06-30"),
                List.of("/articles", "person", "Putin"),
                List.of("/articles", "person", "Sergei Lavrov", "from", "2021-11-01", "to", "2022-06-30"),
                List.of("/people", "prefix", "a"),
                List.of("/ingest-errors"));
        int pages = 0;
        for (List<String> list : lists) {
            pages += walk(list.get(0), list.subList(1, list.size()).toArray(String[]::new));
        }
        assertTrue(pages > 25, "walked many pages: " + pages);
    }

    @Test
    void anArticleIsOneGetItemEvenWhenNotModified() {
        String path = "/articles/" + CORPUS.get(3).id();
        APIGatewayV2HTTPResponse response = counting(() -> api.get(path), "GetItem");
        counting(() -> api.send(Requests.event("GET", path, Map.of(),
                Map.of("if-none-match", response.getHeaders().get("ETag")))), "GetItem");
        counting(() -> api.get("/articles/AAAAAAAAAAAAAAAA"), "GetItem");
    }

    @Test
    void anAmbiguousSurnameCostsTheOneQueryThatFoundIt() {
        counting(() -> api.get("/articles", "person", "Biden"), "Query");
    }

    @Test
    void requestsRefusedForTheirParametersReadNothing() {
        counting(() -> api.get("/articles", "date", "2022-02-30"));
        counting(() -> api.get("/articles", "person", "Putin", "nextToken", "forged"));
        counting(() -> api.get("/articles/not-an-id"));
        counting(() -> api.send(Requests.event("POST", "/articles", Map.of(), Map.of())));
    }

    /** Follows nextToken with a small page size; each page must be Queries only, at most the budget's. */
    private static int walk(String path, String... query) {
        String token = null;
        int pages = 0;
        do {
            List<String> parameters = new ArrayList<>(Arrays.asList(query));
            parameters.addAll(List.of("limit", "3"));
            if (token != null) {
                parameters.addAll(List.of("nextToken", token));
            }
            OPERATIONS.clear();
            APIGatewayV2HTTPResponse response = api.get(path, parameters.toArray(String[]::new));
            assertTrue(!OPERATIONS.isEmpty() && OPERATIONS.size() <= Pager.Budget.DEFAULT.queries()
                    && OPERATIONS.stream().allMatch("Query"::equals), OPERATIONS::toString);
            assertEquals(200, response.getStatusCode(), response.getBody());
            JsonNode next = body(response).get("nextToken");
            token = next.isNull() ? null : next.asText();
            pages++;
        } while (token != null);
        return pages;
    }

    private static APIGatewayV2HTTPResponse counting(java.util.function.Supplier<APIGatewayV2HTTPResponse> call,
                                                     String... expected) {
        OPERATIONS.clear();
        APIGatewayV2HTTPResponse response = call.get();
        assertEquals(List.of(expected), List.copyOf(OPERATIONS),
                () -> OPERATIONS.stream().collect(Collectors.joining(", ", "requests: ", "")));
        return response;
    }

    /** Records the operation name of every request the client sends. */
    private static final class OperationCounter implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            OPERATIONS.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    }
}
