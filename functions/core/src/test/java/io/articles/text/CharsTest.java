package io.articles.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharsTest {
    @Test
    void answersAsCharacterDoesForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), "isLetterOrDigit U+" + i);
            assertEquals(Character.isLetter(c), Chars.isLetter(c), "isLetter U+" + i);
            assertEquals(Character.isUpperCase(c), Chars.isUpperCase(c), "isUpperCase U+" + i);
            assertEquals(Character.isLowerCase(c), Chars.isLowerCase(c), "isLowerCase U+" + i);
            assertEquals(Character.isWhitespace(c), Chars.isWhitespace(c), "isWhitespace U+" + i);
        }
    }
}
