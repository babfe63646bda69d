package io.articles.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.local.stack.LocalAws;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's API examples, run as documented against what {@code make run} serves: the demo corpus in samples/
 * ingested through the real handler, the API over real HTTP. Each curl line of the examples block is run with curl
 * (with Java's HTTP client when curl is not installed), with the port and the placeholders filled in from the
 * answers before it; the status must be the one its comment names (200 when none), and a list must hold items.
 */
class ReadmeExamplesIntegrationTest {
    private static final Path ROOT = Path.of(System.getProperty("articles.root", "..")).toAbsolutePath().normalize();
    private static final String MARKER = "Examples, against `make run`";
    private static final Pattern URL = Pattern.compile("'http://127\\.0\\.0\\.1:3000([^']*)'");
    private static final Pattern HEADER = Pattern.compile("-H '([^:]+): ([^']*)'");
    private static final Pattern STATUS = Pattern.compile("#\\s*(\\d{3})");
    private static final Pattern NEXT_TOKEN = Pattern.compile("\"nextToken\":\"([^\"]+)\"");
    private static LocalAws stack;
    private static LocalFunctions functions;
    private static LocalServer server;
    private static int files;

    @BeforeAll
    static void makeRun(@TempDir Path failed) throws Exception {
        stack = LocalAws.start();
        functions = new LocalFunctions(stack.endpoints(), System.err, failed);
        List<Path> samples = ArticleFiles.expand(List.of(ROOT.resolve("samples").toString()));
        files = samples.size();
        Semaphore ingested = new Semaphore(0);
        stack.onS3Event(event -> {
            functions.deliver(event);
            ingested.release();
        });
        Uploads.upload(functions.s3(), samples, () -> { });
        assertTrue(ingested.tryAcquire(samples.size(), 120, TimeUnit.SECONDS), "every sample was ingested");
        server = LocalServer.start(0, functions::api);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (functions != null) {
            functions.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theDemoCorpusIsFortyArticlesOverTwelveMonthsAtLeast() throws Exception {
        assertTrue(files >= 41, files + " files");
        String body = get("/articles?from=2022-01-01&to=2022-12-31&limit=100").body();
        assertTrue(body.endsWith("\"nextToken\":null}"), body);
        long months = Pattern.compile("\"publishedDate\":\"(\\d{4}-\\d{2})").matcher(body).results()
                .map(m -> m.group(1)).distinct().count();
        assertEquals(12, months, "every month of 2022 has articles");
    }

    @Test
    void everyCurlExampleAnswersAsDocumented() throws Exception {
        List<String> examples = examples();
        assertTrue(examples.size() >= 10, examples.toString());
        String etag = null;
        String token = null;
        for (String example : examples) {
            String command = example.replace("ETAG-FROM-ABOVE", etag == null ? "" : etag.replace("\"", ""))
                    .replace("TOKEN-FROM-THE-PREVIOUS-PAGE", token == null ? "" : token);
            Matcher status = STATUS.matcher(command.substring(command.lastIndexOf('\'')));
            int expected = status.find() ? Integer.parseInt(status.group(1)) : 200;
            Response response = run(command);
            assertEquals(expected, response.status(), example + "\n" + response);
            if (response.headers().containsKey("etag")) {
                etag = response.headers().get("etag");
            }
            Matcher next = NEXT_TOKEN.matcher(response.body());
            token = next.find() ? next.group(1) : token;
            if (expected == 200 && !command.contains("curl -I")) {
                assertFalse(response.body().contains("\"items\":[]"), "answers with data: " + example);
                assertTrue(response.body().startsWith("{"), response.toString());
            }
            if (expected >= 400) {
                assertTrue(response.body().startsWith("{\"error\":{"), response.toString());
            }
        }
    }

    @Test
    void theReadmesArticleIdIsTheOneParseAndIngestionGive() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String id = ParseCommand.id(ROOT.resolve("samples/amman-water-summit.txt"));
        assertTrue(readme.contains("{\"id\": \"" + id + "\""), "the article example shows " + id);
        assertTrue(readme.contains("/articles/" + id + "'"), "the curl examples use " + id);
        assertEquals(200, get("/articles/" + id).statusCode());
    }

    /** The curl lines of the README's examples block, in order. */
    private static List<String> examples() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        int start = 0;
        while (!lines.get(start).startsWith(MARKER)) {
            start++;
        }
        while (!lines.get(start).startsWith("```sh")) {
            start++;
        }
        List<String> examples = new ArrayList<>();
        for (int i = start + 1; !lines.get(i).startsWith("```"); i++) {
            if (lines.get(i).startsWith("curl ")) {
                examples.add(lines.get(i));
            }
        }
        return examples;
    }

    private record Response(int status, Map<String, String> headers, String body) {
    }

    private static Response run(String command) throws Exception {
        String local = command.replace("127.0.0.1:3000", "127.0.0.1:" + server.port());
        return curlInstalled() ? curl(local) : javaClient(local);
    }

    /** The command as documented, with -s -i so the status and headers come back too. */
    private static Response curl(String command) throws Exception {
        Process curl = new ProcessBuilder("bash", "-c", command.replaceFirst("^curl ", "curl -s -S -i ")
                .replaceFirst("\\s+#.*$", "")).redirectErrorStream(true).start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(curl.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, curl.exitValue(), output);
        String[] parts = output.split("\r\n\r\n", 2);
        String[] head = parts[0].split("\r\n");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).toLowerCase(), head[i].substring(colon + 1).strip());
        }
        return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, parts.length > 1 ? parts[1] : "");
    }

    /** Without curl: the same request (URL, -H headers, -I for HEAD) through Java's client. */
    private static Response javaClient(String command) throws Exception {
        Matcher url = URL.matcher(command.replace("127.0.0.1:" + server.port(), "127.0.0.1:3000"));
        assertTrue(url.find(), command);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + url.group(1)));
        Matcher header = HEADER.matcher(command);
        while (header.find()) {
            request.header(header.group(1), header.group(2));
        }
        if (command.startsWith("curl -I")) {
            request.method("HEAD", HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        return new Response(response.statusCode(), headers, response.body());
    }

    private static boolean curlInstalled() {
        try {
            return new ProcessBuilder("curl", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotNull(response.body());
        return response;
    }
}
