package io.articles.article;

import static io.articles.article.RejectedInputException.Reason.BINARY;
import static io.articles.article.RejectedInputException.Reason.EMPTY;
import static io.articles.article.RejectedInputException.Reason.NOT_AN_ARTICLE;
import static io.articles.article.RejectedInputException.Reason.TOO_LARGE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole parser over the fixture articles, one field or one input form per test. */
class ArticleParserTest {

    @Test
    void readsASavedSitePage() throws RejectedInputException {
        Article article = Fixtures.parse("site-article.txt");
        assertEquals("Amman water utility unveils plan to cut losses in old network", article.headline());
        assertEquals("By Rana Haddad", article.byline());
        assertEquals(List.of("Rana Haddad"), article.authors());
        assertNull(article.agency());
        assertEquals(LocalDate.of(2022, 2, 3), article.publishedDate());
        assertEquals(LocalDate.of(2022, 2, 4), article.updatedDate());
        assertEquals("AMMAN", article.dateline());
        assertEquals("Workers lay new pipes in the Jabal Al Hussein neighbourhood of Amman on Wednesday (JT photo)",
                article.caption());
        assertEquals(12, article.votes());
        assertEquals("en", article.language());
        assertEquals(165, article.wordCount());
    }

    @Test
    void buildsTheSitePageSections() throws RejectedInputException {
        List<Section> sections = Fixtures.parse("site-article.txt").sections();
        assertEquals(java.util.Arrays.asList(null, "Pipes and pumps", "A matter of survival"),
                sections.stream().map(Section::heading).toList());
        assertEquals("The capital's water utility on Wednesday unveiled a five-year plan to replace ageing pipes "
                + "that lose nearly a third of the water pumped into them.", sections.get(0).paragraphs().get(0));
        assertEquals(List.of(3, 3, 2), sections.stream().map(s -> s.paragraphs().size()).toList());
    }

    @Test
    void attributesTheSitePageQuotes() throws RejectedInputException {
        assertEquals(List.of("Samir Odeh", "Odeh", "Huda Salem", "Nour Khalil"),
                Fixtures.parse("site-article.txt").quotes().stream().map(Quote::speaker).toList());
    }

    @Test
    void removesFurnitureEverywhere() throws RejectedInputException {
        String json = ArticleJson.write(Fixtures.parse("site-article.txt"));
        for (String furniture : List.of("You are here", "Home", "users have voted", "Share", "Print", "Read more",
                "Get top stories", "Copyright", "Last updated")) {
            assertTrue(!json.contains("\"" + furniture) && !json.contains(furniture + "\""), furniture);
        }
    }

    @Test
    void readsWireCopyWithAuthorsAndAgency() throws RejectedInputException {
        Article article = Fixtures.parse("wire-copy.txt");
        assertEquals(List.of("Jane Doe", "John Roe"), article.authors());
        assertEquals("Reuters", article.agency());
        assertEquals("LONDON", article.dateline());
        assertNull(article.publishedDate());
        assertNull(article.votes());
        assertEquals(List.of(
                new Quote("We cannot ask crews to wait at anchor for days in these seas", "Peter Lindqvist"),
                new Quote("The safer choice is to go north.", "Peter Lindqvist")), article.quotes());
    }

    @Test
    void readsCrlfLinesWithNoBlankLinesBetweenParagraphs() throws RejectedInputException {
        Article article = Fixtures.parse("crlf-no-blank-lines.txt");
        assertEquals("Quiet week ends with record attendance at book fair", article.headline());
        assertEquals("By Omar Nasser", article.byline());
        assertEquals(LocalDate.of(2022, 1, 31), article.publishedDate());
        assertEquals("IRBID", article.dateline());
        assertEquals(4, article.sections().get(0).paragraphs().size());
        assertEquals("Layla Amin", article.quotes().get(0).speaker());
    }

    @Test
    void joinsHardWrappedWireCopyAndTakesTheAgencyFromTheDateline() throws RejectedInputException {
        Article article = Fixtures.parse("hard-wrapped.txt");
        assertNull(article.byline());
        assertEquals("AP", article.agency());
        assertEquals("AMMAN, Jordan", article.dateline());
        assertEquals(3, article.sections().get(0).paragraphs().size());
        assertTrue(article.sections().get(0).paragraphs().get(0).startsWith("Farmers in the Jordan Valley said"));
        assertEquals("Khaled Yousef", article.quotes().get(0).speaker());
    }

