package io.articles.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineReaderTest {

    @Test
    void readsTheSiteBylineWithItsTwoDates() {
        Byline byline = read("By AFP - Jan 31,2022 - Last updated at Feb 01,2022");
        assertEquals(new Byline("By AFP", List.of(), "AFP", LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 1)),
                byline);
    }

    @Test
    void namesTheAuthorOfAStaffByline() {
        Byline byline = read("By Rana Haddad - Feb 03,2022 - Last updated at Feb 03,2022");
        assertEquals("By Rana Haddad", byline.text());
        assertEquals(List.of("Rana Haddad"), byline.authors());
        assertNull(byline.agency());
    }

    @Test
    void splitsAuthorsFromTheAgency() {
        Byline byline = read("By Jane Doe and John Roe, Reuters");
        assertEquals(List.of("Jane Doe", "John Roe"), byline.authors());
        assertEquals("Reuters", byline.agency());
        assertNull(byline.published());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Jordan Times Staff Writer | ''",
            "By JT | ''",
            "By Sara Ali & Omar Khoury | Sara Ali;Omar Khoury",
            "By Ursula von der Leyen | Ursula von der Leyen",
            "By Omar al-Khatib | Omar al-Khatib",
            "BY: Lina Saleh (Petra) | Lina Saleh",
            "By Mark Stone in Amman | Mark Stone",
            "By Ahmad Hamdan, Associated Press | Ahmad Hamdan"})
    void dropsDeskWordsAndAgenciesFromTheAuthors(String line, String authors) {
        List<String> expected = authors.isEmpty() ? List.of() : List.of(authors.split(";"));
        assertEquals(expected, read(line).authors());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"By AFP | AFP", "By the Associated Press | AP", "By JT | JT",
            "By Petra | Petra", "By Xinhua | Xinhua", "By dpa | dpa", "By ANA | ANA", "By Anadolu Agency | Anadolu",
            "By Jane Doe (Bloomberg) | Bloomberg", "By Kuwait News Agency | KUNA"})
    void recognisesTheAgency(String line, String agency) {
        assertEquals(agency, read(line).agency());
    }

    @ParameterizedTest
    @ValueSource(strings = {"By AFP — Jan 31, 2022", "By AFP – Jan 31, 2022", "By AFP -- Jan 31, 2022",
            "By AFP | Jan 31, 2022", "By AFP - Monday 31 January 2022 10:30"})
    void acceptsDashesOfEveryKind(String line) {
        Byline byline = read(line);
        assertEquals("By AFP", byline.text());
        assertEquals(LocalDate.of(2022, 1, 31), byline.published());
    }

    @Test
    void keepsANonDatePartInTheByline() {
        Byline byline = read("By Jane Doe - Reuters - Jan 31, 2022");
        assertEquals("By Jane Doe - Reuters", byline.text());
        assertEquals("Reuters", byline.agency());
    }

    @Test
    void leavesAnImpossibleDateOut() {
        Byline byline = read("By AFP - Feb 30,2022");
        assertEquals("By AFP", byline.text());
        assertNull(byline.published());
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the end of the year, prices had doubled.", "Byzantine rules", "By", "By ",
            "Bypass road opens", "By | AFP", "By - Jan 31, 2022"})
    void tellsProseFromBylines(String line) {
        assertFalse(BylineReader.isByline(line));
    }

    private static Byline read(String line) {
        return BylineReader.read(line).orElseThrow();
    }
}
