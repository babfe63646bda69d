package io.articles.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.articles.json.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** What one invocation did: the outcome of each record, people found, time spent; the handler's return value. */
public final class IngestReport {

    /** What happened to one record. */
    public enum Outcome {
        WRITTEN("ArticlesIngested"),
        REMOVED("ArticlesRemoved"),
        STALE("EventsSkippedAsStale"),
        REJECTED("ArticlesRejected"),
        IGNORED("EventsIgnored");

        private final String metric;

        Outcome(String metric) {
            this.metric = metric;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private int people;
    private long parseNanos;
    private long writeNanos;

    void count(Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    void timed(int peopleFound, long parse, long write) {
        people += peopleFound;
        parseNanos += parse;
        writeNanos += write;
    }

    /** As the handler answers: {"written":1,"removed":0,...}, every outcome present. */
    public String toJson() {
        return JsonWriter.write(json -> {
            json.writeStartObject();
            for (Outcome outcome : Outcome.values()) {
                json.writeNumberField(outcome.label(), counts.getOrDefault(outcome, 0));
            }
            json.writeEndObject();
        });
    }

    /**
     * One line in CloudWatch Embedded Metric Format: printed to stdout, CloudWatch turns it into metrics with no
     * API call and no library (Powertools metrics would add its start-up cost for the same line).
     */
    public String embeddedMetrics(String functionName, Instant now) {
        return JsonWriter.write(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("_aws");
            json.writeNumberField("Timestamp", now.toEpochMilli());
            json.writeArrayFieldStart("CloudWatchMetrics");
            json.writeStartObject();
            json.writeStringField("Namespace", "articles");
            json.writeArrayFieldStart("Dimensions");
            json.writeStartArray();
            json.writeString("Function");
            json.writeEndArray();
            json.writeEndArray();
            json.writeArrayFieldStart("Metrics");
            for (Outcome outcome : Outcome.values()) {
                metricName(json, outcome.metric, "Count");
            }
            metricName(json, "PeopleExtracted", "Count");
            metricName(json, "ParseTime", "Milliseconds");
            metricName(json, "WriteTime", "Milliseconds");
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeStringField("Function", functionName);
            for (Outcome outcome : Outcome.values()) {
                json.writeNumberField(outcome.metric, counts.getOrDefault(outcome, 0));
            }
            json.writeNumberField("PeopleExtracted", people);
            json.writeNumberField("ParseTime", parseNanos / 1_000_000.0);
            json.writeNumberField("WriteTime", writeNanos / 1_000_000.0);
            json.writeEndObject();
        });
    }

    private static void metricName(JsonGenerator json, String name, String unit) throws IOException {
        json.writeStartObject();
        json.writeStringField("Name", name);
        json.writeStringField("Unit", unit);
        json.writeEndObject();
    }
}
