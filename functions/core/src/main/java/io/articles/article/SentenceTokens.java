package io.articles.article;

import io.articles.text.Chars;
import io.articles.text.WordSet;
import java.util.Arrays;

/**
 * One sentence cut into tokens for the {@link AttributionReader}: words, the punctuation that matters to its clauses
 * (commas, colons, dashes, brackets, sentence ends), and one token for each quotation, whose words are not read.
 * The tokens point into the paragraph's characters; a word's text is made only when a name is asked for.
 */
final class SentenceTokens {
    static final int WORD = 0;
    static final int QUOTE = 1;
    static final int COMMA = 2;
    /** A colon or a semicolon. */
    static final int COLON = 3;
    static final int DASH = 4;
    static final int OPEN = 5;
    static final int CLOSE = 6;
    static final int END = 7;

    private String text;
    private char[] chars;
    private int[] kinds = new int[32];
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    /** For a word, the end of its text without a possessive "’s" or "s’"; for a quotation, its index. */
    private int[] cores = new int[32];
    /** What is known of each word (bits of the properties below asked so far), and what it is. */
    private int[] known = new int[32];
    private int[] properties = new int[32];
    private int size;

    /** Properties of a word, looked up once however often the grammar asks. */
    private static final int CAPITALISED = 1;
    private static final int TITLE = 2;
    private static final int NAME_WORD = 4;
    private static final int SPEECH_VERB = 8;
    private static final int ORGANISATION = 16;
    private static final int PERSON_NOUN = 32;
    private static final int PARTICLE = 64;
    private static final int NOT_NAME = 128;

    /** Starts a sentence of {@code text}, whose characters are in {@code chars}. */
    void reset(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        size = 0;
    }

