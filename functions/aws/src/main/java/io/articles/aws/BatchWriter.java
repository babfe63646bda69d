package io.articles.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem in chunks of 25, re-sending {@code UnprocessedItems} with exponential backoff. What is still
 * unprocessed after the last attempt is an exception: the invocation fails and Lambda retries the whole event.
 */
final class BatchWriter {
    static final int BATCH_SIZE = 25;
    private static final int MAX_ATTEMPTS = 8;
    private static final long FIRST_BACKOFF_MILLIS = 25;

    private final DynamoDbClient dynamoDb;
    private final String table;

    BatchWriter(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    void write(List<WriteRequest> requests) {
        for (int start = 0; start < requests.size(); start += BATCH_SIZE) {
            writeBatch(requests.subList(start, Math.min(requests.size(), start + BATCH_SIZE)));
        }
    }

    private void writeBatch(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, new ArrayList<>(batch));
        for (int attempt = 1; ; attempt++) {
            BatchWriteItemResponse response = dynamoDb.batchWriteItem(
                    BatchWriteItemRequest.builder().requestItems(pending).build());
            Map<String, List<WriteRequest>> unprocessed = response.unprocessedItems();
            if (unprocessed == null || unprocessed.isEmpty()) {
                return;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("DynamoDB left " + unprocessed.get(table).size()
                        + " writes unprocessed after " + MAX_ATTEMPTS + " attempts");
            }
            pending = unprocessed;
            pause(attempt);
        }
    }

    private static void pause(int attempt) {
        long ceiling = FIRST_BACKOFF_MILLIS << Math.min(attempt, 6);
        try {
            Thread.sleep(ceiling / 2 + (long) (Math.random() * ceiling / 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off a batch write", e);
        }
    }
}
