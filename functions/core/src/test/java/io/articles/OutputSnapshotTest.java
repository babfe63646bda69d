package io.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.articles.article.ArticleJson;
import io.articles.article.ArticlePipeline;
import io.articles.article.RejectedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the whole output (parsed article, people, quotes, as JSON) of every fixture, the seed and both people
 * development sets: a SHA-256 per file in {@code output-snapshot.tsv}. A change that is meant to change the output
 * re-records it with {@code -Dsnapshot.update=true} and says why in its commit; any other change must leave it equal.
 * Files of the shared sets that this machine lacks are skipped, never counted as different.
 */
class OutputSnapshotTest {
    private static final Path ROOT = Path.of(System.getProperty("articles.root", "../.."));
    private static final Path SNAPSHOT = ROOT.resolve("functions/core/src/test/resources/output-snapshot.tsv");

    @Test
    void everyKnownInputParsesToTheRecordedOutput() throws IOException {
        // -Dsnapshot.dump=DIR writes each output too, to compare two versions of the code file by file.
        String dump = System.getProperty("snapshot.dump");
        Map<String, String> actual = new TreeMap<>();
        for (Map.Entry<String, Path> input : inputs().entrySet()) {
            String output = output(input.getKey(), Files.readAllBytes(input.getValue()));
            actual.put(input.getKey(), sha256(output));
            if (dump != null) {
                Path file = Path.of(dump, input.getKey() + ".json");
                Files.createDirectories(file.getParent());
                Files.writeString(file, output);
            }
        }
        if (Boolean.getBoolean("snapshot.update")) {
            StringBuilder tsv = new StringBuilder();
            actual.forEach((name, hash) -> tsv.append(name).append('\t').append(hash).append('\n'));
            Files.writeString(SNAPSHOT, tsv);
        }
        assumeTrue(Files.isRegularFile(SNAPSHOT), "no snapshot recorded at " + SNAPSHOT);
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(SNAPSHOT)) {
            String[] fields = line.split("\t");
            if (actual.containsKey(fields[0])) {
                recorded.put(fields[0], fields[1]);
            }
        }
        List<String> changed = new ArrayList<>();
        actual.forEach((name, hash) -> {
            if (!hash.equals(recorded.get(name))) {
                changed.add(name);
            }
        });
        assertEquals(List.of(), changed,
                "the output of these inputs changed (re-record with -Dsnapshot.update=true if that is intended)");
    }

    /** Every input by a name that does not depend on where the clone is. */
    private static Map<String, Path> inputs() throws IOException {
        Map<String, Path> inputs = new TreeMap<>();
        add(inputs, "fixture/", ROOT.resolve("functions/core/src/test/resources/articles"));
        add(inputs, "people-dev/", ROOT.resolve("../shared/people-dev"));
        add(inputs, "people-dev-more/", ROOT.resolve("../shared/people-dev-more"));
        Path seed = ROOT.resolve("../shared/seed/article-seed.txt");
        if (Files.isRegularFile(seed)) {
            inputs.put("seed/article-seed.txt", seed);
        }
        return inputs;
    }

    private static void add(Map<String, Path> inputs, String prefix, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .forEach(file -> inputs.put(prefix + file.getFileName(), file));
        }
    }

    private static String output(String name, byte[] content) {
        try {
            return ArticleJson.write(new ArticlePipeline().read(name, content));
        } catch (RejectedInputException e) {
            return "rejected: " + e.getMessage();
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JVM has SHA-256", e);
        }
    }
}
