package io.articles.api;

import static io.articles.api.Requests.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.articles.article.Article;
import io.articles.article.ArticleJson;
import io.articles.article.Warning;
import io.articles.aws.DynamoDbArticleStore;
import io.articles.local.stack.Events;
import io.articles.local.stack.LocalAws;
import io.articles.local.stack.LocalAwsExtension;
import io.articles.store.ArticleStore;
import io.articles.store.Rejection;
import io.articles.store.StoredArticle;
import io.articles.text.Folding;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every route through the Lambda handler, with API Gateway v2 events, against dynalite holding a generated corpus. */
@ExtendWith(LocalAwsExtension.class)
class ApiIntegrationTest {
    private static final Path ROOT = Path.of(System.getProperty("articles.root", "../..")).toAbsolutePath().normalize();
    private static final String TABLE = "api-test";
    private static final String KEY = "test-key";
    private static final List<Article> CORPUS = Corpus.generate(300);
    private static final Expected EXPECTED = new Expected(CORPUS);
    private static final Instant NOW = Instant.now();
    private static final List<Rejection> REJECTIONS = new ArrayList<>();
    /** Articles stored with parser warnings: no headline, date or people, so no other listing holds them. */
    private static final List<StoredArticle> WARNED = new ArrayList<>();
    private static DynamoDbClient client;
    private static Requests api;

    @BeforeAll
    static void seed(LocalAws stack) {
        stack.endpoints().createBucketAndTable(Corpus.BUCKET, TABLE);
        client = stack.endpoints().dynamoDbClient();
        ArticleStore store = new DynamoDbArticleStore(client, TABLE);
        Corpus.write(store, CORPUS);
        for (int n = 0; n < 30; n++) {
            REJECTIONS.add(Corpus.rejection(n, NOW, n < 25 ? n * 12 : 400 + n));
        }
        REJECTIONS.forEach(store::reject);
        for (int n = 0; n < 7; n++) {
            WARNED.add(Corpus.warned(n, NOW, n < 6 ? n * 20 : 400));
        }
        WARNED.forEach(store::put);
        api = new Requests(new ApiHandler(client, TABLE, KEY));
    }

    @Test
    void articleByIdIsTheStoredJsonWithAStrongETag() {
        Article article = CORPUS.get(42);
        APIGatewayV2HTTPResponse response = api.get("/articles/" + article.id());

        assertEquals(200, response.getStatusCode());
        assertEquals(ArticleJson.write(article), response.getBody());
        assertEquals("application/json", response.getHeaders().get("Content-Type"));
        assertEquals("public, max-age=300", response.getHeaders().get("Cache-Control"));
        assertTrue(response.getHeaders().get("ETag").matches("\"[A-Za-z0-9_-]{22}\""), response.getHeaders().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s", "W/%s", "\"other\", %s", "*"})
    void ifNoneMatchNamingTheETagAnswers304WithoutABody(String ifNoneMatch) {
        String path = "/articles/" + CORPUS.get(7).id();
        String etag = api.get(path).getHeaders().get("ETag");

        APIGatewayV2HTTPResponse response = api.send(Requests.event("GET", path, Map.of(),
                Map.of("If-None-Match", ifNoneMatch.formatted(etag))));

        assertEquals(304, response.getStatusCode());
        assertEquals("", response.getBody());
        assertEquals(etag, response.getHeaders().get("ETag"));
        assertEquals("public, max-age=300", response.getHeaders().get("Cache-Control"));
    }

    @Test
    void staleIfNoneMatchGetsTheArticle() {
        APIGatewayV2HTTPResponse response = api.send(Requests.event("GET", "/articles/" + CORPUS.get(7).id(),
                Map.of(), Map.of("if-none-match", "\"stale\"")));
        assertEquals(200, response.getStatusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles/AAAAAAAAAAAAAAAA", "/articles/short", "/articles/", "/articles/a/b",
            "/articles/%2E%2E%2Fetc", "/nowhere", "/", "/people/x", "/ARTICLES"})
    void unknownArticlesAndRoutesAre404(String path) {
        assertError(404, "NotFound", api.get(path));
    }

    @Test
    void aDateListsThatDaysArticlesNewestFirst() {
        LocalDate busiest = busiestDay();
        List<String> ids = ids(all(10, "date", busiest.toString()));
        assertTrue(ids.size() > 3, "the busiest day has several articles");
        assertEquals(EXPECTED.ids(a -> true, busiest, busiest), ids);
    }

