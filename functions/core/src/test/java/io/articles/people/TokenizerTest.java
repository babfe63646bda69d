package io.articles.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = Lexicon.get().tokenizer;

    private List<String> texts(String paragraph) {
        return Arrays.stream(tokenizer.tokens(paragraph)).map(Token::text).toList();
    }

    @Test
    void keepsHyphensApostrophesAndInnerPeriodsInsideWords() {
        assertEquals(List.of("Linda", "Thomas-Greenfield", "met", "O'Brien", "in", "the", "U.S.", "."),
                texts("Linda Thomas-Greenfield met O'Brien in the U.S.."));
    }

    @Test
    void keepsThePeriodOfInitialsAndAbbreviationsButNotOfASentence() {
        assertEquals(List.of("Mr.", "K.C.", "Maurer", "left", "."), texts("Mr. K.C. Maurer left."));
    }

    @Test
    void cutsOffAndFlagsThePossessive() {
        Token[] tokens = tokenizer.tokens("Lavrov\u2019s plan");
        assertEquals("Lavrov", tokens[0].text());
        assertTrue(tokens[0].is(Token.POSSESSIVE));
    }

    @Test
    void marksTheFirstWordOfEachSentenceAndQuotation() {
        Token[] tokens = tokenizer.tokens("He left. \u201cWe stay,\u201d she said.");
        assertEquals(List.of(true, false, true, false),
                List.of(tokens[0], tokens[1], tokens[4], tokens[5]).stream().map(t -> t.is(Token.SENTENCE_START)).toList());
    }

    @Test
    void treatsTheArabicArticleBeforeACapitalAsPartOfAName() {
        assertTrue(tokenizer.tokens("al-Assad")[0].isCapitalised());
    }
}
