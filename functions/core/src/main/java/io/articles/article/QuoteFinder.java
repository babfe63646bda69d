package io.articles.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the direct quotations in the body and who the text says spoke them. Paragraphs are cut into sentences
 * (outside quotation marks only); a sentence's attribution ("Name said", "she said", "said Name") applies to every
 * quotation in it. A pronoun refers to the last speaker named anywhere before; a sentence with no attribution
 * continues the speaker of the quote before it in the same paragraph. Quotes of fewer than three words are scare
 * quotes ("devastating"), not quotations. One pass over each paragraph: linear in the text.
 */
final class QuoteFinder {
    private static final int MIN_QUOTE_WORDS = 3;
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Sen",
            "Rep", "Gov", "Lt", "Maj", "Capt", "Prof", "Jr", "Sr", "No", "Mt", "Sgt", "Adm", "Brig", "Rev", "Ft", "vs",
            "Inc", "Co", "Corp", "Ltd");

    private final List<Quote> quotes = new ArrayList<>();
    /** The speaker named last anywhere before: whom "she said" refers to. */
    private String lastNamed;
    private String text;
    private char[] chars;
    private AttributionReader attributions;
    /** The current sentence's quotations: inner start and end offsets, pairwise. */
    private int[] spans = new int[8];
    private int spanCount;
    private String paragraphSpeaker;

    private QuoteFinder() {
    }

    static List<Quote> find(List<Section> sections) {
        QuoteFinder finder = new QuoteFinder();
        for (Section section : sections) {
            for (String paragraph : section.paragraphs()) {
                finder.paragraph(paragraph);
            }
        }
        return finder.quotes;
    }

    private void paragraph(String paragraph) {
        text = paragraph;
        chars = paragraph.toCharArray();
        attributions = new AttributionReader(paragraph, chars);
        paragraphSpeaker = null;
        spanCount = 0;
        int sentenceStart = 0;
        int i = 0;
        while (i < chars.length) {
            char closer = closerOf(chars[i]);
            if (closer != 0) {
                i = quotation(i, closer);
                if (endsSentenceAfterQuote(i)) {
                    sentence(sentenceStart, i);
                    sentenceStart = i;
                }
            } else {
                if (endsSentence(i)) {
                    sentence(sentenceStart, i + 1);
                    sentenceStart = i + 1;
                }
                i++;
            }
        }
        sentence(sentenceStart, chars.length);
    }

    /** Records the quotation opening at {@code open}; returns the index after its closing mark. */
    private int quotation(int open, char closer) {
        int close = text.indexOf(closer, open + 1);
        int innerEnd = close < 0 ? chars.length : close;
        if (spanCount == spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[spanCount++] = open + 1;
        spans[spanCount++] = innerEnd;
        return close < 0 ? chars.length : close + 1;
    }

    private void sentence(int from, int to) {
        Attribution attribution = attribution(from, to);
        if (attribution != null && !attribution.isPronoun()) {
            lastNamed = attribution.name();
        }
        String speaker = attribution == null ? paragraphSpeaker
                : attribution.isPronoun() ? lastNamed : attribution.name();
        for (int s = 0; s < spanCount; s += 2) {
            if (Words.count(text, spans[s], spans[s + 1]) >= MIN_QUOTE_WORDS) {
                quotes.add(new Quote(quoteText(spans[s], spans[s + 1]), speaker));
                paragraphSpeaker = speaker;
            }
        }
        spanCount = 0;
    }

    /** The first attribution in the sentence's text outside its quotations. */
    private Attribution attribution(int from, int to) {
        int stretchStart = from;
        for (int s = 0; s <= spanCount; s += 2) {
            int stretchEnd = s < spanCount ? spans[s] - 1 : to;
            Attribution found = stretchEnd > stretchStart
                    ? attributions.find(stretchStart, stretchEnd, s > 0) : null;
            if (found != null) {
                return found;
            }
            stretchStart = s < spanCount ? Math.min(spans[s + 1] + 1, to) : to;
        }
        return null;
    }

    private String quoteText(int from, int to) {
        int end = to;
        while (end > from && (chars[end - 1] == ',' || chars[end - 1] == ' ')) {
            end--;
        }
        int start = from;
        while (start < end && chars[start] == ' ') {
            start++;
        }
        return text.substring(start, end);
    }

    /** The closing mark for an opening quotation mark, or 0. */
    private static char closerOf(char c) {
        return switch (c) {
            case '“' -> '”';
            case '"' -> '"';
            case '«' -> '»';
            default -> 0;
        };
    }

    /** A full stop (not after an abbreviation or initial), question or exclamation mark, then a space or the end. */
    private boolean endsSentence(int at) {
        char c = chars[at];
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        boolean spaced = at + 1 == chars.length || chars[at + 1] == ' ';
        return spaced && (c != '.' || !afterAbbreviation(at));
    }

    private boolean afterAbbreviation(int dot) {
        int start = dot;
        while (start > 0 && chars[start - 1] != ' ') {
            start--;
        }
        int length = dot - start;
        boolean initial = length == 1 && Character.isUpperCase(chars[start]);
        return initial || hasDot(start, dot) || (length <= 5 && ABBREVIATIONS.contains(text.substring(start, dot)));
    }

    /** "U.S.", "a.m.": a word with a dot inside ends in an abbreviation's dot. */
    private boolean hasDot(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == '.') {
                return true;
            }
        }
        return false;
    }

    /** "... continent.” The next ...": a quotation ending with a full stop, followed by a new sentence. */
    private boolean endsSentenceAfterQuote(int after) {
        int lastInside = after - 2;
        return lastInside >= 0 && after + 1 < chars.length && chars[lastInside] == '.'
                && chars[after] == ' '
                && (Character.isUpperCase(chars[after + 1]) || closerOf(chars[after + 1]) != 0);
    }
}
