package io.articles.api;

import static io.articles.api.Requests.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.articles.article.Article;
import io.articles.aws.DynamoDbArticleStore;
import io.articles.local.stack.LocalAws;
import io.articles.local.stack.LocalAwsExtension;
import io.articles.local.stack.StackEndpoints;
import io.articles.store.ArticleStore;
import io.articles.store.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Pages hold what they promise, on every list route, over a corpus spread across 18 months: whatever the limit,
 * the pages concatenate to the one answer, every page but the last is full, no page before the last is empty,
 * nextToken is null exactly on the last; and no request makes more DynamoDB queries than the pager's budget.
 */
@ExtendWith(LocalAwsExtension.class)
class PagingIntegrationTest {
    private static final String TABLE = "paging-test";
    private static final List<Article> CORPUS = Corpus.generate(160);
    private static final Expected EXPECTED = new Expected(CORPUS);
    private static final Instant NOW = Instant.now();
    private static final List<Rejection> REJECTIONS = new ArrayList<>();
    private static final AtomicInteger QUERIES = new AtomicInteger();
    private static DynamoDbClient counted;
    private static Api api;

    @BeforeAll
    static void seed(LocalAws stack) {
        StackEndpoints endpoints = stack.endpoints();
        endpoints.createBucketAndTable(Corpus.BUCKET, TABLE);
        try (DynamoDbClient writer = endpoints.dynamoDbClient()) {
            ArticleStore store = new DynamoDbArticleStore(writer, TABLE);
            Corpus.write(store, CORPUS);
            for (int n = 0; n < 9; n++) {
                REJECTIONS.add(Corpus.rejection(n, NOW, n * 37)); // one every five weeks or so: most months empty
            }
            REJECTIONS.forEach(store::reject);
        }
        counted = DynamoDbClient.builder().region(StackEndpoints.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(StackEndpoints.ACCESS_KEY, StackEndpoints.ACCESS_KEY)))
                .endpointOverride(endpoints.dynamoDb()).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new QueryCounter()))
                .build();
        api = api(Pager.Budget.DEFAULT);
    }

    @AfterAll
    static void close() {
        counted.close();
    }

    /** Every list route, and the ids (or names, or keys) it must answer, in order. */
    static Stream<Arguments> lists() {
        LocalDate yearFrom = LocalDate.of(2021, 12, 1);
        LocalDate yearTo = LocalDate.of(2022, 11, 30);
        LocalDate busy = CORPUS.stream().map(Article::publishedDate).filter(d -> d != null)
                .max(Comparator.comparingLong(d -> EXPECTED.ids(a -> true, d, d).size())).orElseThrow();
        List<String> rejections = REJECTIONS.stream().filter(r -> r.at().isAfter(NOW.minusSeconds(86_400L * 300)))
                .sorted(Comparator.comparing(Rejection::at).reversed()).map(r -> r.source().key()).toList();
        List<String> peopleA = Corpus.PEOPLE.stream().filter(name -> name.startsWith("A"))
                .filter(name -> EXPECTED.articlesNaming(name) > 0)
                .sorted(Comparator.comparing(io.articles.text.Folding::fold)).toList();
        return Stream.of(
                Arguments.of("/articles", q("from", yearFrom.toString(), "to", yearTo.toString()),
                        EXPECTED.ids(a -> true, yearFrom, yearTo)),
                Arguments.of("/articles", q("date", busy.toString()), EXPECTED.ids(a -> true, busy, busy)),
                Arguments.of("/articles", q("headline", "ukraine talks"),
                        EXPECTED.byHeadline("ukraine talks", null, null)),
                Arguments.of("/articles", q("headline", "talks", "from", "2022-01-01", "to", "2022-12-31"),
                        EXPECTED.byHeadline("talks", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))),
                Arguments.of("/articles", q("person", "Putin"), EXPECTED.ids(Expected.names("Vladimir Putin"), null,
                        null)),
                Arguments.of("/articles", q("person", "Sergei Lavrov", "from", yearFrom.toString(), "to",
                        yearTo.toString()), EXPECTED.ids(Expected.names("Sergei Lavrov"), yearFrom, yearTo)),
                Arguments.of("/people", q("prefix", "a"), peopleA),
                Arguments.of("/ingest-errors", q(), rejections));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void everyLimitPagesToTheSameItemsWithOnlyTheLastPageShort(String path, Map<String, String> query,
                                                               List<String> expected) {
        assertFalse(expected.isEmpty(), "the corpus answers " + path + " " + query);
        if (expected.size() <= 100) {
            assertEquals(List.of(expected), page(api, path, query, 100).stream().map(Page::items).toList(),
                    "one big page");
        }
        for (int limit : new int[] {1, 2, 7, 100}) {
            List<Page> pages = page(api, path, query, limit);
            assertEquals(expected, pages.stream().flatMap(p -> p.items().stream()).toList(), "limit " + limit);
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                boolean last = i == pages.size() - 1;
                assertEquals(last, page.nextToken() == null, "token exactly when more follows, limit " + limit);
                assertTrue(last ? !page.items().isEmpty() : page.items().size() == limit,
                        "page " + (i + 1) + " of " + pages.size() + " holds " + page.items().size() + ", limit " + limit);
                assertTrue(page.queries() <= Pager.Budget.DEFAULT.queries(), page.queries() + " queries");
            }
        }
    }

    @Test
    void anEmptyAnswerIsOneEmptyPage() {
        for (Map<String, String> query : List.of(q("date", "2019-06-01"), q("from", "2019-01-01", "to", "2019-12-31"),
                q("headline", "zanzibar"), q("person", "Nobody Anywhere"))) {
            List<Page> pages = page(api, "/articles", query, 5);
            assertEquals(1, pages.size(), query.toString());
            assertTrue(pages.get(0).items().isEmpty());
        }
        assertEquals(1, page(api, "/people", q("prefix", "qqq"), 5).size());
    }

    @Test
    void aYearWithoutRejectionsIsOnePageOfTwelveQueries() {
        Api empty = new Api(new DynamoDbArticleStore(counted, TABLE), new PageTokens(bytes("k")),
                Clock.fixed(Instant.parse("2019-06-15T00:00:00Z"), java.time.ZoneOffset.UTC));
        List<Page> pages = page(empty, "/ingest-errors", q(), 20);
        assertEquals(1, pages.size());
        assertEquals(12, pages.get(0).queries(), "one per month, then the answer: nothing");
    }

    /**
     * The bound: with a budget of 3 queries of at least 2 entries, no request makes more than 3; a page is short
     * only when its request made all 3; and the pages still concatenate to the whole answer.
     */
    @ParameterizedTest
    @MethodSource("lists")
    void theQueriesPerRequestAreBoundedAndOnlyTheBoundMakesAShortPage(String path, Map<String, String> query,
                                                                      List<String> expected) {
        Api tight = api(new Pager.Budget(3, 2));
        for (int limit : new int[] {1, 7, 100}) {
            List<Page> pages = page(tight, path, query, limit);
            assertEquals(expected, pages.stream().flatMap(p -> p.items().stream()).toList(), "limit " + limit);
            for (Page page : pages) {
                assertTrue(page.queries() <= 3, page.queries() + " queries");
                if (page.nextToken() != null && page.items().size() < limit) {
                    assertEquals(3, page.queries(), "a short page before the end only when the budget is spent");
                }
            }
        }
    }

    @Test
    void aHeadlineWhoseWordPartitionRarelyMatchesReachesATightBudget() {
        Api tight = api(new Pager.Budget(2, 1));
        List<Page> pages = page(tight, "/articles", q("headline", "ukraine talks"), 5);
        assertTrue(pages.stream().anyMatch(p -> p.nextToken() != null && p.items().size() < 5 && p.queries() == 2),
                "some page was cut short by the budget: " + pages);
        assertEquals(EXPECTED.byHeadline("ukraine talks", null, null),
                pages.stream().flatMap(p -> p.items().stream()).toList());
    }

    private record Page(List<String> items, String nextToken, int queries) {
    }

    /** Every page of a list, following nextToken, with the queries each request made. */
    private static List<Page> page(Api api, String path, Map<String, String> query, int limit) {
        List<Page> pages = new ArrayList<>();
        String token = null;
        do {
            Map<String, String> parameters = new java.util.LinkedHashMap<>(query);
            parameters.put("limit", Integer.toString(limit));
            if (token != null) {
                parameters.put("nextToken", token);
            }
            QUERIES.set(0);
            ApiResponse response = api.handle(new ApiRequest("GET", path, parameters, Map.of()));
            int queries = QUERIES.get();
            assertEquals(200, response.status(), response.body());
            JsonNode body = body(APIGatewayV2HTTPResponse.builder().withBody(response.body()).build());
            List<String> items = new ArrayList<>();
            for (JsonNode item : body.get("items")) {
                items.add(item.has("id") && !path.equals("/ingest-errors") ? item.get("id").asText()
                        : item.has("key") ? item.get("key").asText() : item.get("name").asText());
            }
            token = body.get("nextToken").isNull() ? null : body.get("nextToken").asText();
            pages.add(new Page(items, token, queries));
            assertTrue(pages.size() < 1000, "the list ends");
        } while (token != null);
        return pages;
    }

    private static Api api(Pager.Budget budget) {
        return new Api(new DynamoDbArticleStore(counted, TABLE), new PageTokens(bytes("paging-key")),
                Clock.systemUTC(), budget);
    }

    private static Map<String, String> q(String... namesAndValues) {
        return Requests.query(namesAndValues);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final class QueryCounter implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if ("Query".equals(attributes.getAttribute(
                    software.amazon.awssdk.core.interceptor.SdkExecutionAttribute.OPERATION_NAME))) {
                QUERIES.incrementAndGet();
            }
        }
    }
}
