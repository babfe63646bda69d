package io.articles.article;

import io.articles.text.Chars;
import io.articles.text.Words;

/**
 * Reads a paragraph sentence by sentence: where each ends (outside quotation marks only), the quotations in it
 * (paired by {@link QuotationMarks}), and its tokens outside them, for the {@link AttributionReader}. The search for
 * sentence ends passes over the words without looking at them; a sentence is cut into tokens only when asked.
 */
final class SentenceReader {
    private static final int INTS = QuotationMarks.INTS;

    private final QuotationMarks marks = new QuotationMarks();
    private final SentenceTokens tokens = new SentenceTokens();
    private String text;
    /** The paragraph's characters, in a buffer kept from paragraph to paragraph; the text ends at {@link #end}. */
    private char[] chars = new char[256];
    private int end;
    /** The current sentence: where it starts and ends, its quotations, and where the next one starts. */
    private int start;
    private int sentenceEnd;
    private int next;
    private int firstQuotation;
    private int quotationCount;
    /** The first quotation not yet in a sentence. */
    private int nextQuotation;

    /** Starts reading {@code paragraph}. */
    void load(String paragraph) {
        text = paragraph;
        end = paragraph.length();
        if (chars.length < end) {
            chars = new char[Math.max(end, chars.length * 2)];
        }
        paragraph.getChars(0, end, chars, 0);
        marks.pair(paragraph, chars, end);
        next = 0;
        nextQuotation = 0;
    }

    /** The paragraph's quotations, all sentences together. */
    int paragraphQuotations() {
        return marks.count();
    }

    /** Moves to the next sentence: false when the paragraph has no more. */
    boolean next() {
        while (next < end && chars[next] == ' ') {
            next++;
        }
        if (next >= end) {
            return false;
        }
        start = next;
        firstQuotation = nextQuotation;
        int[] spans = marks.spans();
        int i = start;
        while (true) {
            int quoteOpen = nextQuotation < marks.count() ? spans[nextQuotation * INTS] : end;
            int stop = sentenceEndBefore(i, quoteOpen);
            if (stop >= 0) {
                return endSentence(stop);
            }
            if (quoteOpen >= end) {
                return endSentence(end);
            }
            i = Math.min(spans[nextQuotation * INTS + 3], end);
            nextQuotation++;
            if (endsSentenceAfterQuote(i)) {
                return endSentence(i);
            }
        }
    }

