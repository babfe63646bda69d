package io.articles.people;

import io.articles.text.Chars;
import java.util.Arrays;

/**
 * Splits a paragraph into words and punctuation in one pass. Inner hyphens, apostrophes and periods stay inside a
 * word ("Thomas-Greenfield", "O'Brien", "U.S."); a trailing period stays only on initials and known abbreviations
 * ("J.", "Mr.") so that it does not end the sentence; a possessive {@code 's} is cut off and flagged.
 */
final class Tokenizer {
    private final Lexicon lexicon;

    Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Token[] tokens(String paragraph) {
        // A char array: much of news text has curly quotes, and String.charAt on such text checks its coder per call.
        char[] text = paragraph.toCharArray();
        Token[] out = new Token[text.length / 4 + 8];
        int count = 0;
        boolean sentenceStart = true;
        int i = 0;
        while (i < text.length) {
            char c = text[i];
            if (c == ' ') {
                // The commonest character by far: skip it before any other test.
                i++;
                continue;
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            if (isWordChar(c)) {
                int end = wordEnd(text, i);
                if (end < text.length && text[end] == '.' && keepsPeriod(text, i, end)) {
                    end++;
                }
                out[count++] = word(text, i, end, sentenceStart);
                sentenceStart = endsDottedAcronym(text, i, end);
                i = end;
            } else if (Chars.isWhitespace(c)) {
                i++;
            } else {
                out[count++] = punctuation(text, i);
                sentenceStart = c == '.' || c == '!' || c == '?' || c == ':' || sentenceStart && isOpening(c);
                i++;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * One shared token per ASCII punctuation mark: a punctuation token has no state of its own (it is never looked up
     * in the lexicon, and its text is made here), so a paragraph's commas and periods need not be allocated each.
     */
    private static final Token[] ASCII_PUNCTUATION = new Token[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_PUNCTUATION[c] = new Token(new char[] {c}, 0, 1, 0);
            ASCII_PUNCTUATION[c].text();
        }
    }

    private static Token punctuation(char[] text, int i) {
        char c = text[i];
        return c < 128 ? ASCII_PUNCTUATION[c] : new Token(text, i, i + 1, 0);
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\u201c' || c == '\'' || c == '\u2018' || c == '(' || c == '-' || c == '\u2014';
    }

    private static int wordEnd(char[] text, int start) {
        int i = start + 1;
        while (i < text.length) {
            char c = text[i];
            if (isWordChar(c)) {
                i++;
            } else if (isJoiner(c)) {
                // Before the test for a mark: the typographic apostrophe is the commonest non-ASCII character here.
                if (i + 1 == text.length || !isWordChar(text[i + 1])) {
                    break;
                }
                i += 2;
            } else if (c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Chars.isLetterOrDigit(c);
    }

    /** "U.S.", "D.C.": its period may also end the sentence, so the next word may be a sentence start. */
    private static boolean endsDottedAcronym(char[] text, int start, int end) {
        return text[end - 1] == '.' && end - start > 3 && text[end - 3] == '.';
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '\u2010' || c == '\u2011';
    }

    // The tests on each word (here, in isPrefixedName and endsDottedAcronym) test a rare character first, and the
    // word's length after it: a length test first is a branch taken at random, paid on every word.
    private static Token word(char[] text, int start, int end, boolean sentenceStart) {
        int flags = Token.WORD | (sentenceStart ? Token.SENTENCE_START : 0)
                | (Chars.isUpperCase(text[start]) || isPrefixedName(text, start, end) ? Token.CAPITALISED : 0);
        if (text[end - 1] == 's' && end - start > 2 && isApostrophe(text[end - 2])) {
            return new Token(text, start, end - 2, flags | Token.POSSESSIVE);
        }
        return new Token(text, start, end, flags);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** "al-Assad", "el-Sisi": the lower-case Arabic article joined to a capitalised name ('a' | 4 is 'e'). */
    private static boolean isPrefixedName(char[] text, int start, int end) {
        return (text[start] | 4) == 'e' && end - start > 3 && text[start + 2] == '-' && text[start + 1] == 'l'
                && Chars.isUpperCase(text[start + 3]);
    }

    private boolean keepsPeriod(char[] text, int start, int end) {
        boolean initial = Chars.isUpperCase(text[start]) && (end - start == 1 || text[end - 2] == '.');
        return initial || lexicon.is(text, start, end, Lexicon.ABBREVIATION);
    }
}
