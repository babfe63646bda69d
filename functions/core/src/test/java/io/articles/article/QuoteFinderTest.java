package io.articles.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    @Test
    void attributesAQuoteToTheNameBeforeTheVerb() {
        assertEquals(List.of(new Quote("We will reopen the crossing on Sunday", "Mariam Haddad")),
                find("\"We will reopen the crossing on Sunday,\" ministry spokeswoman Mariam Haddad told reporters."));
    }

    @Test
    void stripsTitlesFromTheSpeaker() {
        assertEquals("Bob Menendez", speakerOf("“It will not stop there,” Senator Bob Menendez said on CNN."));
        assertEquals("Vladimir Putin", speakerOf("Russian President Vladimir Putin said “we are ready to talk”."));
        assertEquals("Jens Stoltenberg",
                speakerOf("“We stand ready to help,” NATO Secretary General Jens Stoltenberg said."));
        assertEquals("Nour Khalil", speakerOf("Minister of Water Nour Khalil said “the pumps are old and tired”."));
        assertEquals("John King", speakerOf("“The roads are closed today,” John King said."));
    }

    @Test
    void keepsParticlesJoinedToASurname() {
        assertEquals("Omar al-Khatib", speakerOf("\"We will see what happens next,\" said Omar al-Khatib, the mayor."));
        assertEquals("Abdullah bin Zayed", speakerOf("“The region needs calm,” Abdullah bin Zayed told reporters."));
    }

    @Test
    void readsTheInvertedSaidName() {
        assertEquals("Ayman Safadi", speakerOf("\"The border stays open for aid,\" said Foreign Minister Ayman Safadi, "
                + "speaking in Amman."));
    }

    @Test
    void resolvesAPronounToTheLastNamedSpeaker() {
        assertEquals(List.of(new Quote("very well-aligned", "Nuland"), new Quote("will feel it acutely", "Nuland")),
                find("Nuland said the measures would be “very well-aligned” with Europe.",
                        "Putin “will feel it acutely”, she said."));
    }

    @Test
    void resolvesAPronounToASpeakerNamedInAParagraphWithoutQuotes() {
        assertEquals(List.of(new Quote("It will be on Tuesday", "Zakharova")),
                find("Zakharova said the call had been arranged.", "“It will be on Tuesday,” she said."));
    }

    @Test
    void resolvesAPronounToTheLatestOfTheSpeakersNamedBefore() {
        assertEquals("Zakharova", find("“We will talk again soon,” Lavrov said.",
                "Zakharova said the call had been arranged.", "No date was given.",
                "“It will be on Tuesday,” she said.").get(1).speaker());
        assertEquals("Lavrov", find("Zakharova said the call had been arranged.",
                "“We will talk again soon,” Lavrov said.", "No date was given.",
                "“It will be on Tuesday,” he said.").get(1).speaker());
    }

    @Test
    void leavesAPronounWithNoOneNamedBeforeUnattributed() {
        assertEquals(List.of(new Quote("We will not give up", null)), find("“We will not give up,” she said."));
    }

    @Test
    void carriesTheSpeakerToTheNextQuoteInTheParagraph() {
        assertEquals(List.of(new Quote("We are going to listen to them", "Linda Thomas-Greenfield"),
                        new Quote("And we are going to answer them.", "Linda Thomas-Greenfield")),
                find("\"They will talk,\" Washington's UN envoy Linda Thomas-Greenfield told ABC News.",
                        "\"We are going to listen to them,\" she said on Sunday. \"And we are going to answer them.\"")
                        .subList(1, 3));
    }

    @Test
    void attributesEveryQuoteInTheSentence() {
        List<Quote> quotes = find("“It will not stop with Ukraine,” Senator Bob Menendez said, and warned of "
                + "“sanctions that would crush the economy” should it happen.");
        assertEquals(List.of("Bob Menendez", "Bob Menendez"), quotes.stream().map(Quote::speaker).toList());
    }

    @Test
    void leavesAQuoteWithoutAttributionUnattributed() {
        assertEquals(List.of(new Quote("The Anglo-Saxons are ramping up tensions.", null)),
                find("The Kremlin denounced the move.", "“The Anglo-Saxons are ramping up tensions.”"));
    }

    @Test
    void ignoresScareQuotes() {
        assertEquals(List.of(), find("Britain flagged \"devastating\" sanctions and a “very well-aligned” plan."));
    }

    @Test
    void takesAnUnclosedQuoteToTheEndOfTheParagraph() {
        assertEquals(List.of(new Quote("We will rebuild every school in the valley", "Nasser Judeh")),
                find("Nasser Judeh said: “We will rebuild every school in the valley"));
    }

    @Test
    void doesNotEndSentencesAtAbbreviations() {
        assertEquals("Omar Khoury", speakerOf("“The talks were useful,” the U.S. envoy Mr. Omar Khoury said."));
    }

    @Test
    void readsGuillemets() {
        assertEquals(List.of(new Quote("Nous sommes prêts à discuter", "Jean Martin")),
                find("«Nous sommes prêts à discuter», said Jean Martin."));
    }

    private static List<Quote> find(String... paragraphs) {
        return QuoteFinder.find(List.of(new Section(null, Arrays.asList(paragraphs))));
    }

    private static String speakerOf(String paragraph) {
        List<Quote> quotes = find(paragraph);
        assertEquals(1, quotes.size(), quotes::toString);
        return quotes.get(0).speaker();
    }
}
