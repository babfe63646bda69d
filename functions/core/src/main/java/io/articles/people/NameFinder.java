package io.articles.people;

import io.articles.text.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the name-like phrases of one paragraph: runs of capitalised words (with particles such as "al", "von der"
 * inside), cut off from any role that precedes them, and judged on their words and context.
 */
final class NameFinder {
    private static final int MAX_NAME_WORDS = 5;
    private static final int TITLE_CASE_WORD_LENGTH = 4;
    private static final int TITLE_CASE_MIN_WORDS = 4;

    private final Lexicon lexicon;
    private final Titles titles;
    private final NameRules rules;
    private final NameContext context;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.titles = new Titles(lexicon);
        this.rules = new NameRules(lexicon);
        this.context = new NameContext(lexicon);
    }

    /** Adds the paragraph's candidate mentions to {@code out}, in text order. */
    void find(String paragraph, List<Mention> out) {
        find(paragraph, false, out);
    }

    /** The same, for a paragraph that may be a headline, in capitals or in title case. */
    void find(String paragraph, boolean headline, List<Mention> out) {
        Token[] tokens = lexicon.tokenizer.tokens(paragraph);
        if (isAllCapitals(paragraph) || headline && isTitleCase(tokens)) {
            addWords(tokens, out);
            return;
        }
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            if (startsName(tokens[i])) {
                int end = runEnd(tokens, i);
                mention(tokens, i, end, found);
                i = end;
            } else {
                i++;
            }
        }
        strengthenLists(tokens, found);
        for (Found f : found) {
            out.add(f.mention);
        }
    }

    /** A wire headline in capitals ("SOCCER - KOVAC STRIKES LATE") says nothing by its case. */
    private static boolean isAllCapitals(String paragraph) {
        for (int i = 0; i < paragraph.length(); i++) {
            if (Chars.isLowerCase(paragraph.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A headline in title case ("Johnson Resigns As Party Turns Against Him"): when every longer word is capitalised,
     * capitals do not mark names.
     */
    private static boolean isTitleCase(Token[] tokens) {
        int longWords = 0;
        int capitalised = 0;
        for (Token token : tokens) {
            if (token.isWord() && token.length() >= TITLE_CASE_WORD_LENGTH) {
                longWords++;
                capitalised += token.isCapitalised() ? 1 : 0;
            }
        }
        return longWords >= TITLE_CASE_MIN_WORDS && capitalised == longWords;
    }

    /**
     * Each word of a headline, as a weak mention: it counts if it names someone found elsewhere. A given name is kept
     * with the word after it, so that "Boris Johnson Resigns" is one mention of Boris Johnson, not two.
     */
    private void addWords(Token[] tokens, List<Mention> out) {
        for (int i = 0; i < tokens.length; i++) {
            if (!isHeadlineWord(tokens[i])) {
                continue;
            }
            if (i + 1 < tokens.length && isHeadlineWord(tokens[i + 1]) && lexicon.is(tokens[i], Lexicon.GIVEN_NAME)) {
                out.add(new Mention(List.of(tokens[i].text(), tokens[i + 1].text()), null, false));
                i++;
            } else {
                out.add(new Mention(List.of(tokens[i].text()), null, false));
            }
        }
    }

    private static boolean isHeadlineWord(Token token) {
        return token.isWord() && Chars.isLetter(token.charAt(0));
    }

    /** A mention and the tokens it spans, while its paragraph is being read. */
    private static final class Found {
        Mention mention;
        final int start;
        final int end;

        Found(Mention mention, int start, int end) {
            this.mention = mention;
            this.start = start;
            this.end = end;
        }
    }

    /**
     * A capitalised word: it starts with a letter, as a word starts with a letter or digit, and a digit is never upper
     * case (nor is the "al-" of "al-Assad").
     */
    private static boolean startsName(Token token) {
        return token.isCapitalised();
    }

    private int runEnd(Token[] tokens, int start) {
        int i = start + 1;
        while (i < tokens.length && continuesName(tokens, i) && !tokens[i - 1].is(Token.POSSESSIVE)) {
            i++;
        }
        return i;
    }

    private boolean continuesName(Token[] tokens, int i) {
        Token token = tokens[i];
        if (startsName(token)) {
            return !isOrdinarySentenceStart(token);
        }
        int next = i;
        while (next < tokens.length && lexicon.is(tokens[next], Lexicon.PARTICLE)) {
            next++;
        }
        return next > i && next < tokens.length && startsName(tokens[next]);
    }

    private void mention(Token[] tokens, int runStart, int runEnd, List<Found> out) {
        int split = titleSplit(tokens, runStart, runEnd);
        int nameStart = split == Titles.NONE ? runStart : split;
        int[] title = titles.before(tokens, nameStart);
        if (title == null && nameStart == runStart) {
            nameStart = skipLeadingWords(tokens, runStart, runEnd);
        }
        if (nameStart >= runEnd || runEnd - nameStart > MAX_NAME_WORDS) {
            return;
        }
        if (title == null && runEnd < tokens.length && tokens[runEnd].isPunctuation(',')) {
            title = titles.apposition(tokens, runEnd);
        }
        Token[] name = Arrays.copyOfRange(tokens, nameStart, runEnd);
        if (rules.isExcluded(name)) {
            return;
        }
        boolean honorific = title != null && titles.isHonorificOnly(tokens, title[0], title[1] - 1);
        boolean strong = honorific || title != null && rules.isNameByTitle(name)
                || rules.isNameByItsWords(name)
                || rules.isNameByContext(name) && context.isPersonal(tokens, nameStart, runEnd);
        String role = title == null || honorific ? null : titleText(tokens, title);
        out.add(new Found(new Mention(name, role, strong), nameStart, runEnd));
    }

    /** Where the name starts after a role inside the run ("Foreign Minister Sergei Lavrov"), or NONE. */
    private int titleSplit(Token[] tokens, int runStart, int runEnd) {
        for (int p = runEnd; p > runStart; p--) {
            int start = titles.startOfPhraseEndingAt(tokens, p - 1);
            if (start != Titles.NONE && !endsGivenName(tokens, start, runStart)) {
                return p;
            }
        }
        return Titles.NONE;
    }

    /** "Martin Luther King": a role word preceded by a given name inside the run is a surname, not a role. */
    private boolean endsGivenName(Token[] tokens, int titleStart, int runStart) {
        return titleStart > runStart && lexicon.is(tokens[titleStart - 1], Lexicon.GIVEN_NAME);
    }

    /**
     * Skips the words before the name proper: an everyday word opening a sentence ("Analysts say", but not "Will
     * Smith"), a hyphenated label ("Pan-democrat Lam Cheuk-ting"), or the end of an organisation's name right before
     * a given name ("... Islamic Relations Alia Salem said").
     */
    private int skipLeadingWords(Token[] tokens, int runStart, int runEnd) {
        int start = runStart;
        if (isOrdinarySentenceStart(tokens[start]) || start + 1 < runEnd && isLabel(tokens[start])) {
            start++;
        }
        for (int k = runEnd - 2; k > start; k--) {
            if (lexicon.is(tokens[k], Lexicon.GIVEN_NAME) && isEverydayWord(tokens[k - 1])) {
                return k;
            }
        }
        return start;
    }

    private boolean isOrdinarySentenceStart(Token token) {
        return token.is(Token.SENTENCE_START) && isEverydayWord(token);
    }

    private boolean isEverydayWord(Token word) {
        return !word.isInitial() && lexicon.is(word, Lexicon.COMMON_WORD) && !lexicon.is(word, Lexicon.GIVEN_NAME);
    }

    /** "Pan-democrat", "Ex-footballer": two everyday words joined, the second in lower case. */
    private boolean isLabel(Token token) {
        String word = token.text();
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1))
                && lexicon.is(word, 0, hyphen, Lexicon.COMMON_WORD)
                && lexicon.is(word, hyphen + 1, word.length(), Lexicon.COMMON_WORD);
    }

    /**
     * In an enumeration ("Ansel Adams, Chuck Close, Walker Evans and ...") the full names next to a person are
     * people too.
     */
    private void strengthenLists(Token[] tokens, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (!f.mention.strong() && f.mention.words().size() > 1 && !isEverydayWord(tokens[f.start])
                    && (isListNeighbour(tokens, found, i, i - 1) || isListNeighbour(tokens, found, i, i + 1))) {
                f.mention = f.mention.strengthened();
            }
        }
    }

    private static boolean isListNeighbour(Token[] tokens, List<Found> found, int i, int j) {
        if (j < 0 || j >= found.size()) {
            return false;
        }
        Mention neighbour = found.get(j).mention;
        return neighbour.strong() && neighbour.words().size() > 1
                && isListGap(tokens, found.get(Math.min(i, j)).end, found.get(Math.max(i, j)).start);
    }

    /** ", ", " and ", ", and ", ", or " between two names. */
    private static boolean isListGap(Token[] tokens, int from, int to) {
        if (to - from == 1) {
            return tokens[from].isPunctuation(',') || tokens[from].isText("and");
        }
        return to - from == 2 && tokens[from].isPunctuation(',')
                && (tokens[from + 1].isText("and") || tokens[from + 1].isText("or"));
    }

    private static String titleText(Token[] tokens, int[] title) {
        StringBuilder text = new StringBuilder();
        for (int i = title[0]; i < title[1]; i++) {
            text.append(i > title[0] ? " " : "").append(tokens[i].text());
        }
        return text.toString();
    }
}
