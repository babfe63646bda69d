package io.articles.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.articles.api.ApiHandler;
import io.articles.article.ArticleParser;
import io.articles.ingest.IngestHandler;
import io.articles.ingest.IngestSettings;
import io.articles.ingest.Reconciler;
import io.articles.json.JsonWriter;
import io.articles.local.stack.Events;
import io.articles.local.stack.LocalContext;
import io.articles.local.stack.StackEndpoints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final WriteCounter writes = new WriteCounter();

    public LocalFunctions(StackEndpoints stack, PrintStream log, Path failedEventsDir) {
        stack.createBucketAndTable(BUCKET, TABLE);
        this.s3 = stack.s3Client();
        this.dynamoDb = stack.dynamoDbClient(writes);
        this.ingestSettings = new IngestSettings(TABLE, "articles/", ".txt", ArticleParser.DEFAULT_MAX_BYTES);
        this.ingest = new IngestHandler(s3, dynamoDb, ingestSettings, log);
        this.api = new ApiHandler(dynamoDb, TABLE);
        this.log = log;
        this.failedEventsDir = failedEventsDir;
    }

    public S3Client s3() {
        return s3;
    }

    /** Runs the ingest handler on an event (JSON, as Lambda delivers it); answers its response JSON. */
    public String ingest(byte[] event) {
        return invoke(ingest, event, "IngestFunction");
    }

    /** Runs the API handler on an event (JSON, as Lambda delivers it); answers its response JSON. */
    public String api(byte[] event) {
        return invoke(api, event, "ApiFunction");
    }

    /** Ingests an event as the S3 trigger delivers it; a failure is logged and the event kept, never thrown. */
    public void deliver(String eventJson) {
        try {
            ingest(eventJson.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            logError("ingest failed: " + e.getClass().getSimpleName() + "; event kept in " + failedEventsDir);
            keep(eventJson);
        }
    }

    /** The reconciler over the local bucket and table. */
    public Reconciler reconciler() {
        return new Reconciler(s3, dynamoDb, ingestSettings, BUCKET);
    }

    /** The DynamoDB write requests the functions have sent so far. */
    WriteCounter writes() {
        return writes;
    }

    public Path failedEventsDir() {
        return failedEventsDir;
    }

    /** The API handler for typed events, as the local HTTP server and tests build them. */
    public APIGatewayV2HTTPResponse api(APIGatewayV2HTTPEvent event) {
        String response = api(Events.toJson(event, APIGatewayV2HTTPEvent.class).getBytes(StandardCharsets.UTF_8));
        return Events.fromJson(response, APIGatewayV2HTTPResponse.class);
    }

    private String invoke(RequestStreamHandler handler, byte[] event, String functionName) {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), response, new LocalContext(functionName, log));
        } catch (IOException e) {
            throw new UncheckedIOException(functionName + " failed to read its event or write its response", e);
        }
        return response.toString(StandardCharsets.UTF_8);
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
            logError("cannot keep the failed event: " + e.getMessage());
        }
    }

    private void logError(String message) {
        log.println(JsonWriter.write(json -> {
            json.writeStartObject();
            json.writeStringField("level", "ERROR");
            json.writeStringField("message", message);
            json.writeEndObject();
        }));
    }
}
