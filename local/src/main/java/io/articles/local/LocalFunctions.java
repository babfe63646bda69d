package io.articles.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.articles.api.ApiHandler;
import io.articles.ingest.IngestHandler;
import io.articles.ingest.IngestSettings;
import io.articles.ingest.Reconciler;
import io.articles.article.ArticleParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Both functions wired to a local stack, as SAM would run them: the ingest handler behind the bucket's events,
 * the API handler behind HTTP. A failed ingest event is kept under {@code failedEventsDir} as the on-failure
 * destination would keep it.
 */
public final class LocalFunctions implements AutoCloseable {
    public static final String BUCKET = "articles-local";
    public static final String TABLE = "articles-local";
    private static final AtomicInteger FAILED = new AtomicInteger();

    private final S3Client s3;
    private final DynamoDbClient dynamoDb;
    private final IngestHandler ingest;
    private final IngestSettings ingestSettings;
    private final ApiHandler api;
    private final PrintStream log;
    private final Path failedEventsDir;

    public LocalFunctions(StackEndpoints stack, PrintStream log, Path failedEventsDir) {
        stack.createBucketAndTable(BUCKET, TABLE);
        this.s3 = stack.s3Client();
        this.dynamoDb = stack.dynamoDbClient();
        this.ingestSettings = new IngestSettings(TABLE, "articles/", ".txt", ArticleParser.DEFAULT_MAX_BYTES);
        this.ingest = new IngestHandler(s3, dynamoDb, ingestSettings, log);
        this.api = new ApiHandler(dynamoDb, TABLE);
        this.log = log;
        this.failedEventsDir = failedEventsDir;
    }

    public S3Client s3() {
        return s3;
    }

    public Map<String, Integer> ingest(S3Event event) {
        return ingest.handleRequest(event, new LocalContext("IngestFunction", log));
    }

    /** Ingests an event as the S3 trigger delivers it; a failure is logged and the event kept, never thrown. */
    public void deliver(String eventJson) {
        try {
            ingest(Events.fromJson(eventJson, S3Event.class));
        } catch (RuntimeException e) {
            log.println("{\"level\":\"ERROR\",\"message\":\"ingest failed: " + e.getClass().getSimpleName()
                    + "; event kept in " + failedEventsDir + "\"}");
            keep(eventJson);
        }
    }

    /** The reconciler over the local bucket and table. */
    public Reconciler reconciler() {
        return new Reconciler(s3, dynamoDb, ingestSettings, BUCKET);
    }

    public Path failedEventsDir() {
        return failedEventsDir;
    }

    public APIGatewayV2HTTPResponse api(APIGatewayV2HTTPEvent event) {
        return api.handleRequest(event, new LocalContext("ApiFunction", log));
    }

    @Override
    public void close() {
        s3.close();
        dynamoDb.close();
    }

    private void keep(String eventJson) {
        try {
            Files.createDirectories(failedEventsDir);
            // Named by time, then a counter: replay re-drives them oldest first, across runs.
            String name = String.format("%013d-%06d.json", System.currentTimeMillis(), FAILED.incrementAndGet());
            Files.writeString(failedEventsDir.resolve(name), eventJson, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.println("{\"level\":\"ERROR\",\"message\":\"cannot keep the failed event: " + e.getMessage() + "\"}");
        }
    }
}