    /** Adds the tokens of {@code [from, to)}, a stretch outside quotation marks. */
    void addStretch(int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && chars[i] == ' ') {
                i++;
            }
            int chunkEnd = i;
            while (chunkEnd < to && chars[chunkEnd] != ' ') {
                chunkEnd++;
            }
            if (chunkEnd > i) {
                addChunk(i, chunkEnd);
            }
            i = chunkEnd;
        }
    }

    void addQuote(int quotation, int open, int after) {
        add(QUOTE, open, after, quotation);
    }

    private void addChunk(int from, int to) {
        int start = from;
        while (start < to && leading(chars[start]) >= 0) {
            int kind = leading(chars[start]);
            if (kind != WORD) {
                add(kind, start, start + 1, start + 1);
            }
            start++;
        }
        int end = to;
        while (end > start && trailing(chars[end - 1]) >= 0 && !isPluralPossessive(start, end)) {
            end--;
        }
        if (end > start && end < to && chars[end] == '.' && keepsDot(start, end)) {
            end++;
        }
        if (end > start) {
            if (isDashes(start, end)) {
                add(DASH, start, end, end);
            } else {
                add(WORD, start, end, coreEnd(start, end));
            }
        }
        for (int i = end; i < to; i++) {
            int kind = trailing(chars[i]);
            if (kind != WORD) {
                add(kind, i, i + 1, i + 1);
            }
        }
    }

    /** "Books’ publisher": outside quotation marks, a mark after an "s" is a possessive's apostrophe. */
    private boolean isPluralPossessive(int start, int end) {
        char c = chars[end - 1];
        return (c == '’' || c == '\'') && end - start > 2 && (chars[end - 2] == 's' || chars[end - 2] == 'S');
    }

    /** "Mr.", "Prof.", "U.S.", "J.": a word whose period belongs to it. */
    private boolean keepsDot(int start, int end) {
        if (end - start == 1 && Chars.isUpperCase(chars[start])) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (chars[i] == '.') {
                return true;
            }
        }
        return Vocabulary.ABBREVIATIONS.contains(chars, start, end);
    }

    private boolean isDashes(int start, int end) {
        for (int i = start; i < end; i++) {
            if (chars[i] != '—' && chars[i] != '–' && chars[i] != '-') {
                return false;
            }
        }
        return true;
    }

    private int coreEnd(int start, int end) {
        if (end - start > 2 && (chars[end - 1] == 's' || chars[end - 1] == 'S')
                && (chars[end - 2] == '’' || chars[end - 2] == '\'')) {
            return end - 2;
        }
        if (end - start > 2 && (chars[end - 1] == '’' || chars[end - 1] == '\'') && chars[end - 2] == 's') {
            return end - 1;
        }
        return end;
    }

    /** The token a character before a word makes, WORD for one to skip, or -1 for a character of the word. */
    private static int leading(char c) {
        return switch (c) {
            case '(', '[' -> OPEN;
            case '—', '–' -> DASH;
            case '"', '“', '”', '‘', '’', '«', '»', '„', '\'' -> WORD;
            default -> -1;
        };
    }

    /** The token a character after a word makes, WORD for one to skip, or -1 for a character of the word. */
    private static int trailing(char c) {
        return switch (c) {
            case ',' -> COMMA;
            case ':', ';' -> COLON;
            case '.', '!', '?' -> END;
            case ')', ']' -> CLOSE;
            case '—', '–' -> DASH;
            case '"', '“', '”', '‘', '’', '«', '»', '„' -> WORD;
            default -> -1;
        };
    }

    private void add(int kind, int start, int end, int core) {
        if (size == kinds.length) {
            kinds = Arrays.copyOf(kinds, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            cores = Arrays.copyOf(cores, size * 2);
            known = Arrays.copyOf(known, size * 2);
            properties = Arrays.copyOf(properties, size * 2);
        }
        known[size] = 0;
        properties[size] = 0;
        kinds[size] = kind;
        starts[size] = start;
        ends[size] = end;
        cores[size] = core;
        size++;
    }

    int size() {
        return size;
    }

    int kind(int t) {
        return kinds[t];
    }

    boolean isWord(int t) {
        return t >= 0 && t < size && kinds[t] == WORD;
    }

    boolean is(int t, int kind) {
        return t >= 0 && t < size && kinds[t] == kind;
    }

    /** The quotation a QUOTE token stands for. */
    int quotation(int t) {
        return cores[t];
    }

    int start(int t) {
        return starts[t];
    }

    int end(int t) {
        return ends[t];
    }

    /** The word as written, with a possessive. */
    String text(int t) {
        return text.substring(starts[t], ends[t]);
    }

    /** The word without a possessive: "Becker" of "Becker’s". */
    String core(int t) {
        return text.substring(starts[t], cores[t]);
    }

    boolean isPossessive(int t) {
        return isWord(t) && cores[t] < ends[t];
    }

    boolean isCapitalised(int t) {
        return has(t, CAPITALISED);
    }

    /** A title or a word of one, in any case, with or without a period: "chairman", "Sen.", "Foreign". */
    boolean isTitle(int t) {
        return has(t, TITLE);
    }

    /** A capitalised word that may be part of a name: not a sentence opener, month or number. */
    boolean isNameWord(int t) {
        return has(t, NAME_WORD);
    }

    boolean isSpeechWord(int t) {
        return has(t, SPEECH_VERB);
    }

    boolean isOrganisationWord(int t) {
        return has(t, ORGANISATION);
    }

    boolean isPersonNoun(int t) {
        return has(t, PERSON_NOUN);
    }

    boolean isParticle(int t) {
        return has(t, PARTICLE);
    }

    boolean isNotName(int t) {
        return has(t, NOT_NAME);
    }

    private boolean has(int t, int property) {
        if (!isWord(t)) {
            return false;
        }
        if ((known[t] & property) == 0) {
            known[t] |= property;
            if (compute(t, property)) {
                properties[t] |= property;
            }
        }
        return (properties[t] & property) != 0;
    }

    private boolean compute(int t, int property) {
        return switch (property) {
            case CAPITALISED -> SpeakerNames.isCapitalised(chars, starts[t], cores[t]);
            case TITLE -> inWithoutDot(t, Vocabulary.TITLES);
            case NAME_WORD -> isCapitalised(t) && !isNotName(t) && !hasDigit(t);
            case SPEECH_VERB -> in(t, Vocabulary.SPEECH_VERBS);
            case ORGANISATION -> in(t, Vocabulary.ORGANISATION_WORDS);
            case PERSON_NOUN -> in(t, Vocabulary.PERSON_NOUNS);
            case PARTICLE -> in(t, Vocabulary.NAME_PARTICLES);
            case NOT_NAME -> in(t, SpeakerNames.NOT_NAMES);
            default -> false;
        };
    }

    /** Whether the word less its last letter is in the set: the singular of a plural in "s". */
    boolean inSingular(int t, WordSet set) {
        return isWord(t) && cores[t] - starts[t] > 3 && chars[cores[t] - 1] == 's'
                && set.contains(chars, starts[t], cores[t] - 1);
    }

    /** Whether the word's first and last letters are among these bits ('a' is bit 0), lower-case ASCII only. */
    boolean hasLetters(int t, int firsts, int lasts) {
        char first = chars[starts[t]];
        char last = chars[cores[t] - 1];
        return first >= 'a' && first <= 'z' && last >= 'a' && last <= 'z' && (firsts & 1 << (first - 'a')) != 0
                && (lasts & 1 << (last - 'a')) != 0;
    }

    /** "he", "his", "she", "her": the gendered pronouns all start so. */
    boolean startsWithHOrS(int t) {
        char c = chars[starts[t]];
        return c == 'h' || c == 's';
    }

    /** Appends the word without a possessive to {@code out}. */
    void appendCore(int t, StringBuilder out) {
        out.append(chars, starts[t], cores[t] - starts[t]);
    }

    boolean isLowerCase(int t) {
        return isWord(t) && Chars.isLowerCase(chars[starts[t]]);
    }

    /** Whether the word (without a possessive) is in the set. */
    boolean in(int t, WordSet set) {
        return isWord(t) && set.contains(chars, starts[t], cores[t]);
    }

    /** Whether the word (without a possessive, nor the period of an abbreviation: "Sen.") is in the set. */
    boolean inWithoutDot(int t, WordSet set) {
        if (!isWord(t)) {
            return false;
        }
        int end = cores[t];
        if (end - starts[t] > 1 && chars[end - 1] == '.') {
            end--;
        }
        return set.contains(chars, starts[t], end);
    }

    /** Whether the word is exactly this one. */
    boolean isText(int t, String word) {
        if (!isWord(t) || ends[t] - starts[t] != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (chars[starts[t] + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word is this one, in any case of its first letter: "the", "The". */
    boolean isWordIgnoringInitial(int t, String lowerCase) {
        if (!isWord(t) || ends[t] - starts[t] != lowerCase.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = chars[starts[t] + i];
            if (c != lowerCase.charAt(i) && !(i == 0 && Character.toLowerCase(c) == lowerCase.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** An adverb of the kind that sits between a speaker and the verb: "repeatedly", "also". */
    boolean isAdverb(int t) {
        int length = isWord(t) ? cores[t] - starts[t] : 0;
        return length > 4 && chars[cores[t] - 1] == 'y' && chars[cores[t] - 2] == 'l' && isLowerCase(t);
    }

    /** All capitals, two letters or more: "FCA", "NATO", "U.N.". */
    boolean isAcronym(int t) {
        if (!isWord(t)) {
            return false;
        }
        int letters = 0;
        for (int i = starts[t]; i < cores[t]; i++) {
            char c = chars[i];
            if (Chars.isLowerCase(c)) {
                return false;
            }
            letters += Chars.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    boolean hasDigit(int t) {
        for (int i = starts[t]; i < ends[t]; i++) {
            char c = chars[i];
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
