package io.articles.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the direct quotations in the body and who the text says spoke them. Paragraphs are cut into sentences
 * (outside quotation marks only); a sentence's attribution ("Name said", "she said", "said Name") applies to every
 * quotation in it. A pronoun refers to the last speaker named anywhere before; a sentence with no attribution
 * continues the speaker of the quote before it in the same paragraph. Quotes of fewer than three words are scare
 * quotes ("devastating"), not quotations. One pass over each paragraph finds the quotations, the sentence ends and
 * the speech verbs together: linear in the text, and the body's second-hottest loop. A paragraph with no quotation
 * mark gives no quotation and matters only to a later "she said", so it is read only when one asks for its speaker.
 */
final class QuoteFinder {
    private static final int MIN_QUOTE_WORDS = 3;
    private static final WordSet ABBREVIATIONS = new WordSet("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Sen",
            "Rep", "Gov", "Lt", "Maj", "Capt", "Prof", "Jr", "Sr", "No", "Mt", "Sgt", "Adm", "Brig", "Rev", "Ft", "vs",
            "Inc", "Co", "Corp", "Ltd");

    /** {@link #isWordChar} for ASCII, looked up: it is asked of nearly every character of the body. */
    private static final boolean[] ASCII_WORD_CHARS = asciiWordChars();

    private final List<Quote> quotes = new ArrayList<>();
    /** The speaker named last anywhere before: whom "she said" refers to. */
    private String lastNamed;
    /** The paragraphs without quotation marks since {@link #lastNamed}, not read yet: they may name a later one. */
    private final List<String> unread = new ArrayList<>();
    private String paragraphSpeaker;
    private String text;
    private char[] chars;
    private AttributionReader attributions;
    /** The current sentence's quotations: inner start and end offsets, in pairs. */
    private int[] spans = new int[8];
    private int spanCount;
    /** The current sentence's speech verbs: stretch start, word start, word end, first after a quote (1/0). */
    private int[] verbs = new int[16];
    private int verbCount;
    /** Where the current stretch outside quotation marks starts, and whether no word has followed the quote yet. */
    private int stretchStart;
    private boolean rightAfterQuote;
    /** Where the word being read starts, or -1 between words. */
    private int wordStart;

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
        if (hasQuotationMark(paragraph)) {
            paragraph(paragraph);
        } else {
            unread.add(paragraph);
        }
    }

    private static boolean hasQuotationMark(String paragraph) {
        return paragraph.indexOf('"') >= 0 || paragraph.indexOf('“') >= 0 || paragraph.indexOf('«') >= 0;
    }

    private void paragraph(String paragraph) {
        text = paragraph;
        chars = paragraph.toCharArray();
        attributions = new AttributionReader(paragraph, chars);
        paragraphSpeaker = null;
        stretchStart = 0;
        rightAfterQuote = false;
        wordStart = -1;
        int i = 0;
        while (i < chars.length) {
            int runEnd = wordCharsEnd(i);
            wordStart = runEnd > i && wordStart < 0 ? i : wordStart;
            i = runEnd < chars.length ? atMark(runEnd) : runEnd;
        }
        endWord(chars.length);
        sentence(chars.length);
    }

    /** The end of the run of ordinary word characters from {@code from}: the tight loop most characters see. */
    private int wordCharsEnd(int from) {
        int i = from;
        while (i < chars.length && isWordChar(chars[i])) {
            i++;
        }
        return i;
    }

    /** At a space, a quotation mark or a possible sentence end: returns where to go on. */
    private int atMark(int at) {
        if (chars[at] == ' ') {
            // Most marks are the spaces between words: the word before ends here.
            endWord(at);
            return at + 1;
        }
        char closer = closerOf(chars[at]);
        if (closer != 0) {
            endWord(at);
            int next = quotation(at, closer);
            stretchStart = next;
            rightAfterQuote = true;
            if (endsSentenceAfterQuote(next)) {
                sentence(next);
            }
            return next;
        }
        wordStart = wordStart < 0 ? at : wordStart;
        if (endsSentence(at)) {
            endWord(at + 1);
            sentence(at + 1);
        }
        return at + 1;
    }

    /** Ends the open word, if any, at {@code end}, noting it if it is a speech verb. */
    private void endWord(int end) {
        int start = wordStart;
        wordStart = -1;
        if (start < 0 || start >= end) {
            return;
        }
        if (attributions.isVerb(start, end)) {
            if (verbCount == verbs.length) {
                verbs = Arrays.copyOf(verbs, verbs.length * 2);
            }
            verbs[verbCount++] = stretchStart;
            verbs[verbCount++] = start;
            verbs[verbCount++] = end;
            verbs[verbCount++] = rightAfterQuote ? 1 : 0;
        }
        if (rightAfterQuote && Character.isLetterOrDigit(chars[start])) {
            rightAfterQuote = false;
        }
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

    /** Attributes the quotations of the sentence ending at {@code to}, and starts the next sentence. */
    private void sentence(int to) {
        Attribution attribution = attribution(to);
        if (attribution != null && !attribution.isPronoun()) {
            lastNamed = attribution.name();
            unread.clear();
        }
        String speaker = attribution == null ? paragraphSpeaker
                : attribution.isPronoun() ? lastNamed() : attribution.name();
        for (int s = 0; s < spanCount; s += 2) {
            if (Words.count(chars, spans[s], spans[s + 1]) >= MIN_QUOTE_WORDS) {
                quotes.add(new Quote(quoteText(spans[s], spans[s + 1]), speaker));
                paragraphSpeaker = speaker;
            }
        }
        spanCount = 0;
        verbCount = 0;
        stretchStart = Math.max(stretchStart, to);
        rightAfterQuote = false;
    }

    /** {@link #lastNamed}, after reading the paragraphs left unread since it was named. */
    private String lastNamed() {
        if (!unread.isEmpty()) {
            QuoteFinder names = new QuoteFinder();
            unread.forEach(names::paragraph);
            lastNamed = names.lastNamed != null ? names.lastNamed : lastNamed;
            unread.clear();
        }
        return lastNamed;
    }

    /** The attribution at the sentence's first speech verb that has one. */
    private Attribution attribution(int sentenceEnd) {
        for (int v = 0; v < verbCount; v += 4) {
            Attribution found = attributions.at(verbs[v], verbs[v + 1], verbs[v + 2], sentenceEnd, verbs[v + 3] == 1);
            if (found != null) {
                return found;
            }
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

    /** The common case: a character inside a word that neither opens a quotation nor may end a sentence. */
    private static boolean isWordChar(char c) {
        return c < ASCII_WORD_CHARS.length ? ASCII_WORD_CHARS[c] : c != '“' && c != '«';
    }

    private static boolean[] asciiWordChars() {
        boolean[] wordChars = new boolean[128];
        for (char c = 0; c < wordChars.length; c++) {
            wordChars[c] = c > '"' && c != '.' && c != '!' && c != '?';
        }
        return wordChars;
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
        return initial || hasDot(start, dot) || ABBREVIATIONS.contains(chars, start, dot);
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
