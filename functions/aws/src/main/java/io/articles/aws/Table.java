package io.articles.aws;

import java.util.List;

/**
 * The table's key and attribute names: one place, shared by the store, the local stack that creates the table,
 * and the test that checks template.yaml declares the same. The formats of the keys' values are
 * {@link io.articles.store.ArticleIndex}'s.
 */
public final class Table {
    public static final String PARTITION_KEY = "pk";
    public static final String SORT_KEY = "sk";
    public static final String LOOKUP_INDEX = "lookup";
    public static final String LOOKUP_PARTITION_KEY = "lpk";
    public static final String LOOKUP_SORT_KEY = "lsk";
    /** Epoch seconds after which DynamoDB's TTL may remove a tombstone. */
    public static final String EXPIRES_AT = "expiresAt";

    // Attributes. Plain words clash with DynamoDB's reserved words; every expression names them through '#'.
    static final String SEQUENCER = "seq";
    static final String DOCUMENT = "doc";
    static final String DELETED = "deleted";
    static final String INDEX_ENTRIES = "entries";
    static final String ARTICLE_ID = "articleId";
    static final String HEADLINE = "headline";
    static final String PUBLISHED = "published";
    static final String AGENCY = "agency";
    static final String PEOPLE = "people";
    static final String WORDS = "words";
    static final String HEADLINE_KEY = "headlineKey";
    static final String REASON = "reason";
    static final String NAME = "name";
    static final String ARTICLE_COUNT = "articles";
    static final String BUCKET = "bucket";
    static final String OBJECT_KEY = "objectKey";
    static final String VERSION_ID = "versionId";
    static final String ETAG = "etag";
    static final String SIZE = "bytes";
    static final String CONTENT_HASH = "sha256";
    static final String INGESTED_AT = "ingestedAt";
    /** On an article item, its parser warnings as "code: message" lines; its warning index item has them as reason. */
    static final String WARNINGS = "warnings";

    /**
     * What the lookup index copies: the summaries lists show, headline words, rejections, directory counts. Queries
     * on the index read nothing else, so the table must project at least these.
     */
    public static final List<String> LOOKUP_PROJECTION = List.of(SEQUENCER, ARTICLE_ID, HEADLINE, PUBLISHED,
            AGENCY, PEOPLE, WORDS, HEADLINE_KEY, OBJECT_KEY, REASON, INGESTED_AT, NAME, ARTICLE_COUNT);

    private Table() {
    }
}
