package io.articles.aws;

import static io.articles.aws.Items.s;
import static io.articles.aws.Table.*;
import static io.articles.store.ArticleIndex.ARTICLE_ITEM;
import static io.articles.store.ArticleIndex.articlePartition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads an article's partition back (strongly consistent) and makes its index items exactly what the article item
 * implies. Normally there is nothing to do and this costs one query. Its writes are conditional, so a repair that
 * read an older state never undoes a newer writer's work: puts only over items no newer than the article, deletes
 * only of the very item version it saw.
 */
final class PartitionRepair {
    private static final List<String> READ = List.of(PARTITION_KEY, SORT_KEY, LOOKUP_PARTITION_KEY, LOOKUP_SORT_KEY,
            SEQUENCER, DELETED, INDEX_ENTRIES, ARTICLE_ID, HEADLINE, PUBLISHED, AGENCY, PEOPLE, WORDS, HEADLINE_KEY,
            OBJECT_KEY, REASON, INGESTED_AT, WARNINGS);

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String id;

    PartitionRepair(DynamoDbClient dynamoDb, String table, String id) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.id = id;
    }

    /** Returns how many items differ from what the article implies; repairs them when {@code fix}. */
    int run(boolean fix) {
        Map<String, Map<String, AttributeValue>> actual = readIndexItems();
        Map<String, AttributeValue> article = actual.remove(ARTICLE_ITEM);
        Map<String, Map<String, AttributeValue>> expected = IndexItems.expected(article == null ? Map.of() : article);
        int changed = 0;
        for (Map.Entry<String, Map<String, AttributeValue>> item : actual.entrySet()) {
            Map<String, AttributeValue> wanted = expected.get(item.getKey());
            if (wanted == null) {
                changed += fix ? deleteIfUnchanged(item.getValue()) : 1;
            } else if (!wanted.equals(item.getValue())) {
                changed += fix ? putIfNotNewer(wanted) : 1;
            }
        }
        for (Map.Entry<String, Map<String, AttributeValue>> item : expected.entrySet()) {
            if (!actual.containsKey(item.getKey())) {
                changed += fix ? putIfNotNewer(item.getValue()) : 1;
            }
        }
        return changed;
    }

    private Map<String, Map<String, AttributeValue>> readIndexItems() {
        Map<String, String> names = new HashMap<>();
        StringBuilder projection = new StringBuilder();
        for (int i = 0; i < READ.size(); i++) {
            names.put("#a" + i, READ.get(i));
            projection.append(i == 0 ? "" : ",").append("#a").append(i);
        }
        QueryRequest request = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#a0 = :pk")
                .expressionAttributeNames(names)
                .expressionAttributeValues(Map.of(":pk", s(articlePartition(id))))
                .projectionExpression(projection.toString())
                .consistentRead(true)
                .build();
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        for (QueryResponse page : dynamoDb.queryPaginator(request)) {
            for (Map<String, AttributeValue> item : page.items()) {
                items.put(item.get(SORT_KEY).s(), item);
            }
        }
        return items;
    }

    private int putIfNotNewer(Map<String, AttributeValue> item) {
        return conditionally(() -> dynamoDb.putItem(b -> b.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(#pk) OR #seq <= :seq")
                .expressionAttributeNames(Map.of("#pk", PARTITION_KEY, "#seq", SEQUENCER))
                .expressionAttributeValues(Map.of(":seq", item.get(SEQUENCER)))));
    }

    private int deleteIfUnchanged(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = Map.of(PARTITION_KEY, item.get(PARTITION_KEY), SORT_KEY, item.get(SORT_KEY));
        AttributeValue sequencer = item.getOrDefault(SEQUENCER, s(""));
        return conditionally(() -> dynamoDb.deleteItem(b -> b.tableName(table).key(key)
                .conditionExpression("attribute_not_exists(#seq) OR #seq = :seq")
                .expressionAttributeNames(Map.of("#seq", SEQUENCER))
                .expressionAttributeValues(Map.of(":seq", sequencer))));
    }

    private static int conditionally(Runnable write) {
        try {
            write.run();
            return 1;
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return 0; // a newer writer got there first; its own repair finishes the job
        }
    }
}
