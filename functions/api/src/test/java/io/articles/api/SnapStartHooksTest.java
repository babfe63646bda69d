package io.articles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articles.local.stack.LoopbackListener;
import io.articles.local.stack.StackEndpoints;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The CRaC hooks prime the API path without opening a single connection (it would be stale after restore). */
class SnapStartHooksTest {

    @Test
    void beforeCheckpointPrimesWithoutConnectingAndAfterRestoreIsQuiet() {
        try (LoopbackListener listener = new LoopbackListener()) {
            StackEndpoints endpoints = new StackEndpoints(listener.endpoint(), listener.endpoint());
            try (DynamoDbClient dynamoDb = endpoints.dynamoDbClient()) {
                ApiHandler handler = new ApiHandler(dynamoDb, "articles", "key");
                handler.beforeCheckpoint(null);
                handler.afterRestore(null);
            }
            assertEquals(0, listener.acceptedConnections());
        }
    }
}
