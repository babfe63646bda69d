package io.articles.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.text.LineReader;
import io.articles.text.Lines;
import io.articles.text.UnreadableTextException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {"You are here", "Get top stories and blog posts emailed to you each day.", "Share",
            "Print", "Read more", "Read more Local news", "Read more »", "© Copyright 2022 The Daily Desk.",
            "Copyright (c) 2021 Example News", "Example News 2022. All rights reserved.", "Follow us on Twitter",
            "Related articles", "Email this article"})
    void recognisesSiteFurniture(String line) {
        assertTrue(Furniture.isFurniture(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Print media is in decline, the report said.", "Share prices fell on Monday.",
            "Home prices in Amman rose by 4 per cent last year.", "The copyright office said it would appeal."})
    void keepsProseThatMentionsFurnitureWords(String line) {
        assertFalse(Furniture.isFurniture(line));
    }

    @Test
    void readsTheVoteCount() {
        assertEquals(OptionalInt.of(46), Furniture.votes("46 users have voted."));
        assertEquals(OptionalInt.of(1), Furniture.votes("1 user has voted"));
        assertEquals(OptionalInt.empty(), Furniture.votes("46 users have left the forum."));
        assertEquals(OptionalInt.empty(), Furniture.votes("12345678901 users have voted."));
    }

    @Test
    void stripsFurnitureAndKeepsTheFirstVoteCount() throws UnreadableTextException {
        Furniture.Page page = Furniture.strip(lines("You are here", "Headline", "Body.",
                "46 users have voted.", "Share", "3 users have voted."));
        assertEquals(List.of("Headline", "Body."), page.lines());
        assertEquals(46, page.votes());
    }

    @Test
    void leavesVotesNullWhenThePageShowsNone() throws UnreadableTextException {
        assertNull(Furniture.strip(lines("Headline")).votes());
    }

    /** The lines as the parser reads them, one a line. */
    private static Lines lines(String... lines) throws UnreadableTextException {
        return LineReader.read(String.join("\n", lines).getBytes(UTF_8)).orElseThrow();
    }
}
