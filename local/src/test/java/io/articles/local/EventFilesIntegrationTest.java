package io.articles.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.articles.local.stack.Events;
import io.articles.local.stack.LocalAws;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Every file in events/ runs through {@code articles-local invoke}, as {@code sam local invoke -e} would: the S3
 * events against objects put in the local bucket first, the API events against what they ingested.
 */
class EventFilesIntegrationTest {
    private static final Path ROOT = Path.of(System.getProperty("articles.root", "..")).toAbsolutePath().normalize();
    private static final Path EVENTS = ROOT.resolve("events");

    @TempDir
    static Path data;

    @BeforeAll
    static void putTheObjectsTheEventsName() throws IOException {
        try (LocalAws stack = LocalAws.start(data, LocalAws.Ports.ANY); S3Client s3 = stack.endpoints().s3Client()) {
            stack.endpoints().createBucketAndTable(LocalFunctions.BUCKET, LocalFunctions.TABLE);
            for (Path file : eventFiles("s3-")) {
                for (S3EventNotificationRecord record : Events.fromFile(file, S3Event.class).getRecords()) {
                    String key = URLDecoder.decode(record.getS3().getObject().getKey(), StandardCharsets.UTF_8);
                    s3.putObject(b -> b.bucket(LocalFunctions.BUCKET).key(key),
                            RequestBody.fromFile(ROOT.resolve("samples/amman-water-summit.txt")));
                }
            }
        }
    }

    @Test
    void everyEventFileInvokesItsFunction() throws IOException {
        assertInvokes("s3-put-seed.json", "{\"written\":1,");
        assertInvokes("s3-put-encoded-key.json", "{\"written\":1,");
        assertInvokes("api-get-article.json", "{\"statusCode\":200,");
        assertInvokes("api-list-by-date.json", "{\"statusCode\":200,");
        assertInvokes("api-bad-request.json", "{\"statusCode\":400,");
        assertInvokes("s3-delete-seed.json", "\"removed\":1,");
        assertInvokes("api-get-article.json", "{\"statusCode\":404,");
        for (Path file : eventFiles("")) {
            CommandLine result = invoke(file);
            assertEquals(0, result.exitCode(), file + ": " + result.err());
        }
    }

    private static void assertInvokes(String eventFile, String expected) {
        CommandLine result = invoke(EVENTS.resolve(eventFile));
        assertEquals(0, result.exitCode(), eventFile + ": " + result.err());
        assertTrue(result.out().contains(expected), eventFile + " printed " + result.out());
    }

    private static CommandLine invoke(Path event) {
        String function = event.getFileName().toString().startsWith("s3-") ? "ingest" : "api";
        return CommandLine.run("invoke", function, "-e", event.toString(), "--data", data.toString());
    }

    private static List<Path> eventFiles(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(EVENTS)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }
}
