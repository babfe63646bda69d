package io.articles.aws;

import static io.articles.aws.Items.n;
import static io.articles.aws.Items.s;
import static io.articles.aws.Table.*;
import static io.articles.store.ArticleIndex.PERSON_ITEM;
import static io.articles.store.ArticleIndex.personItemPartition;

import io.articles.store.ArticleIndex;
import io.articles.text.Folding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The people directory behind autocomplete: one item per person with the number of articles naming them, kept by
 * adding one when an article starts naming a person and subtracting one when it stops. Counting is not
 * idempotent, so it is applied once per article write, from the difference between the previous and the new
 * version; a crash between the article's write and this one leaves a count off by one, which the reconciler
 * recounts from the articles ({@link #set}).
 */
final class PeopleDirectory {
    private final DynamoDbClient dynamoDb;
    private final String table;

    PeopleDirectory(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Counts the people in {@code now} but not {@code before} up, those only in {@code before} down. */
    void update(List<String> before, List<String> now) {
        Map<String, String> was = byFoldedName(before);
        Map<String, String> is = byFoldedName(now);
        is.forEach((folded, name) -> {
            if (!was.containsKey(folded)) {
                add(folded, name, 1);
            }
        });
        was.forEach((folded, name) -> {
            if (!is.containsKey(folded)) {
                add(folded, name, -1);
            }
        });
    }

    /** Sets a person's count outright: the reconciler's repair. */
    void set(String folded, String name, long count) {
        update(folded, name, ", #count = :count", count);
    }

    private void add(String folded, String name, int delta) {
        update(folded, name, " ADD #count :count", delta);
    }

    /** Names the person's item for the lookup index, and sets or adds to the count as {@code countClause} says. */
    private void update(String folded, String name, String countClause, long count) {
        dynamoDb.updateItem(b -> b.tableName(table)
                .key(Map.of(PARTITION_KEY, s(personItemPartition(folded)), SORT_KEY, s(PERSON_ITEM)))
                .updateExpression("SET #name = :name, #lpk = :lpk, #lsk = :lsk" + countClause)
                .expressionAttributeNames(Map.of("#name", NAME, "#lpk", LOOKUP_PARTITION_KEY,
                        "#lsk", LOOKUP_SORT_KEY, "#count", ARTICLE_COUNT))
                .expressionAttributeValues(Map.of(":name", s(name), ":lpk", s(ArticleIndex.directoryPartition(folded)),
                        ":lsk", s(folded), ":count", n(count))));
    }

    private static Map<String, String> byFoldedName(List<String> names) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : names) {
            String folded = Folding.fold(name);
            if (!folded.isEmpty()) {
                map.putIfAbsent(folded, name);
            }
        }
        return map;
    }
}
