package io.articles.ingest;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many records of one invocation ended which way; the handler's return value. */
public final class IngestReport {

    /** What happened to one record. */
    public enum Outcome {
        WRITTEN,
        REMOVED,
        STALE,
        REJECTED,
        IGNORED
    }

    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

    void count(Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    public int count(Outcome outcome, int ifNone) {
        return counts.getOrDefault(outcome, ifNone);
    }

    /** As the handler returns it: {"written": 1, "removed": 0, ...}, every outcome present. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            map.put(outcome.name().toLowerCase(java.util.Locale.ROOT), counts.getOrDefault(outcome, 0));
        }
        return map;
    }
}
