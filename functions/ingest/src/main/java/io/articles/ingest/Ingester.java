package io.articles.ingest;

import io.articles.article.Article;
import io.articles.article.ArticleId;
import io.articles.article.ArticleJson;
import io.articles.article.ArticleParser;
import io.articles.article.ArticlePipeline;
import io.articles.article.PrimingSample;
import io.articles.article.RejectedInputException;
import io.articles.aws.Priming;
import io.articles.store.ArticleStore;
import io.articles.store.Rejection;
import io.articles.store.Sequencer;
import io.articles.store.SourceObject;
import io.articles.store.StoredArticle;
import io.articles.text.Sha256;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Applies S3 object events to the article table: created objects are parsed and stored, removed ones deleted,
 * files that are not articles recorded as rejections. Built once per container. Anything that may succeed on a
 * retry (S3, DynamoDB) propagates, so Lambda retries the event and finally hands it to the on-failure
 * destination; what can never succeed (a malformed record, a file that is not an article) is logged and answered.
 */
final class Ingester {
    private final IngestSettings settings;
    private final ObjectReader reader;
    private final ArticleStore store;
    private final ArticlePipeline pipeline;
    private final Clock clock;

    Ingester(IngestSettings settings, ObjectReader reader, ArticleStore store, Clock clock) {
        this.settings = settings;
        this.reader = reader;
        this.store = store;
        this.pipeline = new ArticlePipeline(new ArticleParser(settings.maxBytes()));
        this.clock = clock;
    }

    /** Processes every record, in order. */
    IngestReport handle(List<S3Record> records, IngestLog log) {
        IngestReport report = new IngestReport();
        for (S3Record record : records) {
            report.count(handle(record, log, report));
        }
        return report;
    }

    private IngestReport.Outcome handle(S3Record record, IngestLog log, IngestReport report) {
        Optional<SourceObject> parsed = source(record, log);
        if (parsed.isEmpty()) {
            return IngestReport.Outcome.IGNORED;
        }
        SourceObject source = parsed.get();
        if (!settings.accepts(source.key())) {
            log.info("ignored", source.key(), "key outside " + settings.prefix() + "*" + settings.suffix());
            return IngestReport.Outcome.IGNORED;
        }
        return apply(!record.removed(), source, log, report);
    }

    /** Applies the object's creation (or removal) to the table, as its event would. */
    IngestReport.Outcome apply(boolean created, SourceObject source, IngestLog log, IngestReport report) {
        String id = ArticleId.of(source.bucket(), source.key());
        IngestReport.Outcome outcome = created ? created(id, source, log, report) : removed(id, source);
        log.info(outcome.label(), source.key(), "article " + id);
        return outcome;
    }

    /** The record's object, or empty (logged) when the record is malformed: no retry can fix that. */
    private static Optional<SourceObject> source(S3Record record, IngestLog log) {
        try {
            if (record.bucket() == null || record.key() == null || record.eventName() == null) {
                throw new IllegalArgumentException("expected eventName, s3.bucket.name and s3.object.key");
            }
            return Optional.of(new SourceObject(record.bucket(), ObjectKeys.decode(record.key()), record.versionId(),
                    record.eTag(), record.size() == null ? 0 : record.size(), Sequencer.normalise(record.sequencer())));
        } catch (IllegalArgumentException e) {
            log.warn("malformed", String.valueOf(record.key()), "record skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    private IngestReport.Outcome removed(String id, SourceObject source) {
        return store.remove(id, source) == ArticleStore.Outcome.WRITTEN
                ? IngestReport.Outcome.REMOVED : IngestReport.Outcome.STALE;
    }

    private IngestReport.Outcome created(String id, SourceObject source, IngestLog log, IngestReport report) {
        Optional<ObjectReader.Content> content = reader.read(source.bucket(), source.key(), source.versionId());
        if (content.isEmpty()) {
            // Deleted (or overwritten, unversioned) since the event: the newer event will say what to do.
            log.info("gone", source.key(), "object no longer exists; a newer event supersedes this one");
            return IngestReport.Outcome.STALE;
        }
        byte[] bytes = content.get().bytes();
        // The upload time gives the year to a dateline's month and day: the object's LastModified, else now.
        Instant uploaded = content.get().lastModified() != null ? content.get().lastModified() : clock.instant();
        long started = System.nanoTime();
        Article article;
        try {
            article = pipeline.read(id, bytes, uploaded);
        } catch (RejectedInputException e) {
            String reason = e.reason() + ": " + e.getMessage();
            log.warn("rejected", source.key(), reason);
            return store.reject(new Rejection(id, source, reason, clock.instant())) == ArticleStore.Outcome.WRITTEN
                    ? IngestReport.Outcome.REJECTED : IngestReport.Outcome.STALE;
        }
        long parsed = System.nanoTime();
        StoredArticle stored = new StoredArticle(article, ArticleJson.write(article), source, sha256(bytes),
                clock.instant());
        ArticleStore.Outcome outcome = store.put(stored);
        report.timed(article.people().size(), parsed - started, System.nanoTime() - parsed);
        return outcome == ArticleStore.Outcome.WRITTEN ? IngestReport.Outcome.WRITTEN : IngestReport.Outcome.STALE;
    }

    /**
     * Takes the whole path once without effects: parses the bundled sample and runs each SDK call up to the wire
     * (see {@link Priming}). For SnapStart's before-checkpoint hook.
     */
    void prime() {
        byte[] bytes = PrimingSample.bytes();
        try {
            Article article = pipeline.read("primingSample0", bytes);
            SourceObject source = new SourceObject("priming", settings.prefix() + "priming.txt", null, null,
                    bytes.length, Sequencer.normalise("0"));
            StoredArticle stored = new StoredArticle(article, ArticleJson.write(article), source, sha256(bytes),
                    clock.instant());
            Priming.dryRun(() -> reader.read(source.bucket(), source.key(), null));
            Priming.dryRun(() -> store.put(stored));
            Priming.dryRun(() -> store.remove(article.id(), source));
        } catch (RejectedInputException e) {
            throw new IllegalStateException("the bundled priming sample must parse", e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.of(bytes));
    }
}
