package io.articles.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionBuilderTest {
    private static final String P1 = "The first paragraph is a full sentence.";
    private static final String P2 = "The second paragraph is another one.";

    @Test
    void opensASectionAtEachShortStandaloneLine() {
        assertEquals(List.of(new Section(null, List.of(P1)), new Section("Carrots and sticks", List.of(P2))),
                SectionBuilder.build(List.of(P1, "Carrots and sticks", P2)));
    }

    @Test
    void removesTheQuoteMarksAroundAHeading() {
        assertEquals(List.of(new Section(null, List.of(P1)), new Section("Putin will not stop", List.of(P2))),
                SectionBuilder.build(List.of(P1, "'Putin will not stop'", P2)));
        assertEquals("A matter of survival", SectionBuilder.build(List.of(P1, "“A matter of survival”", P2))
                .get(1).heading());
    }

    @Test
    void treatsAShortLineAtTheEndAsAParagraph() {
        assertEquals(List.of(new Section(null, List.of(P1, "Signed off"))),
                SectionBuilder.build(List.of(P1, "Signed off")));
    }

    @Test
    void treatsShortSentencesAsParagraphs() {
        assertEquals(List.of(new Section(null, List.of(P1, "It rained.", P2))),
                SectionBuilder.build(List.of(P1, "It rained.", P2)));
    }

    @Test
    void letsAHeadingOpenTheBody() {
        assertEquals(List.of(new Section("Background", List.of(P1))),
                SectionBuilder.build(List.of("Background", P1)));
    }

    @Test
    void buildsNoSectionFromNoParagraphs() {
        assertEquals(List.of(), SectionBuilder.build(List.of()));
    }
}
