package io.articles.ingest;

import io.articles.aws.DynamoDbArticleStore;
import io.articles.json.JsonTree;
import io.articles.local.stack.LocalAws;
import io.articles.local.stack.LocalContext;
import io.articles.store.ArticleStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The ingest handler on the real emulators, with a table of its own per test: upload objects, deliver S3 events
 * (as AWS shapes them, keys URL-encoded) in any order, read the table back.
 */
final class IngestBed implements AutoCloseable {
    static final String BUCKET = "ingest-tests";
    private static final AtomicInteger TABLES = new AtomicInteger();

    final String table = "articles-" + TABLES.incrementAndGet();
    final S3Client s3;
    final DynamoDbClient dynamoDb;
    final ArticleStore store;
    final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private final IngestHandler handler;

    IngestBed(LocalAws stack, IngestSettings settings) {
        stack.endpoints().createBucketAndTable(BUCKET, table);
        s3 = stack.endpoints().s3Client();
        dynamoDb = stack.endpoints().dynamoDbClient();
        store = new DynamoDbArticleStore(dynamoDb, table);
        handler = new IngestHandler(s3, dynamoDb, settingsFor(settings), new PrintStream(logs, true, StandardCharsets.UTF_8));
    }

    IngestBed(LocalAws stack) {
        this(stack, null);
    }

    private IngestSettings settingsFor(IngestSettings settings) {
        return settings == null ? new IngestSettings(table, "articles/", ".txt", 5 * 1024 * 1024)
                : new IngestSettings(table, settings.prefix(), settings.suffix(), settings.maxBytes());
    }

    void upload(String key, String text) {
        upload(key, text.getBytes(StandardCharsets.UTF_8));
    }

    void upload(String key, byte[] bytes) {
        s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes));
    }

    void deleteObject(String key) {
        s3.deleteObject(b -> b.bucket(BUCKET).key(key));
    }

    /** Through the handler as Lambda runs it: the event as JSON in, the outcome counts out. */
    Map<String, Integer> deliver(String event) {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), response,
                    new LocalContext("IngestFunction", new PrintStream(logs, true, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> counts = new TreeMap<>();
        JsonTree.object(JsonTree.read(new ByteArrayInputStream(response.toByteArray())), "response")
                .forEach((name, count) -> counts.put(name, ((Number) count).intValue()));
        return counts;
    }

    /** Delivers the created event S3 sends for the object as it is now (its real ETag). */
    Map<String, Integer> created(String key, long sequencer) {
        return deliver(createdEvent(key, sequencer));
    }

    /** The created event S3 sends for the object as it is now. */
    String createdEvent(String key, long sequencer) {
        return event("ObjectCreated:Put", key, sequencer, eTag(key));
    }

    private String eTag(String key) {
        try {
            return s3.headObject(b -> b.bucket(BUCKET).key(key)).eTag().replace("\"", "");
        } catch (NoSuchKeyException gone) {
            return "d41d8cd98f00b204e9800998ecf8427e";
        }
    }

    Map<String, Integer> removed(String key, long sequencer) {
        return deliver(event("ObjectRemoved:Delete", key, sequencer));
    }

    /** An S3 event as AWS sends it: key form-encoded, sequencer hex. */
    static String event(String eventName, String key, long sequencer) {
        return event(eventName, key, sequencer, "0123456789abcdef0123456789abcdef");
    }

    static String event(String eventName, String key, long sequencer, String eTag) {
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
        return """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
                 "eventTime":"2026-11-29T00:00:00.000Z","eventName":"%s",
                 "userIdentity":{"principalId":"AWS:EXAMPLE"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},
                 "responseElements":{"x-amz-request-id":"EXAMPLE","x-amz-id-2":"EXAMPLE"},
                 "s3":{"s3SchemaVersion":"1.0","configurationId":"ingest",
                  "bucket":{"name":"%s","ownerIdentity":{"principalId":"EXAMPLE"},"arn":"arn:aws:s3:::%s"},
                  "object":{"key":"%s","size":100,"eTag":"%s","sequencer":"%s"}}}]}
                """.formatted(eventName, BUCKET, BUCKET, encoded, eTag, Long.toHexString(sequencer).toUpperCase());
    }

    /** Every item of the table, keyed "pk|sk", without the attributes that differ between runs (time). */
    Map<String, Map<String, AttributeValue>> items() {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        dynamoDb.scanPaginator(b -> b.tableName(table)).items().forEach(item -> {
            Map<String, AttributeValue> stable = new TreeMap<>(item);
            stable.remove("ingestedAt");
            stable.remove("expiresAt");
            items.put(item.get("pk").s() + "|" + item.get("sk").s(), stable);
        });
        return items;
    }

    /** The sort keys in one article's partition. */
    List<String> sortKeys(String id) {
        List<String> keys = new ArrayList<>();
        items().keySet().stream().filter(k -> k.startsWith("A#" + id + "|")).forEach(k -> keys.add(k.substring(k.indexOf('|') + 1)));
        return keys;
    }

    String logs() {
        return logs.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        s3.close();
        dynamoDb.close();
    }
}
