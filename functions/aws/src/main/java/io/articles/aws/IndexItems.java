package io.articles.aws;

import static io.articles.aws.Items.s;
import static io.articles.aws.Table.*;

import io.articles.store.ArticleIndex;
import io.articles.store.HeadlineWords;
import io.articles.store.IndexEntry;
import io.articles.text.Folding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The index items an article item implies. The article item lists its index entries, so the index can always be
 * rebuilt from the article item alone: by the writer, by the repair, by the reconciler.
 */
final class IndexItems {
    private static final String ENTRY_SORT = "sk";
    private static final String ENTRY_PARTITION = "lpk";
    private static final String ENTRY_ORDER = "lsk";
    private static final List<String> WARNED = List.of(ARTICLE_ID, OBJECT_KEY, HEADLINE);
    private static final List<String> SUMMARY = List.of(ARTICLE_ID, HEADLINE, PUBLISHED, AGENCY, PEOPLE);
    private static final List<String> REJECTION = List.of(ARTICLE_ID, OBJECT_KEY, REASON, INGESTED_AT);

    private IndexItems() {
    }

    /** The article item's record of its index entries. */
    static AttributeValue entriesAttribute(List<IndexEntry> entries) {
        List<AttributeValue> list = new ArrayList<>(entries.size());
        for (IndexEntry entry : entries) {
            list.add(AttributeValue.fromM(Map.of(ENTRY_SORT, s(entry.sortKey()),
                    ENTRY_PARTITION, s(entry.indexPartition()), ENTRY_ORDER, s(entry.indexSort()))));
        }
        return AttributeValue.fromL(list);
    }

    /** Index items by sort key; none for a missing article or a tombstone. */
    static Map<String, Map<String, AttributeValue>> expected(Map<String, AttributeValue> article) {
        Map<String, Map<String, AttributeValue>> items = new LinkedHashMap<>();
        AttributeValue entries = article.get(INDEX_ENTRIES);
        if (entries == null || !entries.hasL() || article.containsKey(DELETED)) {
            return items;
        }
        for (AttributeValue entry : entries.l()) {
            Map<String, AttributeValue> item = indexItem(article, entry.m());
            items.put(item.get(SORT_KEY).s(), item);
        }
        return items;
    }

    private static Map<String, AttributeValue> indexItem(Map<String, AttributeValue> article,
                                                         Map<String, AttributeValue> entry) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(PARTITION_KEY, article.get(PARTITION_KEY));
        item.put(SORT_KEY, entry.get(ENTRY_SORT));
        item.put(LOOKUP_PARTITION_KEY, entry.get(ENTRY_PARTITION));
        item.put(LOOKUP_SORT_KEY, entry.get(ENTRY_ORDER));
        item.put(SEQUENCER, article.get(SEQUENCER));
        String partition = entry.get(ENTRY_PARTITION).s();
        if (ArticleIndex.isWarningPartition(partition)) {
            // The warnings ride in the projected reason attribute: the index projection stays as it is.
            copy(article, item, WARNED);
            if (article.containsKey(WARNINGS)) {
                item.put(REASON, article.get(WARNINGS));
            }
            return item;
        }
        copy(article, item, ArticleIndex.isRejectionPartition(partition) ? REJECTION : SUMMARY);
        if (ArticleIndex.isWordPartition(partition) && article.containsKey(HEADLINE)) {
            // Word items carry every headline word, so a several-word search is one query on one word plus a
            // filter, and the folded headline, so exact matches listed first can be left out of the rest.
            String headline = article.get(HEADLINE).s();
            item.put(WORDS, Items.strings(List.copyOf(HeadlineWords.of(headline))));
            item.put(HEADLINE_KEY, s(Folding.fold(headline)));
        }
        return item;
    }

    private static void copy(Map<String, AttributeValue> from, Map<String, AttributeValue> to, List<String> names) {
        for (String name : names) {
            AttributeValue value = from.get(name);
            if (value != null) {
                to.put(name, value);
            }
        }
    }
}
