package io.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articles.local.StackEndpoints;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The CRaC hooks prime the ingest path without opening a single connection (it would be stale after restore). */
class SnapStartHooksTest {

    @Test
    void beforeCheckpointPrimesWithoutConnectingAndAfterRestoreIsQuiet() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            URI endpoint = URI.create("http://127.0.0.1:" + listener.getLocalPort());
            StackEndpoints endpoints = new StackEndpoints(endpoint, endpoint);
            try (S3Client s3 = endpoints.s3Client(); DynamoDbClient dynamoDb = endpoints.dynamoDbClient()) {
                IngestHandler handler = new IngestHandler(s3, dynamoDb,
                        new IngestSettings("articles", "articles/", ".txt", 1 << 20),
                        new PrintStream(OutputStream.nullOutputStream()));
                handler.beforeCheckpoint(null);
                handler.afterRestore(null);
            }
            listener.setSoTimeout(200);
            assertEquals(0, acceptedConnections(listener));
        }
    }

    static int acceptedConnections(ServerSocket listener) throws Exception {
        int accepted = 0;
        try {
            while (true) {
                listener.accept().close();
                accepted++;
            }
        } catch (SocketTimeoutException none) {
            return accepted;
        }
    }
}