    /** The end (exclusive) of a sentence that ends in {@code [from, to)}, or -1. */
    private int sentenceEndBefore(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if ((c == '.' || c == '!' || c == '?') && endsSentence(i)) {
                return i + 1;
            }
        }
        return -1;
    }

    int start() {
        return start;
    }

    int end() {
        return sentenceEnd;
    }

    int quotations() {
        return quotationCount;
    }

    /** The sentence's {@code quotation}th quotation's index among the paragraph's. */
    int paragraphIndex(int quotation) {
        return firstQuotation + quotation;
    }

    /** The quotation's text, without the commas and spaces before its closing mark. */
    String quotationText(int quotation) {
        int at = (firstQuotation + quotation) * INTS;
        int from = marks.spans()[at + 1];
        int to = marks.spans()[at + 2];
        while (to > from && (chars[to - 1] == ',' || chars[to - 1] == ' ')) {
            to--;
        }
        while (from < to && chars[from] == ' ') {
            from++;
        }
        return text.substring(from, to);
    }

    /** Whether the quotation has at least this many words. */
    boolean quotationHasWords(int quotation, int words) {
        int at = (firstQuotation + quotation) * INTS;
        return Words.atLeast(text, marks.spans()[at + 1], marks.spans()[at + 2], words);
    }

    /** Where the quotation's text starts and ends, and the index after its closing mark. */
    int quotationStart(int quotation) {
        return marks.spans()[(firstQuotation + quotation) * INTS + 1];
    }

    int quotationEnd(int quotation) {
        return marks.spans()[(firstQuotation + quotation) * INTS + 2];
    }

    int quotationAfter(int quotation) {
        return Math.min(marks.spans()[(firstQuotation + quotation) * INTS + 3], end);
    }

    int quotationOpen(int quotation) {
        return marks.spans()[(firstQuotation + quotation) * INTS];
    }

    char charAt(int i) {
        return chars[i];
    }

    String text() {
        return text;
    }

    /** Whether the sentence holds this text, quotations and all. */
    boolean contains(String word) {
        int at = text.indexOf(word, start);
        return at >= 0 && at + word.length() <= sentenceEnd;
    }

    /** Whether the sentence is only quotations and punctuation: no word outside its quotation marks. */
    boolean isOnlyQuotations() {
        int from = start;
        for (int q = 0; q <= quotationCount; q++) {
            int to = q < quotationCount ? quotationOpen(q) : sentenceEnd;
            for (int i = from; i < to; i++) {
                if (Chars.isLetterOrDigit(chars[i])) {
                    return false;
                }
            }
            from = q < quotationCount ? quotationAfter(q) : to;
        }
        return true;
    }

    /** The tokens of {@code [from, to)} of a paragraph, a stretch without quotations: one sentence of it. */
    SentenceTokens tokens(String paragraph, int from, int to) {
        if (paragraph != text) {
            text = paragraph;
            end = paragraph.length();
            if (chars.length < end) {
                chars = new char[Math.max(end, chars.length * 2)];
            }
            paragraph.getChars(0, end, chars, 0);
            marks.pair(paragraph, chars, 0);
            next = end;
        }
        tokens.reset(text, chars);
        tokens.addStretch(from, to);
        return tokens;
    }

    /** The sentence's tokens: its words and punctuation outside quotation marks, and a token per quotation. */
    SentenceTokens tokens() {
        tokens.reset(text, chars);
        int from = start;
        for (int q = 0; q < quotationCount; q++) {
            tokens.addStretch(from, quotationOpen(q));
            tokens.addQuote(q, quotationOpen(q), quotationAfter(q));
            from = quotationAfter(q);
        }
        tokens.addStretch(from, sentenceEnd);
        return tokens;
    }

    private boolean endSentence(int at) {
        sentenceEnd = at;
        next = at;
        quotationCount = nextQuotation - firstQuotation;
        return true;
    }

    /** A full stop (not after an abbreviation or initial), question or exclamation mark, then a space or the end. */
    private boolean endsSentence(int at) {
        char c = chars[at];
        boolean spaced = at + 1 == end || chars[at + 1] == ' ';
        return spaced && (c != '.' || !afterAbbreviation(at));
    }

    private boolean afterAbbreviation(int dot) {
        int wordStart = dot;
        while (wordStart > 0 && chars[wordStart - 1] != ' ') {
            wordStart--;
        }
        while (wordStart < dot && !Chars.isLetterOrDigit(chars[wordStart])) {
            wordStart++;
        }
        boolean initial = dot - wordStart == 1 && Chars.isUpperCase(chars[wordStart]);
        return initial || hasDot(wordStart, dot) || Vocabulary.ABBREVIATIONS.contains(chars, wordStart, dot);
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

    /**
     * "... continent.” The next ...", "“Yes!” Then ...", "“A.” “B,” she said": a quotation ending a sentence of its
     * own, followed by a new one.
     */
    private boolean endsSentenceAfterQuote(int after) {
        int lastInside = after - 2;
        if (lastInside < 0 || after + 1 >= end || chars[after] != ' ') {
            return after >= end;
        }
        char last = chars[lastInside];
        char following = chars[after + 1];
        return (last == '.' || last == '!' || last == '?')
                && (Chars.isUpperCase(following) || isOpeningMark(following));
    }

    private static boolean isOpeningMark(char c) {
        return c == '"' || c == '“' || c == '«' || c == '‘' || c == '„';
    }
}
