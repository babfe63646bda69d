package io.articles.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articles.text.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated word lists are exactly what their recipe builds ({@code make people-data}, from the npm packages
 * pinned in tools/people-data): each file's SHA-256 equals the one recorded beside the recipe, and every generated
 * file shipped is recorded.
 */
class GeneratedListsTest {
    private static final Path ROOT = Path.of(System.getProperty("articles.root", "../.."));
    private static final Path LISTS = ROOT.resolve("functions/core/src/main/resources/io/articles/people");
    private static final Path RECORDED = ROOT.resolve("tools/people-data/generated.sha256");

    @Test
    void everyGeneratedListIsTheOneItsRecipeBuilds() throws IOException {
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(RECORDED)) {
            if (!line.isBlank()) {
                String[] fields = line.split("\\s+", 2);
                recorded.put(fields[1].strip(), fields[0]);
            }
        }
        Map<String, String> shipped = new TreeMap<>();
        try (Stream<Path> files = Files.list(LISTS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt.gz")).toList()) {
                shipped.put(file.getFileName().toString(), HexFormat.of().formatHex(Sha256.of(Files.readAllBytes(file))));
            }
        }
        assertEquals(recorded, shipped, "generated lists differ from " + RECORDED + ": rebuild with make people-data");
    }
}
