package io.articles.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.articles.api.ApiHandler;
import io.articles.aws.ClientSettings;
import io.articles.ingest.IngestHandler;
import io.articles.local.stack.LocalContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * One cold start, for bench/cold-start: a fresh JVM does what a new Lambda container does, then prints the
 * milliseconds from {@code launchNanos} (the epoch nanoseconds when the script launched the JVM) to the return.
 * Modes: {@code ingest EVENT} and {@code api EVENT} run the real handler, built with its public no-arg constructor
 * from the environment as Lambda builds it, on the event file's bytes as the runtime passes them; their floors,
 * {@code ingest-floor} and {@code api-floor}, build the same SDK clients and make only the calls the path cannot
 * avoid (GetObject + PutItem; one Query).
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        long launched = Long.parseLong(args[0]);
        String mode = args[1];
        Path event = args.length > 2 ? Path.of(args[2]) : null;
        switch (mode) {
            case "ingest" -> invoke(new IngestHandler(), event, "IngestFunction");
            case "api" -> invoke(new ApiHandler(), event, "ApiFunction");
            case "ingest-floor" -> ingestFloor();
            case "api-floor" -> apiFloor();
            default -> throw new IllegalArgumentException("mode: expected ingest, api, ingest-floor or api-floor");
        }
        Instant now = Instant.now();
        long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano() - launched;
        System.out.println(mode + " " + nanos / 1_000_000.0);
    }

    /** As the Lambda runtime invokes a stream handler: the event's bytes in, the response's bytes out. */
    private static void invoke(RequestStreamHandler handler, Path event, String name) throws Exception {
        try (InputStream in = Files.newInputStream(event)) {
            handler.handleRequest(in, OutputStream.nullOutputStream(), new LocalContext(name, System.err));
        }
    }

    private static void ingestFloor() throws Exception {
        ClientSettings settings = ClientSettings.fromEnvironment(System.getenv());
        S3Client s3 = settings.configure(S3Client.builder())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
        DynamoDbClient dynamoDb = settings.configure(DynamoDbClient.builder()).build();
        try (InputStream body = s3.getObject(b -> b.bucket(System.getenv("BUCKET_NAME"))
                .key(System.getenv("FLOOR_KEY")))) {
            byte[] bytes = body.readAllBytes();
            dynamoDb.putItem(b -> b.tableName(System.getenv("TABLE_NAME")).item(Map.of(
                    "pk", AttributeValue.fromS("FLOOR"), "sk", AttributeValue.fromS("FLOOR"),
                    "bytes", AttributeValue.fromN(Integer.toString(bytes.length)))));
        }
    }

    private static void apiFloor() {
        DynamoDbClient dynamoDb = ClientSettings.fromEnvironment(System.getenv())
                .configure(DynamoDbClient.builder()).build();
        dynamoDb.query(b -> b.tableName(System.getenv("TABLE_NAME")).indexName("lookup")
                .keyConditionExpression("lpk = :p").expressionAttributeValues(Map.of(":p",
                        AttributeValue.fromS(System.getenv("FLOOR_PARTITION")))).scanIndexForward(false).limit(20));
    }
}
