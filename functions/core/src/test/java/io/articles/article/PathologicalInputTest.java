package io.articles.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Inputs of the full 5 MB built to trip a super-linear parser: one huge line, thousands of quote marks, thousands
 * of "By" lines. Each must parse in well under a second; the bound here is generous so a loaded two-core machine does
 * not make the test flaky. The benchmark module measures the real speed.
 */
class PathologicalInputTest {
    private static final int SIZE = ArticleParser.DEFAULT_MAX_BYTES;
    private static final long MAX_MILLIS = 3000;
    private final ArticleParser parser = new ArticleParser();

    @Test
    void parsesOneHugeLineInLinearTime() throws RejectedInputException {
        Article article = timed(fill("Headline\n\nWASHINGTON — ", "word said Nuland, "));
        assertEquals(1, article.sections().get(0).paragraphs().size());
    }

    @Test
    void parsesThousandsOfQuoteMarksInLinearTime() throws RejectedInputException {
        timed(fill("Headline\n\n", "\"a “b ” said Senator X “ "));
        timed(fill("Headline\n\n“", "one two three, she said. "));
    }

    @Test
    void parsesThousandsOfBylinesInLinearTime() throws RejectedInputException {
        Article article = timed(fill("Headline\n", "By AFP - Jan 31,2022 - Last updated at Jan 31,2022\n"));
        assertEquals("By AFP", article.byline());
    }

    @Test
    void parsesThousandsOfShortLinesAndHeadingsInLinearTime() throws RejectedInputException {
        timed(fill("Headline\n", "Short heading\nand a continued line,\n'Quoted'\n(AFP photo)\n"));
    }

    @Test
    void rejectsOneByteOverTheLimit() {
        byte[] bytes = new byte[SIZE + 1];
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> parser.parse("big", bytes));
        assertEquals(RejectedInputException.Reason.TOO_LARGE, e.reason());
    }

    private Article timed(byte[] bytes) throws RejectedInputException {
        long start = System.nanoTime();
        Article article = parser.parse("pathological", bytes);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < MAX_MILLIS, "took " + millis + " ms");
        return article;
    }

    /** {@code head} then {@code unit} repeated up to the size limit. */
    private static byte[] fill(String head, String unit) {
        StringBuilder text = new StringBuilder(SIZE).append(head);
        int unitBytes = unit.getBytes(UTF_8).length;
        int headBytes = head.getBytes(UTF_8).length;
        for (long size = headBytes; size + unitBytes <= SIZE; size += unitBytes) {
            text.append(unit);
        }
        return text.toString().getBytes(UTF_8);
    }
}
