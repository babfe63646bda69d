package io.articles.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void splitsOnEveryKindOfLineEnding() throws UnreadableTextException {
        assertEquals(List.of("One", "Two", "Three", "Four", "Five"),
                read("One\r\nTwo\rThree\nFour\u2028Five"));
    }

    @Test
    void dropsBlankLinesAndTrims() throws UnreadableTextException {
        assertEquals(List.of("Headline", "Body."), read("\n  \t\nHeadline  \n\n\u00A0\n  Body.\n\n"));
    }

    @Test
    void turnsTabsAndNoBreakSpacesIntoSingleSpaces() throws UnreadableTextException {
        assertEquals(List.of("Security demands", "a b c"),
                read("Security\u00A0demands\u00A0\n\n\ta\t\tb \u202F c"));
    }

    @Test
    void removesZeroWidthAndControlCharacters() throws UnreadableTextException {
        assertEquals(List.of("Zelensky"), read("\uFEFFZel\u200Ben\u00ADsky\u0007"));
    }

    @Test
    void joinsHardWrappedLinesThatCarryOnASentence() throws UnreadableTextException {
        assertEquals(List.of("Farmers said on Monday that a late frost had destroyed the crop.", "Prices rose."),
                read("Farmers said on Monday that a\nlate frost had destroyed\nthe crop.\nPrices rose."));
    }

    @Test
    void keepsLinesApartAcrossABlankLineOrAfterAFullStop() throws UnreadableTextException {
        assertEquals(List.of("First paragraph ends here", "second starts in lower case.", "and so does this"),
                read("First paragraph ends here\n\nsecond starts in lower case.\nand so does this"));
    }

    @Test
    void countsTheWordsOfEachLineAsWordsDoes() throws UnreadableTextException {
        Lines lines = read("WASHINGTON — The “talks” (AFP) resume\n\n  Security\u00A0 demands \u2014 2022 \n\n"
                + "hard-wrapped lines\ncarry on; and 𝄞 is no word\nZel\u200Bensky");
        assertEquals(4, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(Words.count(lines.get(i)), lines.words(i), lines.get(i));
        }
        assertEquals(List.of(5, 3, 8, 1), List.of(lines.words(0), lines.words(1), lines.words(2), lines.words(3)));
    }

    @Test
    void countsWordsAndNormalisesSpacesOnRandomText() throws UnreadableTextException {
        Random random = new Random(7);
        String[] pieces = {"a", "Zelensky’s", " ", "  ", "\n", "\r\n", "\t", "\u00A0", "—", "“", "”", "(AFP)", "-", "é",
                "𝄞", "\u200B", "\u0085", "\u2028", "said", ".", "\u0007", "\u007F", "7"};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Lines lines = readOrNull(text.toString());
            for (int i = 0; lines != null && i < lines.size(); i++) {
                String line = lines.get(i);
                assertEquals(Words.count(line), lines.words(i), () -> text.toString());
                String normalised = line.strip().replaceAll("[\\s\\u00A0\\u200B\\u0085\\u2028]+", " ");
                assertEquals(normalised, line, () -> text.toString());
            }
        }
    }

    @Test
    void refusesBytesThatAreNotUtf8() throws UnreadableTextException {
        assertEquals(Optional.empty(), LineReader.read(new byte[] {'a', (byte) 0xC3, 'b'}));
        assertEquals(Optional.empty(), LineReader.read(new byte[] {'a', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80}));
    }

    @Test
    void keepsARealReplacementCharacter() throws UnreadableTextException {
        assertEquals(List.of("a \uFFFD b"), read("a \uFFFD b"));
    }

    @Test
    void rejectsTextWithNulCharacters() {
        assertBinary("some text\0more text here");
    }

    @Test
    void rejectsTextThatIsMostlyControlCharacters() {
        assertTrue(assertBinary("ab\u0001\u0002\u0003\u0004cd\u0005\u0006").getMessage().contains("control characters"));
        assertBinary("ab\u0085\u0091\u0092cd\u0093");
    }

    @Test
    void countsControlCharactersAsTheirShareOfTheText() throws UnreadableTextException {
        assertEquals(List.of("Zelensky’s plan: ten words, one bell, and tabs stay spaces"),
                read("Zelensky’s plan:\tten words, one bell\u0007, and tabs\f stay spaces"));
    }

    /** The lines, or null for text with too many control characters (random pieces hold some). */
    private static Lines readOrNull(String text) {
        try {
            return read(text);
        } catch (UnreadableTextException e) {
            assertEquals(UnreadableTextException.Reason.BINARY, e.reason());
            return null;
        }
    }

    private static UnreadableTextException assertBinary(String text) {
        UnreadableTextException e = assertThrows(UnreadableTextException.class, () -> read(text));
        assertEquals(UnreadableTextException.Reason.BINARY, e.reason());
        return e;
    }

    private static Lines read(String text) throws UnreadableTextException {
        return LineReader.read(text.getBytes(UTF_8)).orElseThrow();
    }
}
