package io.articles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articles.local.StackEndpoints;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The CRaC hooks prime the API path without opening a single connection (it would be stale after restore). */
class SnapStartHooksTest {

    @Test
    void beforeCheckpointPrimesWithoutConnectingAndAfterRestoreIsQuiet() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            URI endpoint = URI.create("http://127.0.0.1:" + listener.getLocalPort());
            try (DynamoDbClient dynamoDb = new StackEndpoints(endpoint, endpoint).dynamoDbClient()) {
                ApiHandler handler = new ApiHandler(dynamoDb, "articles", "key");
                handler.beforeCheckpoint(null);
                handler.afterRestore(null);
            }
            listener.setSoTimeout(200);
            int accepted = 0;
            try {
                while (true) {
                    listener.accept().close();
                    accepted++;
                }
            } catch (SocketTimeoutException none) {
                assertEquals(0, accepted);
            }
        }
    }
}