    @Test
    void acceptsAHeadlineOnly() throws RejectedInputException {
        Article article = Fixtures.parse("headline-only.txt");
        assertEquals("Council approves new cycling lanes for downtown", article.headline());
        assertEquals(List.of(), article.sections());
        assertEquals(0, article.wordCount());
        assertNull(article.byline());
        assertNull(article.publishedDate());
    }

    @Test
    void readsTheSameArticleInEveryEncoding() throws RejectedInputException {
        String text = Fixtures.text("site-article.txt").replace("Residents", "Zelensky’s residents");
        Article utf8 = parse(text.getBytes(UTF_8));
        assertEquals(utf8, parse(text.getBytes(Charset.forName("windows-1252"))));
        assertEquals(utf8, parse(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(UTF_16LE))));
        assertEquals(utf8, parse(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(UTF_8))));
        assertEquals(utf8, parse(text.replace("\n", "\r").getBytes(UTF_8)));
        assertTrue(ArticleJson.write(utf8).contains("Zelensky’s residents"));
    }

    @Test
    void findsTheHeadlineAboveTheBylineBelowTheSiteNavigation() throws RejectedInputException {
        String text = Fixtures.text("navigation-above-headline.txt").replace("\n", "\r");
        Article article = parse(text.getBytes(Charset.forName("windows-1252")));
        assertEquals("Talks on water sharing resume in Amman", article.headline());
        assertEquals(List.of("Lina Saleh", "Karim Aziz"), article.authors());
        assertEquals("AFP", article.agency());
        assertEquals(LocalDate.of(2023, 3, 14), article.publishedDate());
        assertEquals(LocalDate.of(2023, 3, 15), article.updatedDate());
        assertEquals("AMMAN", article.dateline());
        assertEquals(List.of(new Quote("We are close", "Mark Stone"), new Quote("But not there yet.", "Mark Stone"),
                new Quote("We need a deal that lasts for decades to come.", "Ayman Safadi")), article.quotes());
        assertEquals(3, article.sections().get(0).paragraphs().size());
    }

    @Test
    void findsTheBylineBelowADateLine() throws RejectedInputException {
        Article article = Fixtures.parseText("Headline of the day\n31 January 2022\nBy Sara Ali\nBody text here.");
        assertEquals("Headline of the day", article.headline());
        assertEquals(LocalDate.of(2022, 1, 31), article.publishedDate());
        assertEquals(List.of("Sara Ali"), article.authors());
        assertEquals(List.of(new Section(null, List.of("Body text here."))), article.sections());
    }

    @Test
    void startsWithTheBodyWhenThereIsNoHeadline() throws RejectedInputException {
        Article article = Fixtures.parseText("LONDON (Reuters) - Shares fell on Monday.\n\nTraders were cautious.");
        assertNull(article.headline());
        assertEquals("LONDON", article.dateline());
        assertEquals(List.of("Shares fell on Monday.", "Traders were cautious."),
                article.sections().get(0).paragraphs());
    }

    @Test
    void rejectsEmptyAndWhitespaceOnlyFiles() {
        assertRejected(EMPTY, new byte[0]);
        assertRejected(EMPTY, " \n\t\r\n\u00A0 ".getBytes(UTF_8));
    }

    @Test
    void rejectsFilesOfOnlyFurnitureOrPunctuation() {
        assertRejected(NOT_AN_ARTICLE, "You are here\n\n46 users have voted.\nShare".getBytes(UTF_8));
        assertRejected(NOT_AN_ARTICLE, "--- *** 123 ...".getBytes(UTF_8));
    }

    @Test
    void rejectsBinaryFiles() {
        assertRejected(BINARY, "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(UTF_8));
    }

    @Test
    void rejectsFilesAboveTheConfiguredLimit() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> new ArticleParser(10).parse("x", "Headline of the day".getBytes(UTF_8)));
        assertEquals(TOO_LARGE, e.reason());
        assertEquals(5 * 1024 * 1024, ArticleParser.DEFAULT_MAX_BYTES);
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleParser(0));
    }

    private static Article parse(byte[] bytes) throws RejectedInputException {
        return new ArticleParser().parse("same", bytes);
    }

    private static void assertRejected(RejectedInputException.Reason reason, byte[] bytes) {
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> parse(bytes));
        assertEquals(reason, e.reason(), e.getMessage());
    }

    private static byte[] withBom(byte[] bom, byte[] text) {
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        return all;
    }
}
