package io.articles.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlEntitiesTest {

    @Test
    void leavesALineWithoutAmpersandsAsItIs() {
        String line = "José Martínez said “no”.";
        assertSame(line, HtmlEntities.decode(line));
    }

    @Test
    void decodesNumericReferences() {
        assertEquals("José Martínez", HtmlEntities.decode("Jos&#233; Mart&#xED;nez"));
        assertEquals("Trần Thị Hoa", HtmlEntities.decode("Tr&#7847;n Th&#7883; Hoa"));
        assertEquals("“Yes,” she said", HtmlEntities.decode("&#8220;Yes,&#8221; she said"));
    }

    @Test
    void decodesTheNamedReferencesOfTextAndTheLatin1Letters() {
        assertEquals("Sørensen & Dahl", HtmlEntities.decode("S&oslash;rensen &amp; Dahl"));
        assertEquals("\"We can't,\" he said — and left…", HtmlEntities.decode(
                "&quot;We can&apos;t,&quot; he said &mdash; and left&hellip;"));
        assertEquals("François Lefèvre’s “bistro”", HtmlEntities.decode(
                "Fran&ccedil;ois Lef&egrave;vre&rsquo;s &ldquo;bistro&rdquo;"));
        assertEquals("Åse Straße Ñandú", HtmlEntities.decode("&Aring;se Stra&szlig;e &Ntilde;and&uacute;"));
    }

    @Test
    void readsWindows1252NumbersAsTheirMarks() {
        assertEquals("it’s", HtmlEntities.decode("it&#146;s"));
    }

    @Test
    void leavesWhatIsNotAReferenceAlone() {
        assertEquals("AT&T and R&D; &bogus; & &#; &#xZZ; &#99999999;",
                HtmlEntities.decode("AT&T and R&D; &bogus; & &#; &#xZZ; &#99999999;"));
    }

    @Test
    void turnsSpacesIntoSingleSpacesAndDropsInvisibleCharacters() {
        assertEquals("a b", HtmlEntities.decode("a&nbsp; b&nbsp;"));
        assertEquals("Zelensky", HtmlEntities.decode("Zel&shy;ensky"));
    }

    @Test
    void linesAreDecodedAsTheyAreRead() throws UnreadableTextException {
        Lines lines = LineReader.read("Jos&#233; &amp; Ana\n\nSaid &quot;no&quot;.".getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
        assertEquals(List.of("José & Ana", "Said \"no\"."), lines);
        assertEquals(2, lines.words(0));
        assertEquals(2, lines.words(1));
    }
}
