package io.articles.people;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the development set in shared/people-dev (GUM Wikinews articles with gold person clusters)
 * and fails if the score drops: quality may only go up. Skipped where the set is absent.
 */
class PeopleDevSetTest {
    private static final Path DEV = Path.of(System.getProperty("articles.root", "."), "..", "shared", "people-dev");
    /** The F1 reached on all 24 articles, less a margin of 0.02. */
    private static final double MIN_F1 = 0.942 - 0.02;
    private static final double MIN_F1_WITHOUT_FICTION = 0.980 - 0.02;

    private final PeopleExtractor extractor = new PeopleExtractor();

    @Test
    void scoresAtLeastTheReachedF1OnTheDevelopmentSet() throws IOException {
        assumeTrue(Files.isRegularFile(DEV.resolve("gold.jsonl")), "the development set is not at " + DEV);
        Map<String, List<List<String>>> gold = gold();
        Set<String> noFiction = Set.copyOf(Files.readAllLines(DEV.resolve("ids-nofiction.lst")).stream()
                .map(String::strip).filter(id -> !id.isEmpty()).toList());
        DevSetScore all = new DevSetScore();
        DevSetScore withoutFiction = new DevSetScore();
        for (Map.Entry<String, List<List<String>>> article : gold.entrySet()) {
            List<String> predicted = predict(DEV.resolve(article.getKey() + ".txt"));
            all.add(article.getValue(), predicted);
            if (noFiction.contains(article.getKey())) {
                withoutFiction.add(article.getValue(), predicted);
            }
        }
        System.out.println("people-dev, all " + gold.size() + " articles: " + all);
        System.out.println("people-dev, ids-nofiction.lst: " + withoutFiction);
        assertTrue(all.f1() >= MIN_F1, "F1 on all articles fell below " + MIN_F1 + ": " + all);
        assertTrue(withoutFiction.f1() >= MIN_F1_WITHOUT_FICTION,
                "F1 without fiction fell below " + MIN_F1_WITHOUT_FICTION + ": " + withoutFiction);
    }

    @Test
    void scoresLikeTheDevelopmentSetsScorer() {
        List<List<String>> clusters = List.of(List.of("Sergei Lavrov", "Lavrov"), List.of("Kathryn Waters"));
        DevSetScore score = new DevSetScore();
        score.add(clusters, List.of("Lavrov", "Sergei Lavrov", "kathryn  WATERS.", "Nobody"));
        assertTrue(score.precision() == 0.5 && score.recall() == 1.0, score.toString());
    }

    /** Line 1 is the headline; the paragraphs follow, separated by blank lines. */
    private List<String> predict(Path article) throws IOException {
        List<String> paragraphs = Files.readAllLines(article).stream().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        return extractor.people(paragraphs, List.of()).stream().map(Person::name).toList();
    }

    private static Map<String, List<List<String>>> gold() throws IOException {
        Map<String, List<List<String>>> gold = new LinkedHashMap<>();
        JsonFactory json = new JsonFactory();
        for (String line : Files.readAllLines(DEV.resolve("gold.jsonl"))) {
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
