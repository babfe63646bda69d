package io.articles.aws;

import static io.articles.aws.Items.n;
import static io.articles.aws.Items.putIfPresent;
import static io.articles.aws.Items.s;
import static io.articles.aws.Items.string;
import static io.articles.aws.Items.stringList;
import static io.articles.aws.Table.*;

import io.articles.article.Article;
import io.articles.people.Person;
import io.articles.store.ArticleIndex;
import io.articles.store.ArticleStore;
import io.articles.store.SourceObject;
import io.articles.store.StoredArticle;
import io.articles.store.Summary;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The article table in DynamoDB. Every article lives in its own partition ({@code A#id}): the article item and
 * one index item per lookup it answers, which the {@code lookup} GSI finds by {@code lpk}/{@code lsk}.
 *
 * <p>Writes without transactions (dynalite has none, and they would double the write cost): (1) the article item
 * is put on condition that the table holds no newer sequencer, (2) the index items are batch-written and those an
 * older version left are deleted, (3) the partition is read back and anything that a concurrent or crashed writer
 * left different from what the stored article implies is repaired with conditional writes. Each writer ends with
 * (3), after its own batch, so the last one to finish leaves the partition exactly as the newest article says.
 */
public final class DynamoDbArticleStore implements ArticleStore {
    private static final Duration TOMBSTONE_LIFETIME = Duration.ofDays(30);
    private static final String NEWER_WINS = "attribute_not_exists(#pk) OR #seq <= :seq";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final BatchWriter batchWriter;

    public DynamoDbArticleStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.batchWriter = new BatchWriter(dynamoDb, table);
    }

    @Override
    public Outcome put(StoredArticle stored) {
        Map<String, AttributeValue> item = articleItem(stored);
        return replaceArticleItem(stored.article().id(), item, stored.source().sequencer());
    }

    @Override
    public Outcome remove(String id, SourceObject source) {
        Map<String, AttributeValue> tombstone = new HashMap<>();
        tombstone.put(PARTITION_KEY, s(articlePartition(id)));
        tombstone.put(SORT_KEY, s(ARTICLE_ITEM));
        tombstone.put(SEQUENCER, s(source.sequencer()));
        tombstone.put(DELETED, AttributeValue.fromBool(true));
        tombstone.put(EXPIRES_AT, n(Instant.now().plus(TOMBSTONE_LIFETIME).getEpochSecond()));
        putIfPresent(tombstone, BUCKET, source.bucket());
        putIfPresent(tombstone, OBJECT_KEY, source.key());
        return replaceArticleItem(id, tombstone, source.sequencer());
    }

    @Override
    public Optional<String> articleJson(String id) {
        GetItemResponse response = dynamoDb.getItem(b -> b.tableName(table)
                .key(articleKey(id))
                .projectionExpression("#doc")
                .expressionAttributeNames(Map.of("#doc", DOCUMENT)));
        AttributeValue document = response.hasItem() ? response.item().get(DOCUMENT) : null;
        return document == null ? Optional.empty()
                : Optional.of(Documents.decompress(document.b().asInputStream()));
    }

    @Override
    public List<Summary> publishedBetween(LocalDate from, LocalDate to, int limit) {
        List<Summary> summaries = new ArrayList<>();
        for (LocalDate month = to.withDayOfMonth(1); !month.isBefore(from.withDayOfMonth(1)) && summaries.size() < limit;
             month = month.minusMonths(1)) {
            QueryResponse response = queryLookup(ArticleIndex.datePartition(month),
                    from + "#", to + "#~", limit - summaries.size());
            for (Map<String, AttributeValue> item : response.items()) {
                summaries.add(summary(item));
            }
        }
        return summaries;
    }

    private QueryResponse queryLookup(String partition, String fromSort, String toSort, int limit) {
        return dynamoDb.query(b -> b.tableName(table)
                .indexName(LOOKUP_INDEX)
                .keyConditionExpression("#lpk = :lpk AND #lsk BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#lpk", LOOKUP_PARTITION_KEY, "#lsk", LOOKUP_SORT_KEY))
                .expressionAttributeValues(Map.of(":lpk", s(partition), ":from", s(fromSort), ":to", s(toSort)))
                .scanIndexForward(false)
                .limit(limit));
    }

    private Outcome replaceArticleItem(String id, Map<String, AttributeValue> item, String sequencer) {
        Map<String, AttributeValue> previous;
        try {
            PutItemResponse response = dynamoDb.putItem(b -> b.tableName(table)
                    .item(item)
                    .conditionExpression(NEWER_WINS)
                    .expressionAttributeNames(Map.of("#pk", PARTITION_KEY, "#seq", SEQUENCER))
                    .expressionAttributeValues(Map.of(":seq", s(sequencer)))
                    .returnValues(ReturnValue.ALL_OLD));
            previous = response.hasAttributes() ? response.attributes() : Map.of();
        } catch (ConditionalCheckFailedException newerVersionStored) {
            return Outcome.STALE;
        }
        writeIndex(id, item, previous);
        new PartitionRepair(dynamoDb, table, id).run();
        return Outcome.WRITTEN;
    }

    private void writeIndex(String id, Map<String, AttributeValue> article, Map<String, AttributeValue> previous) {
        Map<String, Map<String, AttributeValue>> wanted = IndexItems.expected(article);
        List<WriteRequest> writes = new ArrayList<>();
        for (Map<String, AttributeValue> indexItem : wanted.values()) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(indexItem).build()).build());
        }
        for (String sortKey : IndexItems.expected(previous).keySet()) {
            if (!wanted.containsKey(sortKey)) {
                Map<String, AttributeValue> key = Map.of(PARTITION_KEY, s(articlePartition(id)), SORT_KEY, s(sortKey));
                writes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
            }
        }
        batchWriter.write(writes);
    }

    private static Map<String, AttributeValue> articleItem(StoredArticle stored) {
        Article article = stored.article();
        SourceObject source = stored.source();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(PARTITION_KEY, s(articlePartition(article.id())));
        item.put(SORT_KEY, s(ARTICLE_ITEM));
        item.put(SEQUENCER, s(source.sequencer()));
        item.put(DOCUMENT, AttributeValue.fromB(SdkBytes.fromByteArray(Documents.compress(stored.json()))));
        item.put(ARTICLE_ID, s(article.id()));
        putIfPresent(item, HEADLINE, article.headline());
        putIfPresent(item, PUBLISHED, article.publishedDate() == null ? null : article.publishedDate().toString());
        putIfPresent(item, AGENCY, article.agency());
        item.put(PEOPLE, Items.strings(article.people().stream().map(Person::name).toList()));
        item.put(INDEX_ENTRIES, IndexItems.entriesAttribute(ArticleIndex.entries(article)));
        putIfPresent(item, BUCKET, source.bucket());
        putIfPresent(item, OBJECT_KEY, source.key());
        putIfPresent(item, VERSION_ID, source.versionId());
        putIfPresent(item, ETAG, source.eTag());
        item.put(SIZE, n(source.size()));
        item.put(CONTENT_HASH, s(stored.contentHash()));
        item.put(INGESTED_AT, s(stored.ingestedAt().toString()));
        return item;
    }

    static Summary summary(Map<String, AttributeValue> item) {
        return new Summary(string(item, ARTICLE_ID), string(item, HEADLINE), string(item, PUBLISHED),
                string(item, AGENCY), stringList(item, PEOPLE));
    }

    private static Map<String, AttributeValue> articleKey(String id) {
        return Map.of(PARTITION_KEY, s(articlePartition(id)), SORT_KEY, s(ARTICLE_ITEM));
    }
}
