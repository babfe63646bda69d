package io.articles.local;

import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Counts the DynamoDB write requests a client sends, and the items they put, for the bulk ingest report. */
final class WriteCounter implements ExecutionInterceptor {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong itemsPut = new AtomicLong();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        Object request = context.request();
        if (request instanceof BatchWriteItemRequest batch) {
            requests.incrementAndGet();
            batch.requestItems().values().forEach(writes -> writes.stream().map(WriteRequest::putRequest)
                    .filter(put -> put != null).forEach(put -> itemsPut.incrementAndGet()));
        } else if (request instanceof PutItemRequest) {
            requests.incrementAndGet();
            itemsPut.incrementAndGet();
        } else if (request instanceof UpdateItemRequest || request instanceof DeleteItemRequest) {
            requests.incrementAndGet();
        }
    }

    long requests() {
        return requests.get();
    }

    long itemsPut() {
        return itemsPut.get();
    }
}
