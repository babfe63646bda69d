package io.articles.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SurnameTest {
    @Test
    void isTheLastWordOfTheFoldedName() {
        assertEquals("putin", ArticleIndex.surname("vladimir putin"));
        assertEquals("greenfield", ArticleIndex.surname("linda thomas greenfield"));
    }

    @Test
    void passesOverGenerationalSuffixesAndRegnalNumbers() {
        assertEquals("king", ArticleIndex.surname("martin luther king jr"));
        assertEquals("abdullah", ArticleIndex.surname("abdullah ii"));
        assertEquals("gates", ArticleIndex.surname("william h gates iii"));
    }

    @Test
    void isTheOnlyWordOfAMononymEvenWhenItLooksLikeASuffix() {
        assertEquals("madonna", ArticleIndex.surname("madonna"));
        assertEquals("v", ArticleIndex.surname("v"));
    }

    @Test
    void partitionsTheSurnameUnderItsOwnPrefix() {
        assertEquals("S#putin", ArticleIndex.surnamePartition("putin"));
        assertEquals("P#linda thomas greenfield", ArticleIndex.personPartition("Linda Thomas-Greenfield"));
    }
}
