package io.articles.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineWordsTest {
    @Test
    void foldsTheWordsAndLeavesOutShortCommonOnes() {
        assertEquals(List.of("russia", "us", "hold", "new", "ukraine", "crisis", "talks"),
                List.copyOf(HeadlineWords.of("Russia, US to hold new Ukraine crisis talks")));
    }

    @Test
    void keepsEachWordOnceInOrderOfFirstUse() {
        assertEquals(List.of("talks", "about", "resume"), List.copyOf(HeadlineWords.of("Talks about talks: TALKS resume")));
    }

    @Test
    void givesNoWordsForAHeadlineOfShortCommonWordsAlone() {
        assertEquals(List.of(), List.copyOf(HeadlineWords.of("It is as it was")));
    }

    @Test
    void keepsAtMostFortyWords() {
        StringBuilder headline = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            headline.append("word").append(i).append(' ');
        }
        List<String> words = List.copyOf(HeadlineWords.of(headline.toString()));
        assertEquals(40, words.size());
        assertEquals("word39", words.get(39));
    }
}
