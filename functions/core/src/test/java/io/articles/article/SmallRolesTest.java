package io.articles.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.text.Words;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one-method roles: captions, word counts, the language guess. */
class SmallRolesTest {

    @Test
    void recognisesPhotoCaptionsByTheirCredit() {
        assertTrue(Captions.isCaption("Workers lay pipes in Amman on Wednesday (JT photo)"));
        assertTrue(Captions.isCaption("The minister at the signing (Photo courtesy of the ministry)"));
        assertTrue(Captions.isCaption("A view of the port (AFP PHOTO)"));
        assertFalse(Captions.isCaption("The ministry (which declined to comment) said nothing"));
        assertFalse(Captions.isCaption("He took a photo of the port (from the hill)"));
    }

    @Test
    void countsWordsButNotDashes() {
        assertEquals(4, Words.count("WASHINGTON — The Russian build-up"));
        assertEquals(0, Words.count(" — -- "));
        assertEquals(2, Words.count("“Putin” 2014"));
    }

    @Test
    void tellsWhetherTextHasAtLeastSoManyWords() {
        String text = "very — well-aligned, said";
        assertTrue(Words.atLeast(text, 0, text.length(), 3));
        assertFalse(Words.atLeast(text, 0, text.length(), 4));
        assertFalse(Words.atLeast(text, 0, 7, 2));
    }

    @Test
    void guessesEnglishArabicOrNothing() {
        assertEquals(Optional.of("en"), LanguageGuess.of(List.of("The minister said that the talks were useful.")));
        assertEquals(Optional.of("ar"), LanguageGuess.of(List.of("قال الوزير إن المحادثات كانت مفيدة")));
        assertEquals(Optional.empty(), LanguageGuess.of(List.of("Der Minister sagte, die Gespräche seien nützlich.")));
        assertEquals(Optional.empty(), LanguageGuess.of(List.of()));
    }
}
