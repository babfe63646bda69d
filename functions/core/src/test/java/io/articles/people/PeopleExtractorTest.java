package io.articles.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleExtractorTest {
    private final PeopleExtractor extractor = new PeopleExtractor();

    private List<Person> people(String... paragraphs) {
        return extractor.people(List.of(paragraphs), List.of());
    }

    private List<String> names(String... paragraphs) {
        return people(paragraphs).stream().map(Person::name).toList();
    }

    @Test
    void findsAPersonAfterARoleAndKeepsTheRoleAsTitle() {
        assertEquals(List.of(new Person("Ayo Kadri", 1, List.of("Finance Minister"))),
                people("Finance Minister Ayo Kadri opened the new port on Tuesday."));
    }

    @Test
    void countsSurnameMentionsUnderTheFullName() {
        assertEquals(List.of(new Person("Ayo Kadri", 3, List.of("Finance Minister"))),
                people("Kadri wins port vote", "Finance Minister Ayo Kadri opened the port.", "Kadri's plan passed."));
    }

    @Test
    void ordersPeopleByTheMentionThatIntroducesThem() {
        assertEquals(List.of("Ayo Kadri", "Lena Hartmann"),
                names("Hartmann and Kadri meet", "Minister Ayo Kadri met her counterpart Lena Hartmann in Bonn."));
    }

    @Test
    void keepsRegnalNumbersInTheNameAndTheRoyalTitleOut() {
        assertEquals(List.of(new Person("Abdullah II", 1, List.of("King"))),
                people("King Abdullah II opened the session in Amman."));
    }

    @Test
    void keepsParticlesAndHyphensInsideNames() {
        assertEquals(List.of("Ursula von der Leyen", "Abu Bakr al-Baghdadi", "Nadia Thomas-Okoro"),
                names("President Ursula von der Leyen spoke of Abu Bakr al-Baghdadi, said Nadia Thomas-Okoro."));
    }

    @Test
    void takesTheRoleFromAnAppositionBeforeOrAfterTheName() {
        assertEquals(List.of(new Person("Marta Okonjo", 1, List.of("defence chief")),
                        new Person("Piet Veldman", 1, List.of("harbour master"))),
                people("Its defence chief, Marta Okonjo, agreed, as did Piet Veldman, the harbour master."));
    }

    @Test
    void leavesOutPlacesOrganisationsOutletsAndDays() {
        assertEquals(List.of(), names("Washington told CNN on Monday that the Security Council and Reuters "
                + "would meet in Geneva with NATO and the Kremlin."));
    }

    @Test
    void doesNotTakeAnEverydayWordOpeningASentenceForAName() {
        assertEquals(List.of("Tomas Brandt"), names("Analysts say prices fell. Traders agreed, Tomas Brandt said."));
    }

    @Test
    void leavesOutTheExcludedNames() {
        assertEquals(List.of(), extractor.people(List.of("Reporter Jo Wendt visited Lagos."), List.of("Jo Wendt")));
    }

    @Test
    void readsTheNamesOfAResultsTable() {
        assertEquals(List.of("Mara Lindqvist", "Tsige Alemu", "Kanu", "Okafor"),
                names("Women's marathon: 1. Mara Lindqvist (SWE) 2:21.04, 2. Tsige Alemu (ETH) 2:21.40",
                        "Scorers: Kanu 12, Okafor 45+1"));
    }

    @Test
    void readsScorersAndScorecardsOfWireSportsResults() {
        assertEquals(List.of("Ivan Leko", "Kovac", "M. Atherton", "Moin Khan", "Wasim Akram", "Dvorak", "Kowalczyk"),
                names("Scorers: Ivan Leko (23rd), Kovac (88th)",
                        "England first innings: M. Atherton c Moin Khan b Wasim Akram 31",
                        "Second round: Dvorak (Czech Republic x4) beat Kowalczyk (Poland) 7-5 6-2"));
    }

    @Test
    void countsASurnameInACapitalsHeadlineButTakesNothingElseFromIt() {
        assertEquals(List.of(new Person("Niko Kovac", 2, List.of())),
                people("SOCCER - KOVAC STRIKES LATE AS SPLIT BEAT RIJEKA", "Niko Kovac scored in the 88th minute."));
    }

    @Test
    void readsATitleCaseHeadlineAsMentionsOfPeopleFoundInTheText() {
        assertEquals(List.of(new Person("Rosa Pereira", 2, List.of())),
                people("Rosa Pereira Resigns As Party Turns Against Her", "Rosa Pereira said she would step down."));
    }

    @Test
    void linksASurnameToAFullNameWithAGenerationalSuffixButKeepsTheGenerationsApart() {
        assertEquals(List.of(new Person("Donald Trump Jr.", 2, List.of()), new Person("Donald Trump", 1, List.of())),
                people("Donald Trump Jr. criticised the plan, and Trump's allies agreed with Donald Trump."));
    }

    @Test
    void leavesOutOrganisationsNamedLikePeople() {
        assertEquals(List.of("Elon Musk"), names("Shares of Goldman Sachs and Morgan Stanley fell in Abu Dhabi, "
                + "while Al Qaeda was blamed, Elon Musk said."));
    }

    @Test
    void recognisesSurnamesByTheirShapeWhenTheGivenNameIsUnknown() {
        assertEquals(List.of("Tymofiy Kovalenko", "Aurelio McAllister", "Papadopoulos"),
                names("Tymofiy Kovalenko met Aurelio McAllister in Alaska, Papadopoulos said."));
    }

    @Test
    void tellsTeamsNamedAfterACityFromPeople() {
        assertEquals(List.of("Dwight Howard", "Paolo Banchero"), names("Dwight Howard watched the Orlando Magic beat "
                + "the Charlotte Hornets 101-99. Paolo Banchero scored 30 points."));
    }

    @Test
    void treatsAPhraseThatIsAPersonOnceAsAPersonThroughout() {
        assertEquals(List.of(new Person("Okwu Dimka", 2, List.of())),
                people("Okwu Dimka arrived late.", "The vote was fair, said Okwu Dimka."));
    }

    @Test
    void namesEachSpeakerByTheCanonicalNameOfItsPersonOrNull() {
        Extraction found = extractor.extract(new Document(
                List.of("Port deal signed", "Finance Minister Ayo Kadri signed the deal."), List.of(),
                Arrays.asList("Kadri", "the union", null, "Kadri")));

        assertEquals(List.of("Ayo Kadri"), found.people().stream().map(Person::name).toList());
        assertEquals(Arrays.asList("Ayo Kadri", null, null, "Ayo Kadri"), found.speakers());
    }
}
