package io.articles.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article (a third party's text, read from shared/, never copied into the repo) gives exactly its 12 people. */
class SeedArticleTest {
    private static final Path SEED = Path.of(System.getProperty("articles.root", "."), "..", "shared", "seed",
            "article-seed.txt");

    @Test
    void findsTheTwelvePeopleOfTheSeedWithTheirTitles() throws IOException {
        assertEquals(List.of(
                new Person("Sergei Lavrov", 2, List.of("Foreign Minister")),
                new Person("Antony Blinken", 2, List.of("US Secretary of State")),
                new Person("Maria Zakharova", 1, List.of("Russian foreign ministry spokeswoman")),
                new Person("Linda Thomas-Greenfield", 1, List.of("UN envoy")),
                new Person("Victoria Nuland", 2, List.of("US Undersecretary of State")),
                new Person("Vladimir Putin", 5, List.of("President")),
                new Person("Bob Menendez", 1, List.of("Senator")),
                new Person("Liz Truss", 1, List.of("Foreign Secretary")),
                new Person("Boris Johnson", 1, List.of("Prime Minister")),
                new Person("Jens Stoltenberg", 1, List.of("NATO Secretary General")),
                new Person("Anita Anand", 1, List.of("defense minister")),
                new Person("Volodymyr Zelensky", 1, List.of("Ukrainian President"))),
                new PeopleExtractor().extract(new Document(seed(), List.of(), List.of())).people());
    }

    @Test
    void namesTheSeedsSpeakersByTheirFullNames() throws IOException {
        List<String> speakers = new PeopleExtractor().extract(new Document(seed(), List.of(),
                List.of("Maria Zakharova", "Nuland", "The Kremlin"))).speakers();

        assertEquals(Arrays.asList("Maria Zakharova", "Victoria Nuland", null), speakers);
    }

    /** The seed's text in reading order: headline, caption, then the body (headings inline). */
    private static List<String> seed() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "the seed article is not at " + SEED);
        List<String> paragraphs = new ArrayList<>();
        for (String block : Files.readString(SEED).split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                paragraphs.add(block.strip());
            }
        }
        // You are here / headline / byline / caption / body ... / votes / newsletter
        List<String> text = new ArrayList<>(List.of(paragraphs.get(1), paragraphs.get(3)));
        text.addAll(paragraphs.subList(4, paragraphs.size() - 2));
        return text;
    }
}
