package io.articles.ingest;

import io.articles.aws.DynamoDbArticleStore;
import io.articles.aws.InventoryItem;
import io.articles.store.PersonEntry;
import io.articles.store.Sequencer;
import io.articles.store.SourceObject;
import io.articles.text.Folding;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Compares the bucket with the table and reports (and, asked to, repairs) every difference: an article missing
 * for a live object, an article older than its object, an article or rejection left for a deleted object, index
 * items that differ from what their article implies, a people-directory count that differs from the articles. How an operator recovers after an outage; plain enough to
 * run as a scheduled Lambda too.
 *
 * <p>Repairs reuse the ingest path with the sequencer the table already holds for the object (equal wins), so
 * any real event still to come, which carries a larger sequencer, takes precedence over the repair.
 */
public final class Reconciler {
    private final S3Client s3;
    private final DynamoDbArticleStore store;
    private final IngestSettings settings;
    private final String bucket;
    private final Ingester ingester;

    public Reconciler(S3Client s3, DynamoDbClient dynamoDb, IngestSettings settings, String bucket) {
        this.s3 = s3;
        this.store = new DynamoDbArticleStore(dynamoDb, settings.table());
        this.settings = settings;
        this.bucket = bucket;
        this.ingester = new Ingester(settings, new ObjectReader(s3, settings.maxBytes()), store, Clock.systemUTC());
    }

    /** A kind of difference between the bucket and the table. */
    public enum Kind {
        MISSING,
        STALE,
        ORPHANED,
        INDEX,
        COUNT
    }

    /** One difference, with the key it concerns. */
    public record Difference(Kind kind, String key, String id) {
    }

    /** What a run found and, with fix, repaired. */
    public record Report(int objects, int items, List<Difference> differences, boolean fixed) {
    }

    public Report run(boolean fix, IngestLog log) {
        Map<String, S3Object> objects = listObjects();
        List<InventoryItem> inventory = store.inventory();
        Map<String, InventoryItem> byKey = new HashMap<>();
        for (InventoryItem item : inventory) {
            if (item.key() != null) {
                byKey.put(item.key(), item);
            }
        }
        List<Difference> differences = new ArrayList<>();
        objects.forEach((key, object) -> compareObject(key, object, byKey.get(key), differences));
        for (InventoryItem item : inventory) {
            compareItem(item, objects, differences);
        }
        if (fix) {
            differences.forEach(difference -> repair(difference, objects, byKey, log));
        }
        // Counts last: the repairs above may have changed who is named; recount from the articles as they now are.
        List<Difference> counts = compareCounts(fix ? store.inventory() : inventory, fix);
        differences.addAll(counts);
        return new Report(objects.size(), inventory.size(), differences, fix);
    }

    /** The people directory's counts against the live articles that name each person; with fix, sets them right. */
    private List<Difference> compareCounts(List<InventoryItem> inventory, boolean fix) {
        Map<String, PersonEntry> expected = new HashMap<>();
        for (InventoryItem item : inventory) {
            if (item.state() == InventoryItem.State.LIVE) {
                Map<String, String> named = new HashMap<>();
                item.people().forEach(name -> named.putIfAbsent(Folding.fold(name), name));
                named.forEach((folded, name) -> expected.merge(folded, new PersonEntry(name, 1),
                        (a, b) -> new PersonEntry(a.name(), a.articles() + 1)));
            }
        }
        Map<String, PersonEntry> stored = store.directory();
        stored.forEach((folded, entry) -> expected.putIfAbsent(folded, new PersonEntry(entry.name(), 0)));
        List<Difference> differences = new ArrayList<>();
        expected.forEach((folded, entry) -> {
            PersonEntry held = stored.get(folded);
            if (held == null ? entry.articles() != 0 : held.articles() != entry.articles()) {
                differences.add(new Difference(Kind.COUNT, entry.name(), null));
                if (fix) {
                    store.setDirectoryCount(folded, entry.name(), entry.articles());
                }
            }
        });
        return differences;
    }

    private static void compareObject(String key, S3Object object, InventoryItem item, List<Difference> out) {
        if (item == null || item.state() == InventoryItem.State.DELETED) {
            out.add(new Difference(Kind.MISSING, key, null));
        } else if (!unquoted(object.eTag()).equals(unquoted(item.eTag()))) {
            out.add(new Difference(Kind.STALE, key, item.id()));
        }
    }

    private void compareItem(InventoryItem item, Map<String, S3Object> objects, List<Difference> out) {
        if (item.state() != InventoryItem.State.DELETED && !objects.containsKey(item.key())) {
            out.add(new Difference(Kind.ORPHANED, item.key(), item.id()));
        }
        if (store.checkIndex(item.id(), false) > 0) {
            out.add(new Difference(Kind.INDEX, item.key(), item.id()));
        }
    }

    private void repair(Difference difference, Map<String, S3Object> objects, Map<String, InventoryItem> byKey,
                        IngestLog log) {
        InventoryItem item = byKey.get(difference.key());
        String sequencer = item == null ? Sequencer.normalise("0") : item.sequencer();
        switch (difference.kind()) {
            case MISSING, STALE -> {
                S3Object object = objects.get(difference.key());
                ingester.apply(true, new SourceObject(bucket, difference.key(), null, unquoted(object.eTag()),
                        object.size(), sequencer), log, new IngestReport());
            }
            case ORPHANED -> ingester.apply(false, new SourceObject(bucket, difference.key(), null, null, 0,
                    sequencer), log, new IngestReport());
            case INDEX -> store.checkIndex(difference.id(), true);
            case COUNT -> { } // recounted after the other repairs
        }
    }

    private Map<String, S3Object> listObjects() {
        Map<String, S3Object> objects = new HashMap<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(settings.prefix())).contents().forEach(object -> {
            if (settings.accepts(object.key())) {
                objects.put(object.key(), object);
            }
        });
        return objects;
    }

    private static String unquoted(String eTag) {
        return eTag == null ? "" : eTag.replace("\"", "");
    }
}
