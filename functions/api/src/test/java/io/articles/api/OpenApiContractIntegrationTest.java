package io.articles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.articles.article.Article;
import io.articles.aws.DynamoDbArticleStore;
import io.articles.local.stack.LocalAws;
import io.articles.local.stack.LocalAwsExtension;
import io.articles.store.ArticleStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The handler's real responses, one for every documented status of every route, checked against openapi.yaml. */
@ExtendWith(LocalAwsExtension.class)
class OpenApiContractIntegrationTest {
    private static final Path ROOT = Path.of(System.getProperty("articles.root", "../..")).toAbsolutePath().normalize();
    private static final String TABLE = "contract-test";
    private static final List<Article> CORPUS = Corpus.generate(60);
    private static final OpenApiContract CONTRACT = OpenApiContract.load(ROOT.resolve("openapi.yaml"));
    private static Requests api;

    @BeforeAll
    static void seed(LocalAws stack) {
        stack.endpoints().createBucketAndTable(Corpus.BUCKET, TABLE);
        DynamoDbClient client = stack.endpoints().dynamoDbClient();
        ArticleStore store = new DynamoDbArticleStore(client, TABLE);
        Corpus.write(store, CORPUS);
        store.reject(Corpus.rejection(1, Instant.now(), 3));
        api = new Requests(new ApiHandler(client, TABLE, "contract-key"));
    }

    @Test
    void everyDocumentedResponseIsWhatTheHandlerSends() {
        String article = "/articles/" + CORPUS.get(0).id();
        String etag = api.get(article).getHeaders().get("ETag");
        String token = Requests.body(api.get("/articles", "person", "Putin", "limit", "1")).get("nextToken").asText();
        List<Call> requests = List.of(
                get(article), get(article, Map.of(), Map.of("if-none-match", etag)),
                get(article, Map.of("x", "1"), Map.of()), get("/articles/AAAAAAAAAAAAAAAA"),
                get("/articles", Map.of("date", "2022-01-01"), Map.of()),
                get("/articles", Map.of("person", "Putin", "limit", "1"), Map.of()),
                get("/articles", Map.of("person", "Putin", "nextToken", token), Map.of()),
                get("/articles", Map.of("headline", "ukraine talks", "from", "2021-11-01", "to", "2022-10-31"), Map.of()),
                get("/articles", Map.of("date", "2022-02-30"), Map.of()),
                get("/articles", Map.of("person", "Putin", "nextToken", token + "x"), Map.of()),
                get("/people", Map.of("prefix", "a"), Map.of()), get("/people", Map.of(), Map.of()),
                get("/ingest-errors", Map.of(), Map.of()), get("/ingest-errors", Map.of("limit", "0"), Map.of()),
                get("/ingest-warnings", Map.of(), Map.of()), get("/ingest-warnings", Map.of("limit", "0"), Map.of()),
                new Call("POST", "/articles", Map.of(), Map.of()), new Call("DELETE", article, Map.of(), Map.of()),
                get("/elsewhere"),
                head(article, Map.of(), Map.of()), head(article, Map.of(), Map.of("if-none-match", etag)),
                head(article, Map.of("x", "1"), Map.of()), head("/articles/AAAAAAAAAAAAAAAA", Map.of(), Map.of()),
                head("/articles", Map.of("date", "2022-01-01"), Map.of()),
                head("/articles", Map.of("date", "2022-02-30"), Map.of()),
                head("/people", Map.of("prefix", "a"), Map.of()), head("/people", Map.of(), Map.of()),
                head("/ingest-errors", Map.of(), Map.of()), head("/ingest-errors", Map.of("limit", "0"), Map.of()),
                head("/ingest-warnings", Map.of(), Map.of()), head("/ingest-warnings", Map.of("limit", "0"), Map.of()),
                options(article), options("/articles"), options("/people"), options("/ingest-errors"),
                options("/ingest-warnings"));
        Set<String> exercised = new TreeSet<>();
        for (Call request : requests) {
            String operation = check(request);
            if (operation != null) {
                exercised.add(operation);
            }
        }
        assertEquals(CONTRACT.documented(), exercised);
    }

    @Test
    void articlesWithNullsAndFullListsMatchTheSchema() {
        for (Article article : CORPUS) {
            check(get("/articles/" + article.id()));
        }
        check(get("/articles", Map.of("from", "2021-11-01", "to", "2022-10-31", "limit", "100"), Map.of()));
    }

    private static String check(Call call) {
        APIGatewayV2HTTPResponse response = api.send(Requests.event(call.method(), call.path(), call.query(),
                call.headers()));
        return CONTRACT.check(call.method(), call.path(), response);
    }

    private static Call get(String path) {
        return get(path, Map.of(), Map.of());
    }

    private static Call get(String path, Map<String, String> query, Map<String, String> headers) {
        return new Call("GET", path, query, headers);
    }

    private static Call head(String path, Map<String, String> query, Map<String, String> headers) {
        return new Call("HEAD", path, query, headers);
    }

    private static Call options(String path) {
        return new Call("OPTIONS", path, Map.of(), Map.of());
    }

    private record Call(String method, String path, Map<String, String> query, Map<String, String> headers) {
    }
}
