package io.articles.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The golden test: every field of the seed article. The seed is a third party's page and is not copied here, so the
 * body paragraphs are checked against the file's own blank-line-separated blocks, cut independently of the parser.
 */
class SeedArticleTest {
    private static final List<String> HEADINGS = List.of("Putin will not stop", "Carrots and sticks",
            "Security demands");
    private static String seedText;
    private static Article article;

    @BeforeAll
    static void parseSeed() throws IOException, RejectedInputException {
        Optional<Path> seed = Fixtures.seed();
        assumeTrue(seed.isPresent(), "the seed article is not on this machine");
        byte[] bytes = Files.readAllBytes(seed.get());
        seedText = new String(bytes, StandardCharsets.UTF_8);
        article = new ArticleParser().parse("seed", bytes);
    }

    @Test
    void readsTheHeaderFields() {
        assertEquals("seed", article.id());
        assertEquals("Russia, US to hold new Ukraine crisis talks after key UN session", article.headline());
        assertEquals("By AFP", article.byline());
        assertEquals(List.of(), article.authors());
        assertEquals("AFP", article.agency());
        assertEquals(LocalDate.of(2022, 1, 31), article.publishedDate());
        assertEquals(LocalDate.of(2022, 1, 31), article.updatedDate());
        assertEquals("WASHINGTON", article.dateline());
        assertEquals(46, article.votes());
        assertEquals("en", article.language());
        assertEquals(List.of(), article.people());
    }

    @Test
    void keepsThePhotoCaptionOutOfTheBody() {
        assertEquals(blocks().get(3), article.caption());
        assertTrue(article.caption().startsWith("This Ukrainian military forces serviceman"));
        assertTrue(article.caption().endsWith("(AFP photo)"));
    }

    @Test
    void splitsTheBodyIntoTheFourSectionsUnderTheirSubheadings() {
        assertEquals(expectedSections(), article.sections());
        assertNull(article.sections().get(0).heading());
        assertTrue(article.sections().get(0).paragraphs().get(0).startsWith("The Russian and US foreign ministers"));
    }

    @Test
    void countsTheBodyWordsWithTheSubheadings() {
        assertEquals(756, article.wordCount());
    }

    @Test
    void findsTheQuotationsAndTheirSpeakers() {
        List<String> expected = List.of(
                "Lavrov and Blinken… Maria Zakharova",
                "but the Security… Linda Thomas-Greenfield",
                "We're going to… Linda Thomas-Greenfield",
                "And we're going… Linda Thomas-Greenfield",
                "Putin will not… Bob Menendez",
                "devastating sanctions that… Bob Menendez",
                "very well-aligned… Nuland",
                "will feel it… Nuland",
                "a much wider… Liz Truss",
                "undisguised attack on… Kremlin",
                "The Anglo-Saxons are… Kremlin");
        List<String> actual = article.quotes().stream()
                .map(quote -> firstWords(quote.text()) + "… " + quote.speaker())
                .toList();
        assertEquals(expected, actual);
    }

    @Test
    void givesTheKremlinsStatementToTheKremlinAsAnOrganisation() {
        List<SpeakerType> types = article.quotes().stream().map(Quote::speakerType).toList();
        assertEquals(List.of(SpeakerType.ORGANISATION, SpeakerType.ORGANISATION), types.subList(9, 11));
        assertEquals(List.of(SpeakerType.PERSON), types.subList(0, 9).stream().distinct().toList());
    }

    @Test
    void takesEachQuotationWhole() {
        String body = String.join("\n", article.sections().stream().flatMap(s -> s.paragraphs().stream()).toList());
        for (Quote quote : article.quotes()) {
            boolean opened = body.contains("\"" + quote.text()) || body.contains("“" + quote.text());
            boolean closed = body.contains(quote.text() + "\"") || body.contains(quote.text() + "”")
                    || body.contains(quote.text() + ",\"") || body.contains(quote.text() + ",”");
            assertTrue(opened && closed, "not a whole quotation: " + quote.text());
        }
    }

    @Test
    void leavesNoFurnitureAnywhere() {
        String json = ArticleJson.write(article);
        for (String furniture : List.of("You are here", "users have voted", "Get top stories", "Last updated")) {
            assertFalse(json.contains(furniture), furniture);
        }
    }

    private static String firstWords(String text) {
        List<String> words = Arrays.asList(text.split(" "));
        return String.join(" ", words.subList(0, Math.min(3, words.size())));
    }

    /** The seed's blocks between the dateline and the vote count, grouped at the known subheadings. */
    private static List<Section> expectedSections() {
        List<String> blocks = blocks();
        int start = indexOfBlockStarting(blocks, "WASHINGTON — ");
        int end = indexOfBlockStarting(blocks, "46 users have voted.");
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (String block : blocks.subList(start, end)) {
            String unquoted = block.replace("'", "");
            if (HEADINGS.contains(unquoted)) {
                sections.add(new Section(heading, paragraphs));
                heading = unquoted;
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(block.startsWith("WASHINGTON — ") ? block.substring(13) : block);
            }
        }
        sections.add(new Section(heading, paragraphs));
        return sections;
    }

    private static List<String> blocks() {
        // The seed's subheading lines end in a no-break space, which String.strip keeps.
        return Arrays.stream(seedText.split("\n\\s*\n"))
                .map(block -> block.replace('\u00A0', ' ').strip())
                .filter(block -> !block.isEmpty())
                .toList();
    }

    private static int indexOfBlockStarting(List<String> blocks, String prefix) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("the seed has no block starting " + prefix);
    }
}
