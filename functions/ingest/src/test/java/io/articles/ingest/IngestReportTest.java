package io.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IngestReportTest {
    @Test
    void answersEveryOutcomeWithItsCount() {
        IngestReport report = new IngestReport();
        report.count(IngestReport.Outcome.WRITTEN);
        report.count(IngestReport.Outcome.WRITTEN);
        report.count(IngestReport.Outcome.REJECTED);

        assertEquals("{\"written\":2,\"removed\":0,\"stale\":0,\"rejected\":1,\"ignored\":0}", report.toJson());
    }

    @Test
    void writesOneEmbeddedMetricFormatLine() {
        IngestReport report = new IngestReport();
        report.count(IngestReport.Outcome.WRITTEN);
        report.timed(12, 1_500_000, 20_000_000);

        assertEquals("{\"_aws\":{\"Timestamp\":1700000000000,\"CloudWatchMetrics\":[{\"Namespace\":\"articles\","
                + "\"Dimensions\":[[\"Function\"]],\"Metrics\":[{\"Name\":\"ArticlesIngested\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"ArticlesRemoved\",\"Unit\":\"Count\"},{\"Name\":\"EventsSkippedAsStale\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"ArticlesRejected\",\"Unit\":\"Count\"},{\"Name\":\"EventsIgnored\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"PeopleExtracted\",\"Unit\":\"Count\"},{\"Name\":\"ParseTime\",\"Unit\":\"Milliseconds\"},"
                + "{\"Name\":\"WriteTime\",\"Unit\":\"Milliseconds\"}]}]},\"Function\":\"ingest \\\"fn\\\"\","
                + "\"ArticlesIngested\":1,\"ArticlesRemoved\":0,\"EventsSkippedAsStale\":0,\"ArticlesRejected\":0,"
                + "\"EventsIgnored\":0,\"PeopleExtracted\":12,\"ParseTime\":1.5,\"WriteTime\":20.0}",
                report.embeddedMetrics("ingest \"fn\"", Instant.ofEpochMilli(1_700_000_000_000L)));
    }

    @Test
    void escapesALogLinesFieldsSoAKeyCannotForgeALine() {
        assertEquals("{\"outcome\":\"rejected\",\"key\":\"articles/a\\\"}\\n{\\\"outcome\\\":\\\"written.txt\","
                + "\"detail\":null}", IngestLog.line("rejected", "articles/a\"}\n{\"outcome\":\"written.txt", null));
    }
}
