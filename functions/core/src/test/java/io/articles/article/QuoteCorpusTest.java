package io.articles.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.json.JsonTree;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Scores quote finding and attribution on the quote corpus ({@code src/test/resources/quotes}, see its README): 66
 * articles written for the project with every quotation and its speaker marked, a quarter of them held out. Prints,
 * for the development and the held-out part separately and per difficulty class: found (gold quotations returned),
 * precision (returned quotations that are gold ones), attribution (the right speaker for the quotations said by a
 * named person), organisations (the right organisation for statements) and unknowns (no speaker where the text names
 * none). Fails if a figure falls below the one reached, less a small margin.
 *
 * <pre>mvn -B -q -o -pl functions/core test -Dtest=QuoteCorpusTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * {@code -Dquotes.verbose=true} also lists every missed, extra and misattributed quotation of the development part
 * (never of the held-out part); {@code -Dquotes.devOnly=true} leaves the held-out part unscored.
 */
class QuoteCorpusTest {
    private static final String CORPUS = "/quotes/";

    /** What the development part reaches (99.2%, 99.4%, 93.8%, 82.9%), less a margin of a point or two. */
    private static final double DEV_FOUND = 0.975;
    private static final double DEV_PRECISION = 0.98;
    private static final double DEV_ATTRIBUTION = 0.92;
    private static final double DEV_ORGANISATIONS = 0.80;
    /**
     * What the held-out part gave when it was scored, once, at the end of the work (99.2%, 98.5%, 84.2%), less the
     * same margin. It was not tuned on: a later change that raises it is to be judged on the development part.
     */
    private static final double HELD_OUT_FOUND = 0.975;
    private static final double HELD_OUT_PRECISION = 0.965;
    private static final double HELD_OUT_ATTRIBUTION = 0.82;

    private final ArticlePipeline pipeline = new ArticlePipeline();

    @Test
    void findsAndAttributesTheQuotationsOfTheCorpus() throws IOException, RejectedInputException {
        boolean verbose = Boolean.getBoolean("quotes.verbose");
        Score dev = new Score();
        Score heldOut = new Score();
        for (Map<String, Object> article : gold()) {
            boolean held = Boolean.TRUE.equals(article.get("heldOut"));
            if (held && Boolean.getBoolean("quotes.devOnly")) {
                continue;
            }
            String file = JsonTree.string(article, "file");
            List<Quote> returned = pipeline.read(file, bytes(file)).quotes();
            (held ? heldOut : dev).add(file, gold(article), returned, verbose && !held);
        }
        System.out.println("quote corpus, development part:\n" + dev.report());
        assertTrue(dev.found() >= DEV_FOUND, "found fell: " + dev.found());
        assertTrue(dev.precision() >= DEV_PRECISION, "precision fell: " + dev.precision());
        assertTrue(dev.attribution() >= DEV_ATTRIBUTION, "attribution fell: " + dev.attribution());
        assertTrue(dev.organisations() >= DEV_ORGANISATIONS, "organisations fell: " + dev.organisations());
        if (heldOut.goldQuotes() > 0) {
            System.out.println("quote corpus, held-out part:\n" + heldOut.report());
            assertTrue(heldOut.found() >= HELD_OUT_FOUND, "held-out found fell: " + heldOut.found());
            assertTrue(heldOut.precision() >= HELD_OUT_PRECISION, "held-out precision fell: " + heldOut.precision());
            assertTrue(heldOut.attribution() >= HELD_OUT_ATTRIBUTION,
                    "held-out attribution fell: " + heldOut.attribution());
        }
    }

    @Test
    void matchesQuotationsByTheirWordsAndSpeakersByTheirLetters() {
        Score score = new Score();
        List<GoldQuote> gold = List.of(new GoldQuote("We will appeal,", "José Pérez", "person", List.of(3)),
                new GoldQuote("Never.", "Ministry of Health", "organisation", List.of(8)),
                new GoldQuote("Signs read this", null, "unknown", List.of(10)));
        score.add("test", gold, List.of(new Quote("we will  APPEAL", "Jose Perez"),
                new Quote("Never.", "Health Ministry", SpeakerType.ORGANISATION),
                new Quote("Something else entirely", null)), false);
        assertEquals(2 / 3.0, score.found());
        assertEquals(2 / 3.0, score.precision());
        assertEquals(1.0, score.attribution());
        assertEquals(0.0, score.organisations());
    }

    /** A quotation of the gold manifest. */
    record GoldQuote(String text, String speaker, String speakerType, List<Integer> classes) {
    }

    /** Counts over a set of articles, in all and per class. */
    static final class Score {
        private final Counts all = new Counts();
        private final Map<Integer, Counts> byClass = new TreeMap<>();
        private int files;

