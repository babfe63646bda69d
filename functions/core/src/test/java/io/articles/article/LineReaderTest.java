package io.articles.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void splitsOnEveryKindOfLineEnding() {
        assertEquals(List.of("One", "Two", "Three", "Four", "Five"),
                LineReader.read("One\r\nTwo\rThree\nFour\u2028Five"));
    }

    @Test
    void dropsBlankLinesAndTrims() {
        assertEquals(List.of("Headline", "Body."), LineReader.read("\n  \t\nHeadline  \n\n\u00A0\n  Body.\n\n"));
    }

    @Test
    void turnsTabsAndNoBreakSpacesIntoSingleSpaces() {
        assertEquals(List.of("Security demands", "a b c"),
                LineReader.read("Security\u00A0demands\u00A0\n\n\ta\t\tb \u202F c"));
    }

    @Test
    void removesZeroWidthAndControlCharacters() {
        assertEquals(List.of("Zelensky"), LineReader.read("\uFEFFZel\u200Ben\u00ADsky\u0007"));
    }

    @Test
    void joinsHardWrappedLinesThatCarryOnASentence() {
        assertEquals(List.of("Farmers said on Monday that a late frost had destroyed the crop.", "Prices rose."),
                LineReader.read("Farmers said on Monday that a\nlate frost had destroyed\nthe crop.\nPrices rose."));
    }

    @Test
    void keepsLinesApartAcrossABlankLineOrAfterAFullStop() {
        assertEquals(List.of("First paragraph ends here", "second starts in lower case.", "and so does this"),
                LineReader.read("First paragraph ends here\n\nsecond starts in lower case.\nand so does this"));
    }
}
