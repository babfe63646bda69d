package io.articles.people;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the two development sets in shared/ (people-dev: 24 GUM Wikinews articles; people-dev-more:
 * 81 GUM documents of five other genres), each split once and for all into a tuning part and a held-out part
 * ({@code people-split.txt}), prints P/R/F1 per set, part and kind, and fails if a score drops below its gate. Skipped
 * where the sets are absent.
 *
 * <pre>
 * mvn -B -q -o -pl functions/core test -Dtest=PeopleDevSetTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * With {@code -Dpeople.dump=DIR} it also writes each set's predictions as {@code DIR/SET.jsonl}, for
 * {@code score.py --errors} (on the tuning ids only, {@code DIR/SET-tune.lst}).
 */
class PeopleDevSetTest {
    private static final Path SHARED = Path.of(System.getProperty("articles.root", "."), "..", "shared");
    private static final String[] SETS = {"people-dev", "people-dev-more"};

    /** Gates: the F1 reached, less a margin of 0.01 (tuning) or 0.02 (held out, scored only at the end). */
    private static final Map<String, Double> MIN_F1 = Map.of(
            "people-dev tune all", 0.918 - 0.01,
            "people-dev heldout all", 0.980 - 0.02,
            "people-dev-more tune all", 0.662 - 0.01,
            "people-dev-more heldout all", 0.720 - 0.02);

    private final PeopleExtractor extractor = new PeopleExtractor();

    @Test
    void scoresAtLeastTheReachedF1OnEachPartOfTheDevelopmentSets() throws IOException {
        assumeTrue(Files.isRegularFile(SHARED.resolve("people-dev").resolve("gold.jsonl")),
                "the development set is not at " + SHARED.resolve("people-dev"));
        Map<String, DevSetScore> scores = new LinkedHashMap<>();
        String dump = System.getProperty("people.dump");
        for (String set : SETS) {
            Path dir = SHARED.resolve(set);
            if (!Files.isRegularFile(dir.resolve("gold.jsonl"))) {
                continue;
            }
            Map<String, List<List<String>>> gold = gold(dir);
            StringBuilder predictions = new StringBuilder();
            StringBuilder tuneIds = new StringBuilder();
            for (String[] entry : split()) {
                if (!entry[0].equals(set) || !gold.containsKey(entry[1])) {
                    continue;
                }
                String id = entry[1];
                String kind = entry[2];
                String part = entry[3];
                List<String> predicted = predict(dir.resolve(id + ".txt"));
                for (String key : List.of(set + " " + part + " all", set + " " + part + " " + kind,
                        set + " both all")) {
                    scores.computeIfAbsent(key, k -> new DevSetScore()).add(gold.get(id), predicted);
                }
                predictions.append(json(id, predicted)).append('\n');
                if (part.equals("tune")) {
                    tuneIds.append(id).append('\n');
                }
            }
            if (dump != null) {
                Files.createDirectories(Path.of(dump));
                Files.writeString(Path.of(dump, set + ".jsonl"), predictions);
                Files.writeString(Path.of(dump, set + "-tune.lst"), tuneIds);
            }
        }
        System.out.println("| set | part | kind | gold | predicted | P | R | F1 |");
        System.out.println("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |");
        scores.keySet().stream().sorted().forEach(key -> {
            DevSetScore s = scores.get(key);
            String[] k = key.split(" ");
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %d | %d | %.3f | %.3f | %.3f |%n", k[0], k[1], k[2],
                    s.gold(), s.predictions(), s.precision(), s.recall(), s.f1());
        });
        for (Map.Entry<String, Double> gate : MIN_F1.entrySet()) {
            DevSetScore s = scores.get(gate.getKey());
            if (s != null) {
                assertTrue(s.f1() >= gate.getValue(), gate.getKey() + ": F1 fell below " + gate.getValue() + ": " + s);
            }
        }
    }

    @Test
    void scoresLikeTheDevelopmentSetsScorer() {
        List<List<String>> clusters = List.of(List.of("Sergei Lavrov", "Lavrov"), List.of("Kathryn Waters"));
        DevSetScore score = new DevSetScore();
        score.add(clusters, List.of("Lavrov", "Sergei Lavrov", "kathryn  WATERS.", "Nobody"));
        assertTrue(score.precision() == 0.5 && score.recall() == 1.0, score.toString());
    }

    /** The split's lines: set, id, kind, part ("tune" or "heldout"). */
    static List<String[]> split() throws IOException {
        List<String[]> entries = new ArrayList<>();
        try (InputStream in = PeopleDevSetTest.class.getResourceAsStream("/people-split.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(line.strip().split("\\s+"));
                }
            }
        }
        return entries;
    }

    /** Line 1 is the headline; the paragraphs follow, separated by blank lines. */
    private List<String> predict(Path article) throws IOException {
        List<String> paragraphs = Files.readAllLines(article).stream().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        return extractor.people(paragraphs, List.of()).stream().map(Person::name).toList();
    }

    private static String json(String id, List<String> names) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeArrayFieldStart("persons");
            for (String name : names) {
                json.writeString(name);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toString();
    }

    private static Map<String, List<List<String>>> gold(Path dir) throws IOException {
        Map<String, List<List<String>>> gold = new LinkedHashMap<>();
        JsonFactory json = new JsonFactory();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
            if (!line.isBlank()) {
                try (JsonParser parser = json.createParser(line)) {
                    readArticle(parser, gold);
                }
            }
        }
        return gold;
    }

    private static void readArticle(JsonParser parser, Map<String, List<List<String>>> gold) throws IOException {
        String id = null;
        List<List<String>> clusters = new ArrayList<>();
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("id")) {
                id = parser.getText();
            } else if (field.equals("persons")) {
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    List<String> names = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        names.add(parser.getText());
                    }
                    clusters.add(names);
                }
            } else {
                parser.skipChildren();
            }
        }
        gold.put(id, clusters);
    }
}
