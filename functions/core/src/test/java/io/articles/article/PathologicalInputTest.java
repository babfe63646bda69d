package io.articles.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inputs of the full 5 MB built to trip a super-linear parser: one huge line, thousands of quote marks, thousands
 * of "By" lines. Each parses in well under a second (0.1 to 0.3 s here); the bound is generous so a loaded two-core
 * machine does not make the test flaky. The parser is warmed up on the same shapes at a twentieth of the size first:
 * the bound is on the parser's work, not on the JIT compiler's, which a busy machine can delay by seconds. The
 * benchmark module measures the real speed.
 */
class PathologicalInputTest {
    private static final int SIZE = ArticleParser.DEFAULT_MAX_BYTES;
    private static final long MAX_MILLIS = 3000;
    private static final List<String[]> SHAPES = List.of(
            new String[] {"Headline\n\nWASHINGTON — ", "word said Nuland, "},
            new String[] {"Headline\n\n", "\"a “b ” said Senator X “ "},
            new String[] {"Headline\n\n“", "one two three, she said. "},
            new String[] {"Headline\n", "By AFP - Jan 31,2022 - Last updated at Jan 31,2022\n"},
            new String[] {"Headline\n", "Short heading\nand a continued line,\n'Quoted'\n(AFP photo)\n"},
            new String[] {"Headline\n\n", "Officials met. “We will talk again,” she said. "});
    private static final int WARM_UP_ROUNDS = 3;
    private final ArticleParser parser = new ArticleParser();

    @BeforeAll
    static void warmUp() throws RejectedInputException {
        ArticleParser parser = new ArticleParser();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String[] shape : SHAPES) {
                parser.parse("warm-up", fill(shape[0], shape[1], SIZE / 20));
            }
        }
    }

    @Test
    void parsesOneHugeLineInLinearTime() throws RejectedInputException {
        Article article = timed(SHAPES.get(0));
        assertEquals(1, article.sections().get(0).paragraphs().size());
    }

    @Test
    void parsesThousandsOfQuoteMarksInLinearTime() throws RejectedInputException {
        timed(SHAPES.get(1));
        timed(SHAPES.get(2));
    }

    @Test
    void resolvesThousandsOfPronounsInOneParagraphInLinearTime() throws RejectedInputException {
        assertEquals(null, timed(SHAPES.get(5)).quotes().get(0).speaker());
    }

    @Test
    void parsesThousandsOfBylinesInLinearTime() throws RejectedInputException {
        Article article = timed(SHAPES.get(3));
        assertEquals("By AFP", article.byline());
    }

    @Test
    void parsesThousandsOfShortLinesAndHeadingsInLinearTime() throws RejectedInputException {
        timed(SHAPES.get(4));
    }

    @Test
    void rejectsOneByteOverTheLimit() {
        byte[] bytes = new byte[SIZE + 1];
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> parser.parse("big", bytes));
        assertEquals(RejectedInputException.Reason.TOO_LARGE, e.reason());
    }

    private Article timed(String[] shape) throws RejectedInputException {
        byte[] bytes = fill(shape[0], shape[1], SIZE);
        long start = System.nanoTime();
        Article article = parser.parse("pathological", bytes);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < MAX_MILLIS, "took " + millis + " ms");
        return article;
    }

    /** {@code head} then {@code unit} repeated up to {@code size} bytes. */
    private static byte[] fill(String head, String unit, int size) {
        StringBuilder text = new StringBuilder(size).append(head);
        int unitBytes = unit.getBytes(UTF_8).length;
        int headBytes = head.getBytes(UTF_8).length;
        for (long length = headBytes; length + unitBytes <= size; length += unitBytes) {
            text.append(unit);
        }
        return text.toString().getBytes(UTF_8);
    }
}
