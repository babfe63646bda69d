package io.articles.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.articles.article.ArticleId;
import io.articles.local.stack.Events;
import io.articles.local.stack.LocalAws;
import io.articles.local.stack.LocalAwsExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** An upload travels S3 -> ingest function -> DynamoDB -> API function, on the real emulators. */
@ExtendWith(LocalAwsExtension.class)
class EndToEndIntegrationTest {
    private static final Path ROOT = Path.of(System.getProperty("articles.root", "..")).toAbsolutePath().normalize();
    private static final LinkedBlockingQueue<String> DELIVERED = new LinkedBlockingQueue<>();
    private static LocalFunctions functions;

    @BeforeAll
    static void wireFunctions(LocalAws stack, @TempDir Path failed) {
        functions = new LocalFunctions(stack.endpoints(), System.err, failed);
        stack.onS3Event(event -> {
            functions.deliver(event);
            DELIVERED.add(event);
        });
    }

    @AfterAll
    static void closeFunctions() {
        functions.close();
    }

    @Test
    void seedArticleIsFoundByIdDatePersonAndHeadlineThroughTheApi() throws Exception {
        Path seed = ROOT.resolve("../shared/seed/article-seed.txt");
        assumeTrue(Files.isRegularFile(seed), "the seed article is not here");
        upload("articles/article-seed.txt", seed);

        APIGatewayV2HTTPResponse byId = api("api-get-article.json");
        assertEquals(200, byId.getStatusCode(), byId.getBody());
        assertTrue(byId.getBody().contains("\"headline\":\"Russia, US to hold new Ukraine crisis talks after key UN session\""),
                byId.getBody());

        String id = ArticleId.of(LocalFunctions.BUCKET, "articles/article-seed.txt");
        for (String lookup : List.of("api-list-by-date.json", "api-list-by-person.json")) {
            APIGatewayV2HTTPResponse page = api(lookup);
            assertEquals(200, page.getStatusCode(), lookup + ": " + page.getBody());
            assertTrue(page.getBody().contains(id), lookup + ": " + page.getBody());
        }
        // A headline search reads exact matches first (none here), then the words' matches, on the same page.
        APIGatewayV2HTTPResponse words = api("api-search-headline.json");
        assertTrue(words.getBody().contains(id), words.getBody());
        assertTrue(words.getBody().endsWith("\"nextToken\":null}"), words.getBody());
        assertTrue(byId.getBody().contains("{\"name\":\"Vladimir Putin\""), byId.getBody());
    }

    @Test
    void keyWithSpacesArabicAndEmojiIsDecodedBeforeReading() throws Exception {
        String key = "articles/2023/water talks عمان café 🌊.txt";
        upload(key, ROOT.resolve("samples/amman-water-summit.txt"));

        APIGatewayV2HTTPResponse response = get("/articles/" + ArticleId.of(LocalFunctions.BUCKET, key), Map.of());
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertTrue(response.getBody().contains("water-sharing talks"), response.getBody());
    }

    @Test
    void unknownRouteIsJson404() {
        APIGatewayV2HTTPResponse response = get("/nowhere", Map.of());
        assertEquals(404, response.getStatusCode());
        assertTrue(response.getBody().startsWith("{\"error\":{\"code\":\"NotFound\""), response.getBody());
    }

    private static void upload(String key, Path file) throws InterruptedException {
        DELIVERED.clear();
        functions.s3().putObject(b -> b.bucket(LocalFunctions.BUCKET).key(key), RequestBody.fromFile(file));
        assertNotNull(DELIVERED.poll(30, TimeUnit.SECONDS), "no S3 event for " + key);
    }

    private static APIGatewayV2HTTPResponse api(String eventFile) {
        return functions.api(Events.fromFile(ROOT.resolve("events").resolve(eventFile), APIGatewayV2HTTPEvent.class));
    }

    private static APIGatewayV2HTTPResponse get(String path, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withRawPath(path)
                .withQueryStringParameters(query)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path).build())
                        .build())
                .build();
        return functions.api(event);
    }

}
