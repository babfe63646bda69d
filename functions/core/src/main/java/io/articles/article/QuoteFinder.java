package io.articles.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the direct quotations in the body and who the text says spoke them. A sentence's attribution ("Name said",
 * "she said", "said Name") applies to every quotation in it (see {@link SentenceReader}). A pronoun refers to the
 * last speaker named anywhere before; a sentence with no attribution continues the speaker of the quote before it in
 * the same paragraph. Quotes of fewer than three words are scare quotes ("devastating"), not quotations. A sentence
 * without quotation marks gives no quotation and matters only to a later "she said", so it is read for a speaker
 * only when one asks: a paragraph with no quotation mark is not even cut into sentences until then.
 */
final class QuoteFinder {
    private static final int MIN_QUOTE_WORDS = 3;

    private final List<Quote> quotes = new ArrayList<>();
    private final SentenceReader sentences = new SentenceReader();
    /** Reads the unread text when a pronoun asks: its own reader, as {@link #sentences} is half-way through one. */
    private final SentenceReader names = new SentenceReader();
    /** The speaker named last anywhere before: whom "she said" refers to. */
    private String lastNamed;
    /** The text without quotations since {@link #lastNamed}, not read yet: it may name a later one. */
    private final List<Unread> unread = new ArrayList<>();
    private String paragraphSpeaker;

    private QuoteFinder() {
    }

    static List<Quote> find(List<Section> sections) {
        QuoteFinder finder = new QuoteFinder();
        for (Section section : sections) {
            for (String paragraph : section.paragraphs()) {
                finder.read(paragraph);
            }
        }
        return finder.quotes;
    }

    private void read(String paragraph) {
        if (!hasQuotationMark(paragraph)) {
            unread.add(new Unread(paragraph, 0, paragraph.length()));
            return;
        }
        sentences.load(paragraph, 0, paragraph.length());
        paragraphSpeaker = null;
        while (sentences.next()) {
            if (sentences.quotations() == 0) {
                unread.add(new Unread(paragraph, sentences.start(), sentences.end()));
            } else {
                sentence();
            }
        }
    }

    private static boolean hasQuotationMark(String paragraph) {
        return paragraph.indexOf('"') >= 0 || paragraph.indexOf('“') >= 0 || paragraph.indexOf('«') >= 0;
    }

    /** Attributes the quotations of the current sentence. */
    private void sentence() {
        Attribution attribution = sentences.attribution();
        if (attribution != null && !attribution.isPronoun()) {
            lastNamed = attribution.name();
            unread.clear();
        }
        String speaker = attribution == null ? paragraphSpeaker
                : attribution.isPronoun() ? lastNamed() : attribution.name();
        for (int q = 0; q < sentences.quotations(); q++) {
            if (sentences.quotationHasWords(q, MIN_QUOTE_WORDS)) {
                quotes.add(new Quote(sentences.quotationText(q), speaker));
                paragraphSpeaker = speaker;
            }
        }
    }

    /** {@link #lastNamed}, after reading the text left unread since it was named, latest first. */
    private String lastNamed() {
        for (int u = unread.size() - 1; u >= 0; u--) {
            String named = unread.get(u).lastNamed(names);
            if (named != null) {
                lastNamed = named;
                break;
            }
        }
        unread.clear();
        return lastNamed;
    }

    /** A stretch of a paragraph, without quotation marks, not read yet. */
    private record Unread(String paragraph, int from, int to) {
        /** The name in the last of its sentences that names a speaker, or null. */
        String lastNamed(SentenceReader names) {
            names.load(paragraph, from, to);
            String named = null;
            while (names.next()) {
                Attribution attribution = names.attribution();
                named = attribution != null && !attribution.isPronoun() ? attribution.name() : named;
            }
            return named;
        }
    }
}
