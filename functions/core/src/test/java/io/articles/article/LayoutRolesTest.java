package io.articles.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The header grammar's roles on the layouts of issue 12, one shape at a time (the corpus test has whole files). */
class LayoutRolesTest {
    private static final Instant UPLOADED = Instant.parse("2022-01-03T09:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "SOCCER - Late penalty lifts Porto | Late penalty lifts Porto | SOCCER",
            "UPDATE 2-Chile's copper output slides 7% | Chile's copper output slides 7% | UPDATE 2",
            "RUGBY - WALES EDGE FIJI IN CARDIFF THRILLER. | WALES EDGE FIJI IN CARDIFF THRILLER | RUGBY",
            "ALPINE SKIING-DOWNHILL RESULTS | DOWNHILL RESULTS | ALPINE SKIING",
            "Kazakh wheat exports to fall 15% - MINISTRY | Kazakh wheat exports to fall 15% | -",
            "Two arrested after raid on shop - police | Two arrested after raid on shop | -",
            "# Ghana raises cocoa price | Ghana raises cocoa price | -",
            "And then the lights went out... | And then the lights went out... | -",
            "Can a four-day week work? | Can a four-day week work? | -",
            "HARTWELL <HWC> SETS TWO-FOR-ONE STOCK SPLIT | HARTWELL <HWC> SETS TWO-FOR-ONE STOCK SPLIT | -",
            "NATO-Russia council meets in Brussels | NATO-Russia council meets in Brussels | -",
            "Court hearing - SCAP-22-0000368 | Court hearing - SCAP-22-0000368 | -"})
    void cleansHeadlines(String line, String headline, String slug) {
        assertEquals(new Headlines.Cleaned(headline, slug), Headlines.clean(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "SAO PAULO, March 4 (Reuters) - Miners cut output. | SAO PAULO | Reuters | --03-04",
            "ROTTERDAM, 26 Feb - Police arrested two men. | ROTTERDAM | - | --02-26",
            "HOUSTON, Feb. 26 — A refinery flared. | HOUSTON | - | --02-26",
            "Portland, Ore. — The city council voted. | Portland, Ore. | - | -",
            "Hong Kong (CNN) -- One of the oldest ferry firms. | Hong Kong | CNN | -",
            "Nairobi — City officials defended the plan. | Nairobi | - | -",
            "KOCHI: The second phase opens. | KOCHI | - | -",
            "(CNN) -- A giant planet was found. | - | CNN | -"})
    void readsWireAndSiteDatelines(String paragraph, String place, String agency, String monthDay) {
        Dateline dateline = DatelineReader.read(paragraph).orElseThrow();
        assertEquals(place, dateline.place());
        assertEquals(agency, dateline.agency());
        assertEquals(monthDay == null ? null : MonthDay.parse(monthDay), dateline.monthDay());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOTE: The figures are provisional.", "City officials — who met on Monday — agreed.",
            "Police — the city's — said so.", "(Adds analyst comment) - More text."})
    void readsNoDatelineFromProse(String paragraph) {
        assertEquals(Optional.empty(), DatelineReader.read(paragraph));
    }

    @Test
    void readsDatelinesOnALineOfTheirOwn() {
        assertEquals(Optional.of(new Dateline("VAL D'ISERE, France", null, "", LocalDate.of(1996, 12, 14), null)),
                DatelineReader.readDatedLine("VAL D'ISERE, France 1996-12-14"));
        assertEquals(Optional.of("Duluth, Minn."), DatelineReader.readPlaceLine("Duluth, Minn."));
        assertEquals(Optional.empty(), DatelineReader.readDatedLine("Friday, July 21, 2017"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "Maria Novak; Maria Novak; -",
            "Choi Yoon-ah, AFP; Choi Yoon-ah; AFP",
            "Inês Carvalho de Sousa | Lusa; Inês Carvalho de Sousa; Lusa",
            "Jean Tremblay | Canadian Press; Jean Tremblay; Canadian Press",
            "Maria Novak, Staff Reporter; Maria Novak; -",
            "Maria Novak | Staff Writer; Maria Novak; -",
            "MARIA NOVAK; MARIA NOVAK; -"})
    void readsBareBylines(String line, String author, String agency) {
        Byline byline = BylineReader.readBare(line).orElseThrow();
        assertEquals(List.of(author), byline.authors());
        assertEquals(agency, byline.agency());
    }

    @ParameterizedTest
    @ValueSource(strings = {"City Hall Defends Water Rationing Plan", "Keeping the Lights On", "Duluth, Minn.",
            "Hong Kong", "The talks went on.", "Nets in the hills", "NEW YORK", "WATER RATIONING PLAN",
            "Staff Reporter"})
    void readsNoBareBylineFromHeadlinesPlacesOrProse(String line) {
        assertEquals(Optional.empty(), BylineReader.readBare(line));
    }

    @Test
    void readsClosingCredits() {
        assertEquals(List.of("Ana Lima", "Rui Costa"), BylineReader.readCredit(
                "(Reporting by Ana Lima in Lisbon and Rui Costa; Editing by Kim Hall)").orElseThrow().authors());
        assertEquals(List.of("Fatima Al-Mansoori"), BylineReader.readCredit("-- Fatima Al-Mansoori, Staff Writer")
                .orElseThrow().authors());
        assertEquals(List.of(), BylineReader.readCredit("-- Staff writer").orElseThrow().authors());
        assertEquals(Optional.empty(), BylineReader.readCredit("(Adds analyst comment in paragraph 5)"));
    }

    @Test
    void takesTheUploadYearForADayWithoutOneNeverADateAfterTheUpload() throws RejectedInputException {
        Article article = parse("Grain shipments delayed\n\nBUENOS AIRES, Dec 31 - Loadings were halted today "
                + "for a second day, exporters said, as the strike went on.");
        assertEquals(LocalDate.of(2021, 12, 31), article.publishedDate());
        assertEquals(Article.DATE_FROM_UPLOAD_YEAR, article.dateSource());
        assertEquals(List.of(Warning.DATE_YEAR_FROM_UPLOAD, Warning.SHORT_BODY), codes(article));
        Article unknownUpload = new ArticleParser().parse("x", ("Grain shipments delayed\n\nBUENOS AIRES, Dec 31 - "
                + "Loadings were halted.").getBytes(UTF_8));
        assertNull(unknownUpload.publishedDate());
        assertEquals(List.of(Warning.DATE_WITHOUT_YEAR, Warning.SHORT_BODY), codes(unknownUpload));
    }

    @Test
    void readsMetadataBlocksAndFrontMatter() throws RejectedInputException {
        Article block = parse("Title: Osaka robot sorts recycling\nBy: Haruto Mizuno\nDate: 3 March 2022\n"
                + "Source: Kyodo News\n\nAn Osaka startup has built a robot.");
        assertEquals("Osaka robot sorts recycling", block.headline());
        assertEquals(List.of("Haruto Mizuno"), block.authors());
        assertEquals("Kyodo News", block.agency());
        assertEquals(LocalDate.of(2022, 3, 3), block.publishedDate());
        Article yaml = parse("---\ntitle: \"Trams go wind-powered\"\nauthor:\n  - Kaarel Tamm\n  - Liis Kangur\n"
                + "date: 2022-03-03T08:30:00Z\n---\n\nTallinn's trams will run on wind power.");
        assertEquals("Trams go wind-powered", yaml.headline());
        assertEquals(List.of("Kaarel Tamm", "Liis Kangur"), yaml.authors());
        assertEquals(LocalDate.of(2022, 3, 3), yaml.publishedDate());
        assertEquals(List.of(new Section(null, List.of("Tallinn's trams will run on wind power."))), yaml.sections());
    }

    @Test
    void warnsWhenTheHeadlineOrTheDateWasNotFound() throws RejectedInputException {
        Article article = parse("The council met on Monday and agreed a budget. Critics said it was too small.\n\n"
                + "More meetings are planned.");
        assertNull(article.headline());
        assertEquals(List.of(Warning.NO_HEADLINE, Warning.NO_DATE, Warning.SHORT_BODY), codes(article));
        assertEquals(List.of(Warning.HEADLINE_FROM_FIRST_LINE, Warning.NO_DATE, Warning.SHORT_BODY),
                codes(parse("Council agrees budget\n\nThe council met on Monday.")));
    }

    private static Article parse(String text) throws RejectedInputException {
        return new ArticleParser().parse("test", text.getBytes(UTF_8), UPLOADED);
    }

    private static List<String> codes(Article article) {
        return article.warnings().stream().map(Warning::code).toList();
    }
}