    @Test
    void aDayWithoutArticlesIsOneEmptyPage() {
        JsonNode body = body(ok(api.get("/articles", "date", "2019-06-01")));
        assertEquals(0, body.get("items").size());
        assertTrue(body.get("nextToken").isNull());
    }

    @Test
    void aRangeOverMonthsAndTheYearEndIsPagedWithoutGapsOrDuplicates() {
        LocalDate from = LocalDate.of(2021, 11, 15);
        LocalDate to = LocalDate.of(2022, 2, 10);
        List<String> expected = EXPECTED.ids(a -> true, from, to);
        assertTrue(expected.size() > 30, "the range spans many pages");
        for (int limit : new int[] {1, 7, 100}) {
            assertEquals(expected, ids(all(limit, "from", from.toString(), "to", to.toString())), "limit " + limit);
        }
    }

    @Test
    void summariesCarryIdHeadlineDateAgencyAndPeople() {
        Article article = CORPUS.stream().filter(a -> a.publishedDate() != null && a.people().size() > 1).findFirst()
                .orElseThrow();
        JsonNode summary = all(100, "date", article.publishedDate().toString()).stream()
                .filter(item -> item.get("id").asText().equals(article.id())).findFirst().orElseThrow();
        assertEquals(article.headline(), summary.get("headline").asText());
        assertEquals(article.publishedDate().toString(), summary.get("publishedDate").asText());
        assertEquals(String.valueOf(article.agency()), summary.get("agency").asText());
        assertEquals(article.people().stream().map(p -> p.name()).toList(), texts(summary.get("people")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ukraine talks", "UKRAINE — Talks!", "talks", "JORDAN’S", "amman", "what comes next"})
    void aHeadlineSearchFindsEveryWordFoldedWithExactMatchesFirst(String text) {
        List<String> expected = EXPECTED.byHeadline(text, null, null);
        assertFalse(expected.isEmpty());
        assertEquals(expected, ids(all(9, "headline", text)));
    }

    @Test
    void anExactHeadlineIsListedBeforeLongerOnes() {
        List<String> ids = ids(all(20, "headline", "Ukraine talks"));
        Set<String> twins = CORPUS.stream().filter(a -> a.headline().equals("Ukraine talks")).map(Article::id)
                .collect(Collectors.toSet());
        assertTrue(twins.size() > 3);
        assertEquals(twins, new HashSet<>(ids.subList(0, twins.size())));
        assertTrue(ids.size() > twins.size(), "longer headlines with both words follow");
    }

    @Test
    void aHeadlineSearchWithinDates() {
        LocalDate from = LocalDate.of(2022, 3, 1);
        LocalDate to = LocalDate.of(2022, 8, 31);
        assertEquals(EXPECTED.byHeadline("talks", from, to),
                ids(all(5, "headline", "talks", "from", from.toString(), "to", to.toString())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "José Álvarez|José Álvarez", "jose alvarez|José Álvarez", "JOSÉ  ÁLVAREZ.|José Álvarez",
            "Zoe OBrien|Zoë O'Brien", "Putin|Vladimir Putin", "putin|Vladimir Putin", "Zelensky|Volodymyr Zelensky",
            "Madonna|Madonna", "Abdullah|Abdullah II", "abdullah ii|Abdullah II", "Leyen|Ursula von der Leyen",
            "von der Leyen|Ursula von der Leyen", "Thomas-Greenfield|Linda Thomas-Greenfield",
            "thomas-greenfield|Linda Thomas-Greenfield", "Greenfield|Linda Thomas-Greenfield",
            "Linda Thomas-Greenfield|Linda Thomas-Greenfield", "de la Cruz|Maria de la Cruz", "Cruz|Maria de la Cruz",
            "Maria de la Cruz|Maria de la Cruz", "van Dijk|Pieter van Dijk", "Van Dijk|Pieter van Dijk",
            "Dijk|Pieter van Dijk"})
    void aPersonIsFoundByFullNameOrUniqueSurnameFolded(String query, String person) {
        List<String> expected = EXPECTED.ids(Expected.names(person), null, null);
        assertFalse(expected.isEmpty());
        assertEquals(expected, ids(all(6, "person", query)));
    }

    @Test
    void everythingOnPutinInJanuary2022() {
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2022, 1, 31);
        List<String> expected = EXPECTED.ids(Expected.names("Vladimir Putin"), from, to);
        assertEquals(expected, ids(all(3, "person", "Putin", "from", "2022-01-01", "to", "2022-01-31")));
        LocalDate day = CORPUS.stream().filter(Expected.names("Sergei Lavrov")).map(Article::publishedDate)
                .filter(d -> d != null).findFirst().orElseThrow();
        assertEquals(EXPECTED.ids(Expected.names("Sergei Lavrov"), day, day),
                ids(all(3, "person", "Sergei Lavrov", "date", day.toString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Biden", "haddad"})
    void aSurnameOfSeveralPeopleIsAQuestionBack(String surname) {
        APIGatewayV2HTTPResponse response = api.get("/articles", "person", surname);
        assertError(400, "BadRequest", response);
        String message = body(response).get("error").get("message").asText();
        String folded = surname.toLowerCase();
        assertTrue(message.toLowerCase().matches("person: '" + folded + "' matches several people: \\w+ "
                + folded + ", \\w+ " + folded + "; give the full name"), message);
    }

    @Test
    void aFullNameIsNeverAmbiguous() {
        assertEquals(EXPECTED.ids(Expected.names("Joe Biden"), null, null), ids(all(50, "person", "joe biden")));
    }

    @Test
    void peopleByPrefixWithTheirArticleCounts() {
        List<JsonNode> people = all("/people", 2, "prefix", "A");
        List<String> expected = Corpus.PEOPLE.stream().filter(name -> name.startsWith("A"))
                .filter(name -> EXPECTED.articlesNaming(name) > 0)
                .sorted(Comparator.comparing(Folding::fold)).toList();
        assertEquals(expected, people.stream().map(p -> p.get("name").asText()).toList());
        for (JsonNode person : people) {
            assertEquals(EXPECTED.articlesNaming(person.get("name").asText()), person.get("articles").asLong());
        }
        assertEquals(List.of("José Álvarez"), all("/people", 20, "prefix", "jose").stream()
                .map(p -> p.get("name").asText()).toList());
        assertEquals("public, max-age=300", api.get("/people", "prefix", "m").getHeaders().get("Cache-Control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"𠀀", "𠀀𠀁", "ﬁ", "Ǆ", "İ", "ß"})
    void prefixesOutsideTheBasicPlaneOrThatFoldWideAreAnswered(String prefix) {
        assertEquals(200, api.get("/people", "prefix", prefix).getStatusCode());
        assertEquals(200, api.get("/articles", "person", prefix).getStatusCode());
        assertEquals(200, api.get("/articles", "headline", prefix).getStatusCode());
    }

    @Test
    void ingestErrorsListTheLastTwelveMonthsOfRejectionsNewestFirst() {
        List<JsonNode> errors = all("/ingest-errors", 4);
        List<Rejection> expected = REJECTIONS.stream().filter(r -> r.at().isAfter(NOW.minusSeconds(86_400L * 300)))
                .sorted(Comparator.comparing(Rejection::at).reversed()).toList();
        assertEquals(expected.stream().map(r -> r.source().key()).toList(),
                errors.stream().map(e -> e.get("key").asText()).toList());
        JsonNode first = errors.get(0);
        assertEquals(expected.get(0).id(), first.get("id").asText());
        assertEquals(expected.get(0).reason(), first.get("reason").asText());
        assertEquals(expected.get(0).at().toString(), first.get("at").asText());
        assertEquals("no-store", api.get("/ingest-errors").getHeaders().get("Cache-Control"));
    }

    @Test
    void ingestWarningsListTheLastTwelveMonthsOfArticlesStoredWithWarningsNewestFirst() {
        List<JsonNode> warned = all("/ingest-warnings", 4);
        List<StoredArticle> expected = WARNED.stream().filter(w -> w.article().uploaded().isAfter(NOW.minusSeconds(
                86_400L * 300))).sorted(Comparator.comparing((StoredArticle w) -> w.article().uploaded()).reversed())
                .toList();
        assertEquals(6, expected.size());
        assertEquals(expected.stream().map(w -> w.source().key()).toList(),
                warned.stream().map(w -> w.get("key").asText()).toList());
        JsonNode first = warned.get(0);
        Article article = expected.get(0).article();
        assertEquals(article.id(), first.get("id").asText());
        assertTrue(first.get("headline").isNull());
        assertEquals(article.warnings().stream().map(Warning::code).toList(),
                first.get("warnings").findValuesAsText("code"));
        assertEquals(article.warnings().get(1).message(), first.get("warnings").get(1).get("message").asText());
        assertEquals(article.uploaded(), Instant.parse(first.get("at").asText()));
        assertEquals("no-store", api.get("/ingest-warnings").getHeaders().get("Cache-Control"));
        // The article itself carries them too, and is stored though it has no date.
        JsonNode stored = Requests.body(api.get("/articles/" + article.id()));
        assertEquals("no-date", stored.get("warnings").get(1).get("code").asText());
    }

    @Test
    void listsAreCachedBriefly() {
        APIGatewayV2HTTPResponse response = api.get("/articles", "person", "Putin");
        assertEquals("public, max-age=60", response.getHeaders().get("Cache-Control"));
        assertEquals("application/json", response.getHeaders().get("Content-Type"));
    }

    @Test
    void theLimitMayChangeBetweenPages() {
        JsonNode first = body(ok(api.get("/articles", "person", "Putin", "limit", "2")));
        JsonNode second = body(ok(api.get("/articles", "person", "Putin", "limit", "50", "nextToken",
                first.get("nextToken").asText())));
        List<String> ids = new ArrayList<>(ids(iterable(first.get("items"))));
        ids.addAll(ids(iterable(second.get("items"))));
        assertEquals(EXPECTED.ids(Expected.names("Vladimir Putin"), null, null), ids);
    }

    @Test
    void aTokenIsRefusedWhenAlteredForeignOrFromAnotherQuery() {
        String token = body(ok(api.get("/articles", "person", "Putin", "limit", "2"))).get("nextToken").asText();
        String dateToken = body(ok(api.get("/articles", "from", "2022-01-01", "to", "2022-12-31", "limit", "1")))
                .get("nextToken").asText();
        char flipped = token.charAt(10) == 'A' ? 'B' : 'A';
        String altered = token.substring(0, 10) + flipped + token.substring(11);
        String foreign = body(ok(new Requests(new ApiHandler(client, TABLE, "other-key"))
                .get("/articles", "person", "Putin", "limit", "2"))).get("nextToken").asText();

        for (String bad : List.of(altered, foreign, token.substring(0, token.length() - 2), token + "AA", "",
                "not a token", "%%%", "AAAA", "A".repeat(5000), dateToken)) {
            assertError(400, "InvalidToken", api.get("/articles", "person", "Putin", "nextToken", bad));
        }
        assertError(400, "InvalidToken", api.get("/articles", "person", "Vladimir Putin", "nextToken", token));
        assertError(400, "InvalidToken", api.get("/articles", "person", "Putin", "date", "2022-01-01",
                "nextToken", token));
        assertError(400, "InvalidToken", api.get("/people", "prefix", "putin", "nextToken", token));
        assertError(400, "InvalidToken", api.get("/ingest-errors", "nextToken", token));
        assertError(400, "InvalidToken", api.get("/articles", "from", "2022-01-01", "to", "2022-12-30",
                "nextToken", dateToken));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "date=2022-02-30", "date=2022-13-01", "date=22-01-01", "date=2022-1-1", "date=+12022-01-01",
            "date=", "date=2022-01-01,2022-01-02", "from=2022-02-01&to=2022-01-01", "from=2022-01-01",
            "to=2022-01-01", "date=2022-01-01&from=2022-01-01&to=2022-01-02", "from=2021-01-01&to=2022-01-02",
            "colour=red", "date=2022-01-01&limit=0", "date=2022-01-01&limit=101", "date=2022-01-01&limit=-1",
            "date=2022-01-01&limit=ten", "date=2022-01-01&limit=", "date=2022-01-01&limit=1e2", "none",
            "person=Putin&headline=talks", "person=", "person=%20%20", "person=...", "headline=the of and",
            "headline=", "limit=5", "Date=2022-01-01"})
    void badParametersAre400(String query) {
        assertError(400, "BadRequest", api.send(Requests.event("GET", "/articles", parse(query), Map.of())));
    }

    @Test
    void textOver200CharactersIs400() {
        assertEquals(200, api.get("/articles", "headline", "talks " + "x".repeat(194)).getStatusCode());
        assertError(400, "BadRequest", api.get("/articles", "headline", "talks " + "x".repeat(195)));
        assertError(400, "BadRequest", api.get("/articles", "person", "p".repeat(201)));
        assertError(400, "BadRequest", api.get("/people", "prefix", "p".repeat(201)));
    }

    @Test
    void aRangeOfExactly366DaysIsAllowed() {
        assertEquals(200, api.get("/articles", "from", "2022-01-01", "to", "2023-01-01").getStatusCode());
        assertError(400, "BadRequest", api.get("/articles", "from", "2022-01-01", "to", "2023-01-02"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/people|none", "/people|prefix=", "/people|prefix=--", "/people|prefix=a&x=1",
            "/ingest-errors|limit=500", "/ingest-errors|date=2022-01-01", "/articles/AAAAAAAAAAAAAAAA|fields=id"})
    void badParametersOnOtherRoutesAre400(String path, String query) {
        assertError(400, "BadRequest", api.send(Requests.event("GET", path, parse(query), Map.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "get"})
    void otherMethodsAre405WithAllow(String method) {
        for (String path : List.of("/articles", "/articles/" + CORPUS.get(0).id(), "/people", "/ingest-errors")) {
            APIGatewayV2HTTPResponse response = api.send(Requests.event(method, path, Map.of(), Map.of()));
            assertError(405, "MethodNotAllowed", response);
            assertEquals("GET, HEAD, OPTIONS", response.getHeaders().get("Allow"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/articles|date=2022-01-01", "/articles|person=Putin", "/people|prefix=a",
            "/ingest-errors|none", "/articles|date=2022-02-30", "/nowhere|none", "/articles/AAAAAAAAAAAAAAAA|none"})
    void headIsGetWithoutTheBody(String path, String query) {
        APIGatewayV2HTTPResponse get = api.send(Requests.event("GET", path, parse(query), Map.of()));
        APIGatewayV2HTTPResponse head = api.send(Requests.event("HEAD", path, parse(query), Map.of()));
        assertEquals(get.getStatusCode(), head.getStatusCode());
        assertEquals(get.getHeaders(), head.getHeaders());
        assertFalse(get.getBody().isEmpty());
        assertEquals("", head.getBody());
    }

    @Test
    void headOfAnArticleCarriesItsETagAndAnswers304() {
        String path = "/articles/" + CORPUS.get(9).id();
        APIGatewayV2HTTPResponse head = api.send(Requests.event("HEAD", path, Map.of(), Map.of()));
        assertEquals(200, head.getStatusCode());
        assertEquals(api.get(path).getHeaders().get("ETag"), head.getHeaders().get("ETag"));
        assertEquals(304, api.send(Requests.event("HEAD", path, Map.of(),
                Map.of("if-none-match", head.getHeaders().get("ETag")))).getStatusCode());
    }

    @Test
    void optionsNamesTheAllowedMethods() {
        for (String path : List.of("/articles", "/articles/" + CORPUS.get(0).id(), "/people", "/ingest-errors")) {
            APIGatewayV2HTTPResponse response = api.send(Requests.event("OPTIONS", path, Map.of(), Map.of()));
            assertEquals(204, response.getStatusCode());
            assertEquals("GET, HEAD, OPTIONS", response.getHeaders().get("Allow"));
            assertEquals("", response.getBody());
        }
        assertError(404, "NotFound", api.send(Requests.event("OPTIONS", "/nowhere", Map.of(), Map.of())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/people|prefix|' '|prefix: expected at least one letter or digit, got ' '",
            "/people|prefix|''|prefix: expected 1 to 200 characters, got 0",
            "/articles|headline|'%'|headline: expected at least one letter or digit, got '%'",
            "/articles|headline|'the of'|headline: expected at least one word that is not a short common word such as 'the' or 'of'",
            "/articles|person|'...'|person: expected a name with at least one letter or digit, got '...'",
            "/articles|headline|caf\uFFFD|headline: expected percent-encoded UTF-8, got bytes that are not UTF-8",
            "/people|prefix|\uFFFD|prefix: expected percent-encoded UTF-8, got bytes that are not UTF-8"})
    void errorMessagesSayWhatHappened(String path, String name, String value, String message) {
        APIGatewayV2HTTPResponse response = api.get(path, name, value);
        assertError(400, "BadRequest", response);
        assertEquals(message, body(response).get("error").get("message").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles/AAAAAAAAAAAAAAAA/extra", "/articles/a/b", "/articles/", "/articles//x"})
    void aPathBelowAnArticleIsAnUnknownPathNotAnUnknownId(String path) {
        APIGatewayV2HTTPResponse response = api.get(path);
        assertError(404, "NotFound", response);
        assertTrue(body(response).get("error").get("message").asText().startsWith("path: expected /articles"),
                response.getBody());
    }

    @Test
    void anUnknownIdSaysSo() {
        assertEquals("id: no article with that id",
                body(api.get("/articles/AAAAAAAAAAAAAAAA")).get("error").get("message").asText());
    }

    @Test
    void errorMessagesNameTheParameterAndNothingInternal() {
        APIGatewayV2HTTPResponse response = api.get("/articles", "date", "2022-02-30");
        assertEquals("date: expected a date that exists, got '2022-02-30'",
                body(response).get("error").get("message").asText());
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        assertEquals("unknown parameter 'colour': expected date, from, headline, limit, nextToken, person, to",
                body(api.get("/articles", "colour", "red")).get("error").get("message").asText());
    }

    @Test
    void aRequestWithoutHeadersQueryOrContextStillGetsJson() {
        APIGatewayV2HTTPEvent bare = APIGatewayV2HTTPEvent.builder().withRawPath("/articles").build();
        assertError(400, "BadRequest", api.send(bare));
        APIGatewayV2HTTPEvent nothing = new APIGatewayV2HTTPEvent();
        assertError(404, "NotFound", api.send(nothing));
    }

    @ParameterizedTest
    @CsvSource({"api-get-article.json,404", "api-list-by-date.json,200", "api-list-by-person.json,200",
            "api-search-headline.json,200", "api-bad-request.json,400"})
    void theSampleEventsAsTheLambdaRuntimeReadsThem(String file, int status) {
        APIGatewayV2HTTPEvent event = Events.fromFile(ROOT.resolve("events").resolve(file), APIGatewayV2HTTPEvent.class);
        APIGatewayV2HTTPResponse response = api.send(event);
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertNotNull(body(response));
    }

    @Test
    void theSampleHeadlineEventFindsTheCorpusHeadlines() {
        APIGatewayV2HTTPEvent event = Events.fromFile(ROOT.resolve("events/api-search-headline.json"),
                APIGatewayV2HTTPEvent.class);
        List<String> ids = ids(iterable(body(api.send(event)).get("items")));
        assertEquals(EXPECTED.byHeadline("ukraine talks", null, null).subList(0, ids.size()), ids);
    }

    private static LocalDate busiestDay() {
        return CORPUS.stream().map(Article::publishedDate).filter(d -> d != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static List<JsonNode> all(int limit, String... query) {
        return all("/articles", limit, query);
    }

    /** Every page of a list, following nextToken; each page at most {@code limit} items. */
    static List<JsonNode> all(Requests api, String path, int limit, String... query) {
        List<JsonNode> items = new ArrayList<>();
        String token = null;
        for (int pages = 1; pages == 1 || token != null; pages++) {
            assertTrue(pages < 1000, "the list ends");
            List<String> parameters = new ArrayList<>(Arrays.asList(query));
            parameters.addAll(List.of("limit", Integer.toString(limit)));
            if (token != null) {
                parameters.addAll(List.of("nextToken", token));
            }
            JsonNode page = body(ok(api.get(path, parameters.toArray(String[]::new))));
            assertTrue(page.get("items").size() <= limit);
            page.get("items").forEach(items::add);
            token = page.get("nextToken").isNull() ? null : page.get("nextToken").asText();
        }
        return items;
    }

    private static List<JsonNode> all(String path, int limit, String... query) {
        return all(api, path, limit, query);
    }

    static APIGatewayV2HTTPResponse ok(APIGatewayV2HTTPResponse response) {
        assertEquals(200, response.getStatusCode(), response.getBody());
        return response;
    }

    static void assertError(int status, String code, APIGatewayV2HTTPResponse response) {
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals("application/json", response.getHeaders().get("Content-Type"));
        JsonNode error = body(response).get("error");
        assertEquals(code, error.get("code").asText(), response.getBody());
        String message = error.get("message").asText();
        assertFalse(message.isBlank());
        for (String internal : List.of("Dynamo", "lpk", "lsk", "GSI", "Exception", "io.articles", "#")) {
            assertFalse(message.contains(internal), message);
        }
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        if (query == null || query.equals("none")) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals),
                    java.net.URLDecoder.decode(pair.substring(equals + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static List<String> ids(List<JsonNode> items) {
        List<String> ids = items.stream().map(item -> item.get("id").asText()).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no duplicates");
        return ids;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static List<String> texts(JsonNode array) {
        return iterable(array).stream().map(JsonNode::asText).toList();
    }
}
