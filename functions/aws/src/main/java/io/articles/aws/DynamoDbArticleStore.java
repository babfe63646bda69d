package io.articles.aws;

import static io.articles.aws.Items.n;
import static io.articles.aws.Items.putIfPresent;
import static io.articles.aws.Items.s;
import static io.articles.aws.Table.*;
import static io.articles.store.ArticleIndex.ARTICLE_ITEM;
import static io.articles.store.ArticleIndex.articlePartition;

import io.articles.article.Article;
import io.articles.people.Person;
import io.articles.store.ArticleIndex;
import io.articles.store.ArticleStore;
import io.articles.store.Cursor;
import io.articles.store.Lookup;
import io.articles.store.Page;
import io.articles.store.PersonEntry;
import io.articles.store.Rejection;
import io.articles.store.RejectionEntry;
import io.articles.store.SourceObject;
import io.articles.store.StoredArticle;
import io.articles.store.Summary;
import io.articles.store.WarningEntry;
import java.time.Duration;
import java.time.Instant;
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
    private final PeopleDirectory directory;
    private final LookupReader reader;

    public DynamoDbArticleStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.batchWriter = new BatchWriter(dynamoDb, table);
        this.directory = new PeopleDirectory(dynamoDb, table);
        this.reader = new LookupReader(dynamoDb, table);
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
        putSource(tombstone, source);
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
    public Outcome reject(Rejection rejection) {
        SourceObject source = rejection.source();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(PARTITION_KEY, s(articlePartition(rejection.id())));
        item.put(SORT_KEY, s(ARTICLE_ITEM));
        item.put(SEQUENCER, s(source.sequencer()));
        item.put(ARTICLE_ID, s(rejection.id()));
        item.put(REASON, s(rejection.reason()));
        item.put(INGESTED_AT, s(rejection.at().toString()));
        item.put(INDEX_ENTRIES, IndexItems.entriesAttribute(List.of(ArticleIndex.rejectionEntry(rejection.id(),
                rejection.at()))));
        putSource(item, source);
        return replaceArticleItem(rejection.id(), item, source.sequencer());
    }

    @Override
    public Page<Summary> articles(Lookup lookup, int limit, Cursor cursor) {
        return reader.articles(lookup, limit, cursor);
    }

    @Override
    public Page<PersonEntry> people(String foldedPrefix, int limit, Cursor cursor) {
        return reader.people(foldedPrefix, limit, cursor);
    }

    @Override
    public Page<RejectionEntry> rejections(Lookup lookup, int limit, Cursor cursor) {
        return reader.rejections(lookup, limit, cursor);
    }

    @Override
    public Page<WarningEntry> warnings(Lookup lookup, int limit, Cursor cursor) {
        return reader.warnings(lookup, limit, cursor);
    }

    /** Every article item (for the reconciler: a full Scan). */
    public List<InventoryItem> inventory() {
        return Inventory.read(dynamoDb, table);
    }

    /** The people directory by folded name (for the reconciler: a full Scan). */
    public Map<String, PersonEntry> directory() {
        return Inventory.directory(dynamoDb, table);
    }

    /** Sets a person's article count in the directory (the reconciler's repair). */
    public void setDirectoryCount(String foldedName, String name, long count) {
        directory.set(foldedName, name, count);
    }

    /**
     * Compares the article's index items with what its article item implies; with {@code fix}, repairs them.
     * Returns the number of items that differ(ed).
     */
    public int checkIndex(String id, boolean fix) {
        return new PartitionRepair(dynamoDb, table, id).run(fix);
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
        directory.update(Items.stringList(previous, PEOPLE), Items.stringList(item, PEOPLE));
        new PartitionRepair(dynamoDb, table, id).run(true);
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
        if (!article.warnings().isEmpty()) {
            item.put(WARNINGS, s(WarningEntry.text(article.warnings())));
        }
        item.put(INDEX_ENTRIES, IndexItems.entriesAttribute(ArticleIndex.entries(article)));
        putSource(item, source);
        item.put(CONTENT_HASH, s(stored.contentHash()));
        item.put(INGESTED_AT, s(stored.ingestedAt().toString()));
        return item;
    }

    private static void putSource(Map<String, AttributeValue> item, SourceObject source) {
        putIfPresent(item, BUCKET, source.bucket());
        putIfPresent(item, OBJECT_KEY, source.key());
        putIfPresent(item, VERSION_ID, source.versionId());
        putIfPresent(item, ETAG, source.eTag());
        item.put(SIZE, n(source.size()));
    }

    private static Map<String, AttributeValue> articleKey(String id) {
        return Map.of(PARTITION_KEY, s(articlePartition(id)), SORT_KEY, s(ARTICLE_ITEM));
    }
}
