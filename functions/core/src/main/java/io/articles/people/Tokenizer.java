package io.articles.people;

import java.util.ArrayList;
import java.util.List;

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

    Token[] tokens(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        boolean sentenceStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                if (end < text.length() && text.charAt(end) == '.' && keepsPeriod(text, i, end)) {
                    end++;
                }
                out.add(word(text, i, end, sentenceStart));
                sentenceStart = endsDottedAcronym(text, i, end);
                i = end;
            } else {
                out.add(new Token(String.valueOf(c), 0));
                sentenceStart = c == '.' || c == '!' || c == '?' || c == ':' || sentenceStart && isOpening(c);
                i++;
            }
        }
        return out.toArray(new Token[0]);
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\u201c' || c == '\'' || c == '\u2018' || c == '(' || c == '-' || c == '\u2014';
    }

    private static int wordEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isJoiner(c) && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** "U.S.", "D.C.": its period may also end the sentence, so the next word may be a sentence start. */
    private static boolean endsDottedAcronym(String text, int start, int end) {
        return end - start > 3 && text.charAt(end - 1) == '.' && text.charAt(end - 3) == '.';
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '\u2010' || c == '\u2011';
    }

    private Token word(String text, int start, int end, boolean sentenceStart) {
        int flags = Token.WORD | (sentenceStart ? Token.SENTENCE_START : 0)
                | (Character.isUpperCase(text.charAt(start)) || isPrefixedName(text, start, end) ? Token.CAPITALISED : 0);
        if (end - start > 2 && text.charAt(end - 1) == 's' && isApostrophe(text.charAt(end - 2))) {
            return new Token(text.substring(start, end - 2), flags | Token.POSSESSIVE);
        }
        return new Token(text.substring(start, end), flags);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** "al-Assad", "el-Sisi": the lower-case Arabic article joined to a capitalised name. */
    private static boolean isPrefixedName(String text, int start, int end) {
        return end - start > 3 && text.charAt(start + 2) == '-' && text.charAt(start + 1) == 'l'
                && (text.charAt(start) == 'a' || text.charAt(start) == 'e') && Character.isUpperCase(text.charAt(start + 3));
    }

    private boolean keepsPeriod(String text, int start, int end) {
        boolean initial = Character.isUpperCase(text.charAt(start))
                && (end - start == 1 || text.charAt(end - 2) == '.');
        return initial || lexicon.is(text, start, end, Lexicon.ABBREVIATION);
    }
}