        void add(String file, List<GoldQuote> gold, List<Quote> returned, boolean verbose) {
            files++;
            boolean[] used = new boolean[returned.size()];
            for (GoldQuote quote : gold) {
                int match = -1;
                for (int r = 0; r < returned.size() && match < 0; r++) {
                    if (!used[r] && words(returned.get(r).text()).equals(words(quote.text()))) {
                        match = r;
                    }
                }
                Quote found = match < 0 ? null : returned.get(match);
                if (match >= 0) {
                    used[match] = true;
                }
                all.add(quote, found);
                for (int c : quote.classes()) {
                    byClass.computeIfAbsent(c, k -> new Counts()).add(quote, found);
                }
                if (verbose && (found == null || !rightSpeaker(quote, found))) {
                    System.out.printf("  %s %s %s: %s%n      gold %s (%s)%n", file, quote.classes(),
                            found == null ? "MISSED" : "SPEAKER", quote.text(), quote.speaker(),
                            found == null ? "-" : "returned " + found.speaker() + " " + found.speakerType().json());
                }
            }
            for (int r = 0; r < returned.size(); r++) {
                all.returned++;
                if (used[r]) {
                    all.matchedReturned++;
                } else if (verbose) {
                    System.out.printf("  %s EXTRA: %s (%s)%n", file, returned.get(r).text(), returned.get(r).speaker());
                }
            }
        }

        double found() {
            return all.found();
        }

        double precision() {
            return all.returned == 0 ? 1 : all.matchedReturned / (double) all.returned;
        }

        double attribution() {
            return all.attribution();
        }

        double organisations() {
            return ratio(all.rightOrganisations, all.organisationQuotes);
        }

        int goldQuotes() {
            return all.gold;
        }

        String report() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "  %d files, %d quotations: found %s, precision %s (%d/%d), "
                            + "attribution %s (wrong %s, none %s), organisations %s, unknown %s%n", files, all.gold,
                    all.foundText(), percent(precision()), all.matchedReturned, all.returned, all.attributionText(),
                    percent(ratio(all.wrongPersons, all.personQuotes)),
                    percent(ratio(all.noPersons, all.personQuotes)),
                    fraction(all.rightOrganisations, all.organisationQuotes),
                    fraction(all.rightUnknowns, all.unknownQuotes)));
            byClass.forEach((c, counts) -> out.append(String.format(Locale.ROOT,
                    "    class %2d: %3d quotations, found %s, attribution %s, organisations %s%n", c, counts.gold,
                    counts.foundText(), counts.attributionText(),
                    fraction(counts.rightOrganisations, counts.organisationQuotes))));
            return out.toString();
        }

        private static boolean rightSpeaker(GoldQuote gold, Quote found) {
            return gold.speaker() == null ? found.speaker() == null
                    : found.speaker() != null && letters(gold.speaker()).equals(letters(found.speaker()));
        }

        /** The counts of a set of gold quotations. */
        private static final class Counts {
            int gold;
            int found;
            int returned;
            int matchedReturned;
            int personQuotes;
            int rightPersons;
            int wrongPersons;
            int noPersons;
            int organisationQuotes;
            int rightOrganisations;
            int unknownQuotes;
            int rightUnknowns;

            void add(GoldQuote quote, Quote match) {
                gold++;
                found += match == null ? 0 : 1;
                boolean right = match != null && rightSpeaker(quote, match);
                switch (quote.speakerType()) {
                    case "person" -> {
                        personQuotes++;
                        rightPersons += right ? 1 : 0;
                        noPersons += match != null && match.speaker() == null ? 1 : 0;
                        wrongPersons += match != null && match.speaker() != null && !right ? 1 : 0;
                    }
                    case "organisation" -> {
                        organisationQuotes++;
                        rightOrganisations += right ? 1 : 0;
                    }
                    default -> {
                        unknownQuotes++;
                        rightUnknowns += right ? 1 : 0;
                    }
                }
            }

            double found() {
                return ratio(found, gold);
            }

            double attribution() {
                return ratio(rightPersons, personQuotes);
            }

            String foundText() {
                return fraction(found, gold);
            }

            String attributionText() {
                return fraction(rightPersons, personQuotes);
            }
        }
    }

    /** The quotation's words: case, punctuation and spacing do not count. */
    static String words(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(Character.toLowerCase(c));
            } else if (Character.isWhitespace(c) || c == '—' || c == '–') {
                space = true;
            }
        }
        return out.toString();
    }

    /** A name's letters without accents, case, spaces or punctuation: "José Pérez" and "JOSE PEREZ" meet. */
    static String letters(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : part / (double) whole;
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static String fraction(int part, int whole) {
        return whole == 0 ? "-" : percent(ratio(part, whole)) + " (" + part + "/" + whole + ")";
    }

    private static List<Map<String, Object>> gold() throws IOException {
        List<Map<String, Object>> articles = new ArrayList<>();
        String manifest = new String(bytes("gold.jsonl"), StandardCharsets.UTF_8);
        for (String line : manifest.split("\n")) {
            if (!line.isBlank()) {
                articles.add(JsonTree.object(JsonTree.read(
                        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))), "article"));
            }
        }
        return articles;
    }

    private static List<GoldQuote> gold(Map<String, Object> article) {
        List<GoldQuote> quotes = new ArrayList<>();
        for (Object item : JsonTree.array(article.get("quotes"), "quotes")) {
            Map<String, Object> quote = JsonTree.object(item, "quote");
            List<Integer> classes = new ArrayList<>();
            for (Object c : JsonTree.array(quote.get("classes"), "classes")) {
                classes.add(((Number) c).intValue());
            }
            quotes.add(new GoldQuote(JsonTree.string(quote, "text"), JsonTree.string(quote, "speaker"),
                    JsonTree.string(quote, "speakerType"), classes));
        }
        return quotes;
    }

    private static byte[] bytes(String name) {
        try (InputStream in = QuoteCorpusTest.class.getResourceAsStream(CORPUS + name)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
