package io.articles.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.text.Words;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the bytes, the parser either returns an article or rejects the input with its typed reason: no other
 * exception, and the article it returns is well formed. jqwik reports any other exception as a failure.
 */
class ArticleParserPropertiesTest {
    /** Pieces that steer the parser into each of its paths: bylines, dates, datelines, quotes, captions, furniture. */
    private static final List<String> PIECES = List.of("By ", "By AFP - Jan 31,2022 - Last updated at Feb 30,2022",
            "WASHINGTON — ", "AMMAN—", "AMMAN, Jordan (AP) -- ", "LONDON (Reuters) - ", "“", "”", "\"", "'", "«",
            "»",
            " said ", " she said.", "Senator Bob Menendez said", ", said Ayman Safadi", "(AFP photo)", "(", ")",
            "46 users have voted.", "You are here", "Share", "\n", "\r\n", "\r", "\n\n", "\t", "\u00A0", "\u2028",
            " — ", " -- ", " - ", " | ", "31/02/2022", "2022-01-31", "31 January 2022", "Mr. ", "U.S. ", ". ", "? ",
            "Minister of ", "of", "bin", "Putin", "Nuland", "the", "word", "Zelensky’s", "\uFFFD", "\uFEFF", "é");
    private final ArticleParser parser = new ArticleParser();

    @Property(tries = 300)
    void anyBytesGiveAnArticleOrATypedRejection(@ForAll @Size(max = 2000) byte[] bytes) {
        parseOrReject(bytes);
    }

    @Property(tries = 300)
    void anyTextGivesAnArticleOrATypedRejection(@ForAll @Size(max = 2000) String text) {
        parseOrReject(text.getBytes(UTF_8));
    }

    @Property(tries = 500)
    void articleShapedTextGivesAWellFormedArticle(@ForAll("articleShaped") String text) {
        parseOrReject(text.getBytes(UTF_8));
    }

    @Property(tries = 300)
    void mutatedFixturesGiveAnArticleOrATypedRejection(@ForAll("mutatedFixtures") byte[] bytes) {
        parseOrReject(bytes);
    }

    @Provide
    Arbitrary<String> articleShaped() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12));
        return piece.list().ofMaxSize(200).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<byte[]> mutatedFixtures() {
        Arbitrary<byte[]> fixture = Arbitraries.of("site-article.txt", "wire-copy.txt", "crlf-no-blank-lines.txt",
                "hard-wrapped.txt", "headline-only.txt", "navigation-above-headline.txt").map(Fixtures::bytes);
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 200),
                Arbitraries.bytes()).as(Mutation::new);
        return Combinators.combine(fixture, mutation.list().ofMaxSize(20)).as(ArticleParserPropertiesTest::mutate);
    }

    private void parseOrReject(byte[] bytes) {
        try {
            assertWellFormed(parser.parse("property", bytes));
        } catch (RejectedInputException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a rejection says why");
        }
    }

    private static void assertWellFormed(Article article) {
        assertEquals(bodyWords(article), article.wordCount(), "the words of the body it returns");
        for (Section section : article.sections()) {
            assertFalse(section.heading() == null && section.paragraphs().isEmpty(), "empty section");
            section.paragraphs().forEach(p -> assertFalse(p.isBlank(), "blank paragraph"));
        }
        article.quotes().forEach(q -> assertFalse(q.text().isBlank(), "blank quote"));
        article.authors().forEach(a -> assertFalse(a.isBlank(), "blank author"));
        if (article.votes() != null) {
            assertTrue(article.votes() >= 0);
        }
        assertEquals(article, article.toBuilder().build());
    }

    /** The body's words counted afresh: the parser adds up counts it made while reading the lines. */
    private static int bodyWords(Article article) {
        int words = 0;
        for (Section section : article.sections()) {
            words += section.heading() == null ? 0 : Words.count(section.heading());
            words += section.paragraphs().stream().mapToInt(Words::count).sum();
        }
        return words;
    }

    private static byte[] mutate(byte[] original, List<Mutation> mutations) {
        byte[] bytes = original;
        for (Mutation mutation : mutations) {
            bytes = mutation.applyTo(bytes);
        }
        return bytes;
    }

    /** Overwrite, insert, delete or duplicate bytes at a relative position. */
    private record Mutation(int kind, double where, int length, byte value) {
        byte[] applyTo(byte[] bytes) {
            int at = (int) (where * bytes.length);
            int n = Math.min(length, bytes.length - at);
            return switch (kind) {
                case 0 -> overwrite(bytes, at);
                case 1 -> splice(bytes, at, new byte[] {value}, 0);
                case 2 -> splice(bytes, at, new byte[0], n);
                default -> splice(bytes, at, java.util.Arrays.copyOfRange(bytes, at, at + n), 0);
            };
        }

        private byte[] overwrite(byte[] bytes, int at) {
            byte[] copy = bytes.clone();
            if (at < copy.length) {
                copy[at] = value;
            }
            return copy;
        }

        private static byte[] splice(byte[] bytes, int at, byte[] insert, int delete) {
            byte[] out = new byte[bytes.length - delete + insert.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(insert, 0, out, at, insert.length);
            System.arraycopy(bytes, at + delete, out, at + insert.length, bytes.length - at - delete);
            return out;
        }
    }
}
