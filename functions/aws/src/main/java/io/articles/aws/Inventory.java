package io.articles.aws;

import static io.articles.aws.Items.s;
import static io.articles.aws.Items.string;
import static io.articles.aws.Table.*;
import static io.articles.store.ArticleIndex.ARTICLE_ITEM;
import static io.articles.store.ArticleIndex.PERSON_ITEM;

import io.articles.store.ArticleIndex;
import io.articles.store.PersonEntry;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The people directory by folded name: display name and article count. */
    static Map<String, PersonEntry> directory(DynamoDbClient dynamoDb, String table) {
        Map<String, PersonEntry> people = new HashMap<>();
        dynamoDb.scanPaginator(b -> b.tableName(table)
                        .filterExpression("#sk = :person")
                        .projectionExpression("#lsk, #name, #count")
                        .expressionAttributeNames(Map.of("#sk", SORT_KEY, "#lsk", LOOKUP_SORT_KEY, "#name", NAME,
                                "#count", ARTICLE_COUNT))
                        .expressionAttributeValues(Map.of(":person", s(PERSON_ITEM))))
                .items().forEach(item -> people.put(string(item, LOOKUP_SORT_KEY),
                        new PersonEntry(string(item, NAME), Long.parseLong(item.get(ARTICLE_COUNT).n()))));
        return people;
    }

    static List<InventoryItem> read(DynamoDbClient dynamoDb, String table) {
        List<InventoryItem> items = new ArrayList<>();
        dynamoDb.scanPaginator(b -> b.tableName(table)
                        .filterExpression("#sk = :article")
                        .projectionExpression("#pk, #sk, #id, #key, #etag, #seq, #deleted, #reason, #people")
                        .expressionAttributeNames(Map.of("#pk", PARTITION_KEY, "#sk", SORT_KEY, "#id", ARTICLE_ID,
                                "#key", OBJECT_KEY, "#etag", ETAG, "#seq", SEQUENCER, "#deleted", DELETED,
                                "#reason", REASON, "#people", PEOPLE))
                        .expressionAttributeValues(Map.of(":article", s(ARTICLE_ITEM))))
                .items().forEach(item -> items.add(inventoryItem(item)));
        return items;
    }

    private static InventoryItem inventoryItem(Map<String, AttributeValue> item) {
        InventoryItem.State state = item.containsKey(DELETED) ? InventoryItem.State.DELETED
                : item.containsKey(REASON) ? InventoryItem.State.REJECTED : InventoryItem.State.LIVE;
        String id = ArticleIndex.articleId(item.get(PARTITION_KEY).s());
        return new InventoryItem(id, string(item, OBJECT_KEY), string(item, ETAG), string(item, SEQUENCER), state,
                Items.stringList(item, PEOPLE));
    }
}
