package io.articles.article;

import io.articles.text.WordSet;
import io.articles.text.Words;
import java.util.Arrays;

/**
 * Reads a paragraph sentence by sentence: where each ends (outside quotation marks only), the quotations in it, and
 * who it says spoke (an {@link Attribution} found by the {@link AttributionReader} at its first speech verb that has
 * one). The search for sentence ends and quotation marks passes over the words without looking at them; the words
 * are read only in the sentences asked for their attribution, and there only outside the quotations.
 */
final class SentenceReader {
    /** The ASCII characters that may open a quotation or end a sentence. */
    private static final boolean[] ASCII_MARKS = asciiMarks();
    /** Per quotation: its opening mark, the start and end of its text, and the index after its closing mark. */
    private static final int QUOTATION_INTS = 4;

    private String text;
    /** The paragraph's characters, in a buffer kept from paragraph to paragraph; the range read ends at {@link #end}. */
    private char[] chars = new char[512];
    private int end;
    private AttributionReader attributions;
    /** The current sentence: where it starts and ends, and where the next one starts. */
    private int start;
    private int sentenceEnd;
    private int next;
    private int[] quotations = new int[4 * QUOTATION_INTS];
    private int quotationCount;

    /** Starts reading {@code paragraph} in {@code [from, to)}. */
    void load(String paragraph, int from, int to) {
        // Stretches of one paragraph are read in turn: its characters are copied once, not once a stretch.
        if (paragraph != text) {
            text = paragraph;
            if (chars.length < paragraph.length()) {
                chars = new char[Math.max(paragraph.length(), chars.length * 2)];
            }
            paragraph.getChars(0, paragraph.length(), chars, 0);
            attributions = new AttributionReader(paragraph, chars);
        }
        end = to;
        next = from;
    }

    /** Moves to the next sentence: false when the range has no more. */
    boolean next() {
        if (next >= end) {
            return false;
        }
        start = next;
        quotationCount = 0;
        int i = nextMark(start);
        while (i < end) {
            char closer = closerOf(chars[i]);
            if (closer != 0) {
                i = quotation(i, closer);
                if (endsSentenceAfterQuote(i)) {
                    return endSentence(i);
                }
            } else if (endsSentence(i)) {
                return endSentence(i + 1);
            } else {
                i++;
            }
            i = nextMark(i);
        }
        return endSentence(end);
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

    /** The quotation's text, without the commas and spaces before its closing mark. */
    String quotationText(int quotation) {
        int from = quotations[quotation * QUOTATION_INTS + 1];
        int to = quotations[quotation * QUOTATION_INTS + 2];
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
        int at = quotation * QUOTATION_INTS;
        return Words.atLeast(text, quotations[at + 1], quotations[at + 2], words);
    }

    /** Who the sentence says spoke: the attribution at its first speech verb that has one, or null. */
    Attribution attribution() {
        int from = start;
        for (int q = 0; q < quotationCount; q++) {
            Attribution found = attributionIn(from, quotations[q * QUOTATION_INTS], q > 0);
            if (found != null) {
                return found;
            }
            from = quotations[q * QUOTATION_INTS + 3];
        }
        return attributionIn(from, sentenceEnd, quotationCount > 0);
    }

    /**
     * The attribution at a speech verb in {@code [from, to)}, a stretch outside quotation marks. Right after a quote
     * (until a word that starts with a letter or digit) a verb may come before its speaker: "...," said Safadi.
     */
    private Attribution attributionIn(int from, int to, boolean afterQuote) {
        boolean firstAfterQuote = afterQuote;
        int i = from;
        while (i < to) {
            int wordStart = i;
            while (i < to && chars[i] != ' ') {
                i++;
            }
            if (i > wordStart) {
                Attribution found = attributions.isVerb(wordStart, i)
                        ? attributions.at(from, wordStart, i, sentenceEnd, firstAfterQuote) : null;
                if (found != null) {
                    return found;
                }
                firstAfterQuote &= !Character.isLetterOrDigit(chars[wordStart]);
            }
            i++;
        }
        return null;
    }

    private boolean endSentence(int at) {
        sentenceEnd = at;
        next = at;
        return true;
    }

    /** The next character from {@code from} that may open a quotation or end a sentence: most are passed over here. */
    private int nextMark(int from) {
        int i = from;
        while (i < end && !isMark(chars[i])) {
            i++;
        }
        return i;
    }

    private static boolean isMark(char c) {
        return c < ASCII_MARKS.length ? ASCII_MARKS[c] : c == '“' || c == '«';
    }

    /** Records the quotation opening at {@code open}; returns the index after its closing mark. */
    private int quotation(int open, char closer) {
        int close = text.indexOf(closer, open + 1);
        close = close < 0 || close >= end ? end : close;
        if ((quotationCount + 1) * QUOTATION_INTS > quotations.length) {
            quotations = Arrays.copyOf(quotations, quotations.length * 2);
        }
        int at = quotationCount++ * QUOTATION_INTS;
        quotations[at] = open;
        quotations[at + 1] = open + 1;
        quotations[at + 2] = close;
        quotations[at + 3] = Math.min(close + 1, end);
        return quotations[at + 3];
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
        boolean spaced = at + 1 == end || chars[at + 1] == ' ';
        return spaced && (c != '.' || !afterAbbreviation(at));
    }

    private boolean afterAbbreviation(int dot) {
        int wordStart = dot;
        while (wordStart > 0 && chars[wordStart - 1] != ' ') {
            wordStart--;
        }
        boolean initial = dot - wordStart == 1 && Character.isUpperCase(chars[wordStart]);
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

    /** "... continent.” The next ...": a quotation ending with a full stop, followed by a new sentence. */
    private boolean endsSentenceAfterQuote(int after) {
        int lastInside = after - 2;
        return lastInside >= 0 && after + 1 < end && chars[lastInside] == '.'
                && chars[after] == ' '
                && (Character.isUpperCase(chars[after + 1]) || closerOf(chars[after + 1]) != 0);
    }

    private static boolean[] asciiMarks() {
        boolean[] marks = new boolean[128];
        for (char c : new char[] {'"', '.', '!', '?'}) {
            marks[c] = true;
        }
        return marks;
    }
}
