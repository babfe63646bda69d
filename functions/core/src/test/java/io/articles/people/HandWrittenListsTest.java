package io.articles.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.text.WordList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written word lists stay easy to review and free of dead entries: sorted, each entry once (as the
 * extractor keys it: case and periods ignored), and a supplement holds only what its generated list lacks.
 */
class HandWrittenListsTest {
    private static final Path LISTS = Path.of(System.getProperty("articles.root", "../.."),
            "functions/core/src/main/resources/io/articles/people");
    /** Each supplement and the generated list it adds to. */
    private static final Map<String, String> SUPPLEMENTS = Map.of("given-names-extra.txt", "given-names.txt.gz",
            "places-extra.txt", "places.txt.gz", "nationalities-extra.txt", "nationalities.txt.gz");
    private static final Comparator<String> ORDER =
            Comparator.comparing((String entry) -> entry.toLowerCase(Locale.ROOT)).thenComparing(e -> e);

    static Stream<String> handWrittenLists() throws IOException {
        try (Stream<Path> files = Files.list(LISTS)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("handWrittenLists")
    void isSortedWithEachEntryOnce(String list) {
        List<String> entries = List.of(WordList.read("/io/articles/people/" + list));
        assertFalse(entries.isEmpty(), list + " is empty");
        List<String> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        assertEquals(sorted, entries, list + " is not sorted (case-insensitively)");
        Set<Long> keys = new HashSet<>();
        for (String entry : entries) {
            assertTrue(keys.add(WordTable.hash(entry)), list + " holds '" + entry + "' twice");
        }
    }

    @ParameterizedTest
    @MethodSource("handWrittenLists")
    void addsOnlyWhatItsGeneratedListLacks(String list) throws IOException {
        String generated = SUPPLEMENTS.get(list);
        if (generated == null) {
            return;
        }
        Set<Long> keys = new HashSet<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(LISTS.resolve(generated)))) {
            for (String entry : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                keys.add(WordTable.hash(entry.strip()));
            }
        }
        for (String entry : WordList.read("/io/articles/people/" + list)) {
            assertFalse(keys.contains(WordTable.hash(entry)), list + ": '" + entry + "' is already in " + generated);
        }
    }
}
