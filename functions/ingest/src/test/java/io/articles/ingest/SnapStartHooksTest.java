package io.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articles.local.stack.LoopbackListener;
import io.articles.local.stack.StackEndpoints;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The CRaC hooks prime the ingest path without opening a single connection (it would be stale after restore). */
class SnapStartHooksTest {

    @Test
    void beforeCheckpointPrimesWithoutConnectingAndAfterRestoreIsQuiet() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            StackEndpoints endpoints = new StackEndpoints(listener.endpoint(), listener.endpoint());
            try (S3Client s3 = endpoints.s3Client(); DynamoDbClient dynamoDb = endpoints.dynamoDbClient()) {
                IngestHandler handler = new IngestHandler(s3, dynamoDb,
                        new IngestSettings("articles", "articles/", ".txt", 1 << 20),
                        new PrintStream(OutputStream.nullOutputStream()));
                handler.beforeCheckpoint(null);
                handler.afterRestore(null);
            }
            assertEquals(0, listener.acceptedConnections());
        }
    }
}
