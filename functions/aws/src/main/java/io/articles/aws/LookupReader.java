package io.articles.aws;

import static io.articles.aws.Items.s;
import static io.articles.aws.Items.string;
import static io.articles.aws.Items.stringList;
import static io.articles.aws.Table.*;

import io.articles.store.ArticleIndex;
import io.articles.store.Cursor;
import io.articles.store.Lookup;
import io.articles.store.Page;
import io.articles.store.PersonEntry;
import io.articles.store.RejectionEntry;
import io.articles.store.Summary;
import io.articles.store.WarningEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The list reads: each call is exactly one Query on the lookup index, and says where a read resumes after each
 * item it returns (the item's keys), so the API can fill a page from several reads and stop inside the last.
 */
final class LookupReader {
    private static final List<String> KEY_NAMES = List.of(PARTITION_KEY, SORT_KEY, LOOKUP_PARTITION_KEY, LOOKUP_SORT_KEY);

    private final DynamoDbClient dynamoDb;
    private final String table;

    LookupReader(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    Page<Summary> articles(Lookup lookup, int limit, Cursor cursor) {
        return page(lookup, limit, cursor, LookupReader::summary);
    }

    Page<RejectionEntry> rejections(Lookup lookup, int limit, Cursor cursor) {
        return page(lookup, limit, cursor, item -> new RejectionEntry(string(item, ARTICLE_ID),
                string(item, OBJECT_KEY), string(item, REASON), string(item, INGESTED_AT)));
    }

    Page<WarningEntry> warnings(Lookup lookup, int limit, Cursor cursor) {
        // The upload time opens the sort key: "2022-03-07T12:00:00.000Z#id".
        return page(lookup, limit, cursor, item -> new WarningEntry(string(item, ARTICLE_ID), string(item, OBJECT_KEY),
                string(item, HEADLINE), WarningEntry.parse(string(item, REASON)),
                string(item, LOOKUP_SORT_KEY).substring(0, string(item, LOOKUP_SORT_KEY).indexOf('#'))));
    }

    Page<PersonEntry> people(String foldedPrefix, int limit, Cursor cursor) {
        QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(LOOKUP_INDEX)
                .keyConditionExpression("#lpk = :lpk AND begins_with(#lsk, :prefix)")
                .filterExpression("#count > :zero")
                .expressionAttributeNames(Map.of("#lpk", LOOKUP_PARTITION_KEY, "#lsk", LOOKUP_SORT_KEY,
                        "#count", ARTICLE_COUNT))
                .expressionAttributeValues(Map.of(":lpk", s(ArticleIndex.directoryPartition(foldedPrefix)),
                        ":prefix", s(foldedPrefix), ":zero", Items.n(0)))
                .limit(limit);
        QueryResponse response = query(request, cursor);
        List<PersonEntry> people = new ArrayList<>();
        List<Cursor> positions = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            people.add(new PersonEntry(string(item, NAME), Long.parseLong(item.get(ARTICLE_COUNT).n())));
            positions.add(position(item, cursor));
        }
        return new Page<>(people, positions, next(response, cursor, 1));
    }

    private <T> Page<T> page(Lookup lookup, int limit, Cursor cursor,
                             Function<Map<String, AttributeValue>, T> map) {
        String partition = lookup.partitions().get(cursor.partition());
        Map<String, String> names = new HashMap<>(Map.of("#lpk", LOOKUP_PARTITION_KEY, "#lsk", LOOKUP_SORT_KEY));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":lpk", s(partition),
                ":from", s(lookup.fromSort()), ":to", s(lookup.toSort())));
        QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(LOOKUP_INDEX)
                .keyConditionExpression("#lpk = :lpk AND #lsk BETWEEN :from AND :to")
                .scanIndexForward(false)
                .limit(limit);
        String filter = filter(lookup, names, values);
        if (!filter.isEmpty()) {
            request.filterExpression(filter);
        }
        QueryResponse response = query(request.expressionAttributeNames(names).expressionAttributeValues(values),
                cursor);
        List<T> items = new ArrayList<>(response.items().size());
        List<Cursor> positions = new ArrayList<>(response.items().size());
        for (Map<String, AttributeValue> item : response.items()) {
            items.add(map.apply(item));
            positions.add(position(item, cursor));
        }
        return new Page<>(items, positions, next(response, cursor, lookup.partitions().size()));
    }

    private static String filter(Lookup lookup, Map<String, String> names, Map<String, AttributeValue> values) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < lookup.requiredWords().size(); i++) {
            names.put("#words", WORDS);
            values.put(":w" + i, s(lookup.requiredWords().get(i)));
            conditions.add("contains(#words, :w" + i + ")");
        }
        if (lookup.excludedHeadline() != null) {
            names.put("#hk", HEADLINE_KEY);
            values.put(":hk", s(lookup.excludedHeadline()));
            conditions.add("#hk <> :hk");
        }
        return String.join(" AND ", conditions);
    }

    private QueryResponse query(QueryRequest.Builder request, Cursor cursor) {
        if (!cursor.lastKey().isEmpty()) {
            Map<String, AttributeValue> start = new HashMap<>();
            cursor.lastKey().forEach((name, value) -> start.put(name, s(value)));
            request.exclusiveStartKey(start);
        }
        return dynamoDb.query(request.build());
    }

    /** Resumes right after {@code item}: its table and index keys, as DynamoDB's last evaluated key would be. */
    private static Cursor position(Map<String, AttributeValue> item, Cursor cursor) {
        return new Cursor(cursor.partition(), keys(item));
    }

    private static Map<String, String> keys(Map<String, AttributeValue> item) {
        Map<String, String> keys = new HashMap<>();
        for (String name : KEY_NAMES) {
            AttributeValue value = item.get(name);
            if (value != null) {
                keys.put(name, value.s());
            }
        }
        return keys;
    }

    /** The rest of this partition, else the next partition, else the end. */
    private static Cursor next(QueryResponse response, Cursor cursor, int partitions) {
        if (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()) {
            return new Cursor(cursor.partition(), keys(response.lastEvaluatedKey()));
        }
        return cursor.partition() + 1 < partitions ? new Cursor(cursor.partition() + 1, Map.of()) : null;
    }

    static Summary summary(Map<String, AttributeValue> item) {
        return new Summary(string(item, ARTICLE_ID), string(item, HEADLINE), string(item, PUBLISHED),
                string(item, AGENCY), stringList(item, PEOPLE));
    }
}
