package io.articles.people;

/**
 * What the words around a name-like phrase say about it: a speech verb, an age, a results-table or scorecard entry
 * make it a person when its own words look like a name.
 */
final class NameContext {
    private final Lexicon lexicon;

    NameContext(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** "X said", "said X", "according to X", "X, 45,", "X (USA)", "Scorers: X 12, Y 45+1", "c X b Y". */
    boolean isPersonal(Token[] tokens, int start, int end) {
        return isSpeechVerb(tokens, end) || isSpeechVerb(tokens, start - 1) || isAccordingTo(tokens, start)
                || isAge(tokens, end) || isResultEntry(tokens, end) || isScoreEntry(tokens, start, end)
                || isScorecardEntry(tokens, start);
    }

    private boolean isSpeechVerb(Token[] tokens, int i) {
        return i >= 0 && i < tokens.length && lexicon.is(tokens[i], Lexicon.SPEECH_VERB);
    }

    private static boolean isAccordingTo(Token[] tokens, int start) {
        return start >= 2 && tokens[start - 1].isText("to")
                && (tokens[start - 2].isText("according") || tokens[start - 2].isText("According"));
    }

    private static boolean isAge(Token[] tokens, int end) {
        return end + 2 < tokens.length && tokens[end].isPunctuation(',') && isNumber(tokens[end + 1])
                && tokens[end + 1].length() <= 3 && tokens[end + 2].isPunctuation(',');
    }

    /**
     * A scorer or a score in a results list: the name comes right after a list mark and right before a small number
     * ("Scorers: Kanu 12, Okafor 45+1", "Mertens 67; Lukaku 69").
     */
    private static boolean isScoreEntry(Token[] tokens, int start, int end) {
        boolean listed = start == 0 || isListMark(tokens[start - 1]);
        return listed && end < tokens.length && isNumber(tokens[end]) && tokens[end].length() <= 3
                && (end + 1 == tokens.length || !tokens[end + 1].isWord() || tokens[end + 1].isText("pen"));
    }

    private static boolean isListMark(Token token) {
        return token.isPunctuation(':') || token.isPunctuation(',') || token.isPunctuation(';')
                || token.isPunctuation('(');
    }

    /**
     * A results-table entry: a name followed by a country, team code or minute in brackets, "Noah Lyles (USA)",
     * "Jannik Sinner (Italy x1)", "Ivan Leko (23rd)".
     */
    private boolean isResultEntry(Token[] tokens, int end) {
        if (end + 2 >= tokens.length || !tokens[end].isPunctuation('(')) {
            return false;
        }
        Token first = tokens[end + 1];
        return first.isAcronym() || isNumber(first) || lexicon.is(first, Lexicon.PLACE | Lexicon.NATIONALITY);
    }

    /** A cricket scorecard's catch and bowler marks: "c Moin Khan b Wasim Akram 31". */
    private static boolean isScorecardEntry(Token[] tokens, int start) {
        return start > 0 && (tokens[start - 1].isText("b") || tokens[start - 1].isText("c"));
    }

    private static boolean isNumber(Token token) {
        return token.isWord() && Character.isDigit(token.charAt(0));
    }
}
