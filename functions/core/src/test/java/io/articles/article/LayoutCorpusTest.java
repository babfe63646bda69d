package io.articles.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.json.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Parses every file of the layout corpus ({@code src/test/resources/layouts/}, see its README) with the manifest's
 * upload date and scores each field against {@code expected.jsonl}, per field and per layout, for the development
 * files and the held-out files apart. Prints the tables (and writes them to {@code target/layout-accuracy.md}) and
 * fails when a field falls below the accuracy reached. {@code -Dlayouts.devOnly=true} leaves the held-out files out.
 *
 * <p>Scoring rules beyond equality: {@code wordCount} is right within 5%; {@code firstParagraph} is right when it
 * equals the manifest's, or the manifest's less a dateline prefix ending in a dash or colon (the manifest keeps the
 * dateline in a few first paragraphs, which the parser, as the issue asks, never leaves in the body); "clean body"
 * is a derived check: no paragraph or heading is the headline, and the first paragraph does not open with the
 * dateline.
 */
class LayoutCorpusTest {
    private static final List<String> FIELDS = List.of("headline", "slug", "authors", "agency", "dateline",
            "publishedDate", "dateSource", "firstParagraph", "wordCount", "cleanBody");
    /** The lowest share of development files each field must get right: what the parser reached. */
    private static final Map<String, Double> DEV_GATES = gates(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
    /** The same for the held-out files, set once, from their one look at the end. */
    private static final Map<String, Double> HELD_OUT_GATES = gates(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
    private static final double WORD_COUNT_TOLERANCE = 0.05;
    private static final int MAX_DATELINE_PREFIX = 60;

    @Test
    void readsEveryLayoutOfTheCorpus() throws Exception {
        boolean devOnly = Boolean.getBoolean("layouts.devOnly");
        Map<Boolean, Score> scores = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Object line : manifest()) {
            Map<String, Object> expected = JsonTree.object(line, "manifest line");
            boolean heldOut = Boolean.TRUE.equals(expected.get("heldOut"));
            if (heldOut && devOnly) {
                continue;
            }
            String file = JsonTree.string(expected, "file");
            Instant uploaded = LocalDate.parse(JsonTree.string(expected, "uploaded")).atTime(12, 0)
                    .toInstant(ZoneOffset.UTC);
            Article article = new ArticleParser().parse(file, bytes(file), uploaded);
            Map<String, Boolean> right = score(expected, article);
            scores.computeIfAbsent(heldOut, k -> new Score()).add(JsonTree.string(expected, "layout"), right);
            if (!heldOut) {
                right.forEach((field, ok) -> {
                    if (!ok) {
                        misses.add(file + " " + field + ": expected " + expectedValue(expected, field) + ", got "
                                + actualValue(article, field));
                    }
                });
            }
        }
        StringBuilder report = new StringBuilder();
        Score dev = scores.get(false);
        report.append(dev.table("Development files")).append('\n');
        if (scores.containsKey(true)) {
            report.append(scores.get(true).table("Held-out files")).append('\n');
        }
        report.append("Development misses:\n");
        misses.forEach(miss -> report.append("- ").append(miss).append('\n'));
        System.out.println(report);
        Path out = Path.of("target", "layout-accuracy.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        dev.assertAtLeast(DEV_GATES, "development");
        if (scores.containsKey(true)) {
            scores.get(true).assertAtLeast(HELD_OUT_GATES, "held-out");
        }
    }

    private static Map<String, Boolean> score(Map<String, Object> expected, Article article) {
        Map<String, Boolean> right = new LinkedHashMap<>();
        right.put("headline", Objects.equals(JsonTree.string(expected, "headline"), article.headline()));
        right.put("slug", Objects.equals(JsonTree.string(expected, "slug"), article.slug()));
        right.put("authors", JsonTree.array(expected.get("authors"), "authors").equals(article.authors()));
        right.put("agency", Objects.equals(JsonTree.string(expected, "agency"), article.agency()));
        right.put("dateline", Objects.equals(JsonTree.string(expected, "dateline"), article.dateline()));
        right.put("publishedDate", Objects.equals(JsonTree.string(expected, "publishedDate"),
                article.publishedDate() == null ? null : article.publishedDate().toString()));
        right.put("dateSource", Objects.equals(JsonTree.string(expected, "dateSource"), article.dateSource()));
        right.put("firstParagraph", firstParagraphMatches(JsonTree.string(expected, "firstParagraph"),
                firstParagraph(article)));
        int words = ((Number) expected.get("wordCount")).intValue();
        right.put("wordCount", Math.abs(article.wordCount() - words) <= words * WORD_COUNT_TOLERANCE);
        right.put("cleanBody", isBodyClean(article, JsonTree.string(expected, "headline"),
                JsonTree.string(expected, "dateline")));
        return right;
    }

    private static boolean firstParagraphMatches(String expected, String actual) {
        if (Objects.equals(expected, actual)) {
            return true;
        }
        if (expected == null || actual == null || actual.isEmpty() || !expected.endsWith(actual)) {
            return false;
        }
        String prefix = expected.substring(0, expected.length() - actual.length()).strip();
        return !prefix.isEmpty() && prefix.length() <= MAX_DATELINE_PREFIX && "-—–:".indexOf(
                prefix.charAt(prefix.length() - 1)) >= 0;
    }

    private static boolean isBodyClean(Article article, String headline, String dateline) {
        for (Section section : article.sections()) {
            if (headline != null && (headline.equalsIgnoreCase(section.heading())
                    || section.paragraphs().stream().anyMatch(headline::equalsIgnoreCase))) {
                return false;
            }
        }
        String first = firstParagraph(article);
        if (first == null) {
            return true;
        }
        if (dateline != null && first.startsWith(dateline)) {
            String after = first.substring(dateline.length()).stripLeading();
            return after.isEmpty() || "-—–:(,".indexOf(after.charAt(0)) < 0;
        }
        return !first.startsWith("(" + article.agency() + ")");
    }

    private static String firstParagraph(Article article) {
        for (Section section : article.sections()) {
            if (!section.paragraphs().isEmpty()) {
                return section.paragraphs().get(0);
            }
        }
        return null;
    }

    private static Object expectedValue(Map<String, Object> expected, String field) {
        return field.equals("cleanBody") ? true : expected.get(field);
    }

    private static Object actualValue(Article article, String field) {
        return switch (field) {
            case "headline" -> article.headline();
            case "slug" -> article.slug();
            case "authors" -> article.authors();
            case "agency" -> article.agency();
            case "dateline" -> article.dateline();
            case "publishedDate" -> article.publishedDate();
            case "dateSource" -> article.dateSource();
            case "firstParagraph" -> firstParagraph(article);
            case "wordCount" -> article.wordCount();
            default -> article.sections().isEmpty() ? "" : article.sections().get(0);
        };
    }

    private static List<Object> manifest() throws IOException {
        List<Object> lines = new ArrayList<>();
        for (String line : new String(bytes("expected.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JsonTree.read(new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return lines;
    }

    private static byte[] bytes(String name) {
        try (InputStream in = LayoutCorpusTest.class.getResourceAsStream("/layouts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no layouts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Double> gates(double... shares) {
        Map<String, Double> gates = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            gates.put(FIELDS.get(i), shares[i]);
        }
        return gates;
    }

    /** Right answers by layout and field. */
    private static final class Score {
        private final Map<String, int[]> rightByField = new LinkedHashMap<>();
        private final Map<String, Map<String, int[]>> rightByLayout = new TreeMap<>();
        private final Map<String, Integer> files = new TreeMap<>();
        private int total;

        void add(String layout, Map<String, Boolean> right) {
            total++;
            files.merge(layout, 1, Integer::sum);
            right.forEach((field, ok) -> {
                rightByField.computeIfAbsent(field, k -> new int[1])[0] += ok ? 1 : 0;
                rightByLayout.computeIfAbsent(layout, k -> new LinkedHashMap<>())
                        .computeIfAbsent(field, k -> new int[1])[0] += ok ? 1 : 0;
            });
        }

        String table(String title) {
            StringBuilder table = new StringBuilder("### ").append(title).append(" (").append(total)
                    .append(" files)\n\n| layout | files |");
            FIELDS.forEach(field -> table.append(' ').append(field).append(" |"));
            table.append(" all fields |\n|---|---|");
            FIELDS.forEach(field -> table.append("---|"));
            table.append("---|\n");
            rightByLayout.forEach((layout, right) -> {
                int n = files.get(layout);
                table.append("| ").append(layout).append(" | ").append(n).append(" |");
                int sum = 0;
                for (String field : FIELDS) {
                    int ok = right.get(field)[0];
                    sum += ok;
                    table.append(' ').append(ok == n ? "✓" : ok + "/" + n).append(" |");
                }
                table.append(' ').append(percent(sum, n * FIELDS.size())).append(" |\n");
            });
            table.append("| **all** | ").append(total).append(" |");
            int sum = 0;
            for (String field : FIELDS) {
                int ok = rightByField.get(field)[0];
                sum += ok;
                table.append(" **").append(percent(ok, total)).append("** |");
            }
            table.append(" **").append(percent(sum, total * FIELDS.size())).append("** |\n");
            return table.toString();
        }

        void assertAtLeast(Map<String, Double> gates, String part) {
            gates.forEach((field, gate) -> {
                double share = rightByField.get(field)[0] / (double) total;
                assertTrue(share + 1e-9 >= gate, part + " " + field + ": " + percent(rightByField.get(field)[0],
                        total) + " right, below the " + Math.round(gate * 100) + "% reached before");
            });
        }

        private static String percent(int ok, int of) {
            return String.format(Locale.ROOT, "%.0f%%", 100.0 * ok / of);
        }
    }
}
