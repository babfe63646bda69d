package io.articles.aws;

import static io.articles.aws.Items.s;
import static io.articles.aws.Items.string;
import static io.articles.aws.Table.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every article item of the table, for the reconciler. A Scan: an operator's tool reading the whole table once,
 * never on a request path.
 */
final class Inventory {
    private Inventory() {
    }

    static List<InventoryItem> read(DynamoDbClient dynamoDb, String table) {
        List<InventoryItem> items = new ArrayList<>();
        dynamoDb.scanPaginator(b -> b.tableName(table)
                        .filterExpression("#sk = :article")
                        .projectionExpression("#pk, #sk, #id, #key, #etag, #seq, #deleted, #reason")
                        .expressionAttributeNames(Map.of("#pk", PARTITION_KEY, "#sk", SORT_KEY, "#id", ARTICLE_ID,
                                "#key", OBJECT_KEY, "#etag", ETAG, "#seq", SEQUENCER, "#deleted", DELETED,
                                "#reason", REASON))
                        .expressionAttributeValues(Map.of(":article", s(ARTICLE_ITEM))))
                .items().forEach(item -> items.add(inventoryItem(item)));
        return items;
    }

    private static InventoryItem inventoryItem(Map<String, AttributeValue> item) {
        InventoryItem.State state = item.containsKey(DELETED) ? InventoryItem.State.DELETED
                : item.containsKey(REASON) ? InventoryItem.State.REJECTED : InventoryItem.State.LIVE;
        String id = item.get(PARTITION_KEY).s().substring("A#".length());
        return new InventoryItem(id, string(item, OBJECT_KEY), string(item, ETAG), string(item, SEQUENCER), state);
    }
}
