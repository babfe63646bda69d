package io.articles.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void lowersCaseAndDropsAccents() {
        assertEquals("jose alvarez", Folding.fold("JOSÉ  Álvarez."));
    }

    @Test
    void joinsApostrophesOfEitherShape() {
        assertEquals("obrien zelenskys", Folding.fold("O'Brien Zelensky’s"));
    }

    @Test
    void turnsEveryRunOfPunctuationIntoOneSpaceAndTrims() {
        assertEquals("thomas greenfield u s talks", Folding.fold("  Thomas-Greenfield: U.S. -- talks! "));
    }

    @Test
    void keepsDigitsAndLettersOfOtherScripts() {
        assertEquals("g7 москва 東京", Folding.fold("G7, Москва 東京"));
    }

    @Test
    void foldsCompatibilityFormsAndLigatures() {
        assertEquals("office 2", Folding.fold("Oﬃce ²"));
    }

    @Test
    void givesNothingForPunctuationAlone() {
        assertEquals("", Folding.fold(" -- !? "));
    }
}
