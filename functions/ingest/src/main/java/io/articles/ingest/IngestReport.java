package io.articles.ingest;

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
        StringBuilder json = new StringBuilder("{");
        for (Outcome outcome : Outcome.values()) {
            json.append(json.length() > 1 ? "," : "").append('"').append(outcome.label()).append("\":")
                    .append(counts.getOrDefault(outcome, 0));
        }
        return json.append('}').toString();
    }

    /**
     * One line in CloudWatch Embedded Metric Format: printed to stdout, CloudWatch turns it into metrics with no
     * API call and no library (Powertools metrics would add its start-up cost for the same line).
     */
    public String embeddedMetrics(String functionName, Instant now) {
        StringBuilder names = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Outcome outcome : Outcome.values()) {
            metric(names, values, outcome.metric, "Count", counts.getOrDefault(outcome, 0));
        }
        metric(names, values, "PeopleExtracted", "Count", people);
        metric(names, values, "ParseTime", "Milliseconds", parseNanos / 1_000_000.0);
        metric(names, values, "WriteTime", "Milliseconds", writeNanos / 1_000_000.0);
        return "{\"_aws\":{\"Timestamp\":" + now.toEpochMilli() + ",\"CloudWatchMetrics\":[{\"Namespace\":\"articles\","
                + "\"Dimensions\":[[\"Function\"]],\"Metrics\":[" + names + "]}]},\"Function\":\""
                + functionName.replace("\"", "") + "\"" + values + "}";
    }

    private static void metric(StringBuilder names, StringBuilder values, String name, String unit, Number value) {
        names.append(names.length() == 0 ? "" : ",").append("{\"Name\":\"").append(name).append("\",\"Unit\":\"")
                .append(unit).append("\"}");
        values.append(",\"").append(name).append("\":").append(value);
    }
}
