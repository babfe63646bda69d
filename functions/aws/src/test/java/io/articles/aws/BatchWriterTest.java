package io.articles.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Unit: BatchWriter against a stub client that leaves items unprocessed, as a throttled table does. */
class BatchWriterTest {

    @Test
    void writesInChunksOfTwentyFive() {
        StubClient client = new StubClient(0);
        new BatchWriter(client, "t").write(requests(60));
        assertEquals(List.of(25, 25, 10), client.sizes);
    }

    @Test
    void resendsUnprocessedItemsUntilTheyAreWritten() {
        StubClient client = new StubClient(2);
        new BatchWriter(client, "t").write(requests(3));
        assertEquals(List.of(3, 1, 1), client.sizes, "each answer leaves one item for the next attempt");
    }

    @Test
    void givesUpWithAnExceptionSoTheEventIsRetried() {
        StubClient client = new StubClient(Integer.MAX_VALUE);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BatchWriter(client, "t").write(requests(2)));
        assertEquals("DynamoDB left 1 writes unprocessed after 8 attempts", e.getMessage());
    }

    private static List<WriteRequest> requests(int count) {
        List<WriteRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("p" + i));
            requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        return requests;
    }

    /** Leaves the last item of each batch unprocessed, {@code throttled} times. */
    private static final class StubClient implements DynamoDbClient {
        final List<Integer> sizes = new ArrayList<>();
        private int throttled;

        StubClient(int throttled) {
            this.throttled = throttled;
        }

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            List<WriteRequest> batch = request.requestItems().get("t");
            sizes.add(batch.size());
            if (throttled-- > 0) {
                return BatchWriteItemResponse.builder()
                        .unprocessedItems(Map.of("t", List.of(batch.get(batch.size() - 1)))).build();
            }
            return BatchWriteItemResponse.builder().unprocessedItems(Map.of()).build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }
}
