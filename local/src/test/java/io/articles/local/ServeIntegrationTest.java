package io.articles.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.article.Article;
import io.articles.article.ArticleId;
import io.articles.article.ArticleJson;
import io.articles.aws.DynamoDbArticleStore;
import io.articles.local.stack.LocalAws;
import io.articles.people.Person;
import io.articles.store.ArticleStore;
import io.articles.store.Rejection;
import io.articles.store.Sequencer;
import io.articles.store.SourceObject;
import io.articles.store.StoredArticle;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code articles-local serve}'s HTTP front end answers the API's requests over real HTTP, as API Gateway would. */
class ServeIntegrationTest {
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern NEXT_TOKEN = Pattern.compile("\"nextToken\":\"([^\"]+)\"");
    private static final int ARTICLES = 25;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalAws stack;
    private static LocalFunctions functions;
    private static LocalServer server;

    @BeforeAll
    static void serve(@TempDir Path failed) {
        stack = LocalAws.start();
        functions = new LocalFunctions(stack.endpoints(), System.err, failed);
        server = LocalServer.start(0, functions::api);
        try (DynamoDbClient client = stack.endpoints().dynamoDbClient()) {
            ArticleStore store = new DynamoDbArticleStore(client, LocalFunctions.TABLE);
            for (int n = 0; n < ARTICLES; n++) {
                Article article = article(n);
                store.put(new StoredArticle(article, ArticleJson.write(article), source("story-" + n), "0".repeat(64),
                        Instant.now()));
            }
            store.reject(new Rejection(ArticleId.of("serve", "empty"), source("empty"), "EMPTY", Instant.now()));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        functions.close();
        stack.close();
    }

    @Test
    void anArticleWithItsETagAndThen304() throws Exception {
        String path = "/articles/" + article(3).id();
        HttpResponse<String> response = get(path);
        assertJson(200, response);
        assertEquals(ArticleJson.write(article(3)), response.body());
        assertEquals("public, max-age=300", response.headers().firstValue("Cache-Control").orElseThrow());
        String etag = response.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void listsPageOverHttpWithoutGapsOrDuplicates() throws Exception {
        List<String> ids = ids("/articles?from=2022-01-01&to=2022-03-31&limit=4");
        assertEquals(ARTICLES, ids.size());
        assertEquals(ARTICLES, new HashSet<>(ids).size());
    }

    @Test
    void personHeadlinePeopleAndIngestErrorsAnswer() throws Exception {
        assertEquals(13, ids("/articles?person=putin&limit=100").size());
        assertEquals(List.of(article(5).id()),
                ids("/articles?headline=" + URLEncoder.encode("Water TALKS!", StandardCharsets.UTF_8)));
        HttpResponse<String> people = get("/people?prefix=vla");
        assertJson(200, people);
        assertEquals("{\"items\":[{\"name\":\"Vladimir Putin\",\"articles\":13}],\"nextToken\":null}", people.body());
        HttpResponse<String> errors = get("/ingest-errors");
        assertJson(200, errors);
        assertTrue(errors.body().contains("\"reason\":\"EMPTY\""), errors.body());
        assertEquals("no-store", errors.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void errorsAreJsonWithCorsToo() throws Exception {
        assertJson(400, get("/articles?date=2022-02-30"));
        assertJson(400, get("/articles?date=2022-01-01&date=2022-01-02"));
        assertJson(400, get("/articles?person=Putin&nextToken=forged"));
        assertJson(404, get("/nowhere"));
        assertJson(404, get("/articles/AAAAAAAAAAAAAAAA"));
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertJson(405, post);
        assertEquals("GET, HEAD, OPTIONS", post.headers().firstValue("Allow").orElseThrow());
        assertJson(200, get("/articles?date=2022-01-01"));
    }

    @Test
    void headIsGetWithoutTheBody() throws Exception {
        for (String path : List.of("/articles?date=2022-01-04", "/articles/" + article(3).id(), "/people?prefix=vla",
                "/ingest-errors", "/articles?date=2022-02-30", "/nowhere")) {
            HttpResponse<String> get = get(path);
            HttpResponse<String> head = send(HttpRequest.newBuilder(uri(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(get.statusCode(), head.statusCode(), path);
            for (String name : List.of("Content-Type", "Cache-Control", "ETag", "Access-Control-Allow-Origin")) {
                assertEquals(get.headers().firstValue(name), head.headers().firstValue(name), path + " " + name);
            }
            assertEquals("", head.body());
        }
    }

    @Test
    void optionsWithoutCorsNamesTheAllowedMethods() throws Exception {
        HttpResponse<String> options = send(HttpRequest.newBuilder(uri("/articles"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, options.statusCode());
        assertEquals("GET, HEAD, OPTIONS", options.headers().firstValue("Allow").orElseThrow());
    }

    /** Targets no URI parser takes (the JDK's server answered them with an HTML 400), sent over a raw socket. */
    @Test
    void malformedEscapesAndBytesThatAreNotUtf8GetTheApisJson() throws Exception {
        RawResponse zz = raw("/articles?headline=%ZZ");
        assertEquals(200, zz.status(), zz.toString()); // kept as sent, as API Gateway does: the word "zz"
        assertRawJson(zz);
        RawResponse percent = raw("/articles?headline=%");
        assertEquals(400, percent.status(), percent.toString());
        assertRawJson(percent);
        assertTrue(percent.body().contains("headline: expected at least one letter or digit, got '%'"), percent.body());
        RawResponse notUtf8 = raw("/articles?headline=caf%E9");
        assertEquals(400, notUtf8.status());
        assertRawJson(notUtf8);
        assertTrue(notUtf8.body().contains("headline: expected percent-encoded UTF-8"), notUtf8.body());
        RawResponse spaces = raw("/people?prefix=%20");
        assertTrue(spaces.body().contains("prefix: expected at least one letter or digit, got ' '"), spaces.body());
        RawResponse garbage = rawLine("NOT A REQUEST LINE AT ALL");
        assertEquals(400, garbage.status());
        assertRawJson(garbage);
    }

    @Test
    void aPathBelowAnArticleIsAnUnknownPath() throws Exception {
        HttpResponse<String> response = get("/articles/" + article(3).id() + "/extra");
        assertJson(404, response);
        assertTrue(response.body().contains("path: expected /articles"), response.body());
    }

    @Test
    void compoundSurnamesFindTheirPerson() throws Exception {
        for (String query : List.of("Thomas-Greenfield", "Greenfield", "Linda%20Thomas-Greenfield", "de%20la%20Cruz",
                "Cruz", "van%20Dijk")) {
            assertFalse(ids("/articles?person=" + query).isEmpty(), query);
        }
    }

    private record RawResponse(int status, Map<String, String> headers, String body) {
    }

    private static RawResponse raw(String target) throws IOException {
        return rawLine("GET " + target + " HTTP/1.1");
    }

    private static RawResponse rawLine(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String[] response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .split("\r\n\r\n", 2);
            String[] lines = response[0].split("\r\n");
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                headers.put(lines[i].substring(0, lines[i].indexOf(':')), lines[i].substring(lines[i].indexOf(':') + 1)
                        .strip());
            }
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    response.length > 1 ? response[1] : "");
        }
    }

    private static void assertRawJson(RawResponse response) {
        assertEquals("application/json", response.headers().get("Content-Type"), response.toString());
        assertEquals("*", response.headers().get("Access-Control-Allow-Origin"), response.toString());
        if (response.status() != 200) {
            assertEquals("no-store", response.headers().get("Cache-Control"), response.toString());
            assertTrue(response.body().startsWith("{\"error\":{\"code\":\"BadRequest\""), response.body());
        }
    }

    @Test
    void preflightIsAnsweredAsTheTemplateConfiguresCors() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/articles"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example").header("Access-Control-Request-Method", "GET").build());
        assertEquals(204, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("GET"));
    }

    /** The ids on every page of a list, following nextToken. */
    private static List<String> ids(String pathAndQuery) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            HttpResponse<String> response = get(pathAndQuery
                    + (token == null ? "" : "&nextToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
            assertJson(200, response);
            ID.matcher(response.body()).results().forEach(id -> ids.add(id.group(1)));
            Matcher next = NEXT_TOKEN.matcher(response.body());
            token = next.find() ? next.group(1) : null;
        } while (token != null);
        return ids;
    }

    private static void assertJson(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(response.body().startsWith(status == 200 ? "{" : "{\"error\":{\"code\":"), response.body());
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertNotNull(response.body());
        return response;
    }

    private static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** Invented articles: every other one names Vladimir Putin; dates over the first quarter of 2022. */
    private static Article article(int n) {
        LocalDate date = LocalDate.of(2022, 1, 1).plusDays(n * 3L);
        List<Person> people = n % 2 == 0 ? List.of(new Person("Vladimir Putin", 2, List.of("President")))
                : n == 7 ? List.of(new Person("Linda Thomas-Greenfield", 1, List.of()),
                        new Person("Maria de la Cruz", 1, List.of()), new Person("Pieter van Dijk", 1, List.of()))
                : List.of();
        String headline = n == 5 ? "Water talks in Amman end with a plan" : "Story " + n + " of the quarter";
        return Article.builder().id(ArticleId.of("serve", "story-" + n)).headline(headline).byline("By AFP")
                .agency("AFP").publishedDate(date).updatedDate(date).dateSource(Article.DATE_FROM_TEXT)
                .dateline("AMMAN").people(people).language("en").build();
    }

    private static SourceObject source(String key) {
        return new SourceObject("serve", key, null, "etag", 1, Sequencer.normalise("1"));
    }
}
