package io.articles.ingest;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import io.articles.article.Article;
import io.articles.article.ArticleId;
import io.articles.article.ArticleJson;
import io.articles.article.ArticleParser;
import io.articles.article.RejectedInputException;
import io.articles.people.PeopleExtractor;
import io.articles.store.ArticleStore;
import io.articles.store.Sequencer;
import io.articles.store.SourceObject;
import io.articles.store.StoredArticle;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Applies S3 object events to the article table: created objects are parsed and stored, removed ones deleted.
 * Built once per container. Anything that may succeed on a retry (S3, DynamoDB) propagates, so Lambda retries the
 * event and finally hands it to the on-failure destination; input that can never succeed is logged and skipped.
 */
public final class Ingester {
    private final IngestSettings settings;
    private final ObjectReader reader;
    private final ArticleStore store;
    private final ArticleParser parser;
    private final PeopleExtractor people = new PeopleExtractor();
    private final Clock clock;

    public Ingester(IngestSettings settings, ObjectReader reader, ArticleStore store, Clock clock) {
        this.settings = settings;
        this.reader = reader;
        this.store = store;
        this.parser = new ArticleParser(settings.maxBytes());
        this.clock = clock;
    }

    /** Processes every record, in order. */
    public IngestReport handle(List<S3EventNotificationRecord> records, IngestLog log) {
        IngestReport report = new IngestReport();
        for (S3EventNotificationRecord record : records) {
            report.count(handle(record, log));
        }
        return report;
    }

    private IngestReport.Outcome handle(S3EventNotificationRecord record, IngestLog log) {
        String bucket = record.getS3().getBucket().getName();
        S3ObjectEntity object = record.getS3().getObject();
        String key = ObjectKeys.decode(object.getKey());
        if (!settings.accepts(key)) {
            log.info("ignored", key, "key outside " + settings.prefix() + "*" + settings.suffix());
            return IngestReport.Outcome.IGNORED;
        }
        SourceObject source = new SourceObject(bucket, key, object.getVersionId(), object.geteTag(),
                object.getSizeAsLong() == null ? 0 : object.getSizeAsLong(), Sequencer.normalise(object.getSequencer()));
        String id = ArticleId.of(bucket, key);
        IngestReport.Outcome outcome = record.getEventName().startsWith("ObjectRemoved")
                ? removed(id, source)
                : created(id, source, log);
        log.info(outcome.name().toLowerCase(java.util.Locale.ROOT), key, "article " + id);
        return outcome;
    }

    private IngestReport.Outcome removed(String id, SourceObject source) {
        return store.remove(id, source) == ArticleStore.Outcome.WRITTEN
                ? IngestReport.Outcome.REMOVED : IngestReport.Outcome.STALE;
    }

    private IngestReport.Outcome created(String id, SourceObject source, IngestLog log) {
        byte[] bytes = reader.read(source.bucket(), source.key(), source.versionId());
        Article article;
        try {
            article = people.extract(parser.parse(id, bytes));
        } catch (RejectedInputException e) {
            log.warn("rejected", source.key(), e.reason() + ": " + e.getMessage());
            return IngestReport.Outcome.REJECTED;
        }
        StoredArticle stored = new StoredArticle(article, ArticleJson.write(article), source, sha256(bytes),
                clock.instant());
        return store.put(stored) == ArticleStore.Outcome.WRITTEN
                ? IngestReport.Outcome.WRITTEN : IngestReport.Outcome.STALE;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
