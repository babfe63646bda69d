package io.articles.people;

/**
 * Finds the role phrase that stands before or after a name: "US Secretary of State", "NATO Secretary General",
 * "its defense minister, Anita Anand", "Hernan Dario Gomez, Panama coach,". A phrase is a role noun with the
 * modifiers, acronyms and nationalities right before it, and an "of State" complement after it.
 */
final class Titles {
    /** No role phrase ends here. */
    static final int NONE = -1;
    private static final int MAX_COMPLEMENT = 3;
    private static final int MAX_APPOSITION = 6;
    private static final String[] DETERMINERS = {"the", "its", "his", "her", "their", "a", "an", "our", "whose",
        "The", "Its", "His", "Her", "Their", "A", "An", "Our"};

    private final Lexicon lexicon;

    Titles(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the token is a role noun or an honorific ("minister", "Mr."). */
    boolean isHead(Token token) {
        return token.isWord() && (lexicon.is(token, Lexicon.ROLE | Lexicon.HONORIFIC) || isPlural(token));
    }

    /** "athletes Vitas Gerulaitis and Jack Nicklaus": a lower-case plural role noun introduces a list of people. */
    private boolean isPlural(Token token) {
        // The cheap tests on the token first: most words asked about are capitalised, and need no String nor lookup.
        int length = token.length();
        return !token.isCapitalised() && length > 3 && token.charAt(length - 1) == 's'
                && lexicon.isSingular(token, Lexicon.ROLE);
    }

    /** The first token of the role phrase that ends at {@code end}, or {@link #NONE}. */
    int startOfPhraseEndingAt(Token[] tokens, int end) {
        int head = headOf(tokens, end);
        if (head == NONE) {
            return NONE;
        }
        int start = head;
        while (start > 0 && isModifier(tokens[start - 1])) {
            start--;
        }
        return start;
    }

    /** The role right before the name ({start, endExclusive}), directly or as an apposition ("its minister, X"). */
    int[] before(Token[] tokens, int nameStart) {
        int start = startOfPhraseEndingAt(tokens, nameStart - 1);
        if (start != NONE) {
            return new int[] {start, nameStart};
        }
        if (nameStart >= 2 && tokens[nameStart - 1].isPunctuation(',')) {
            start = startOfPhraseEndingAt(tokens, nameStart - 2);
            if (start != NONE && (start == 0 || isDeterminer(tokens[start - 1])
                    || tokens[start - 1].is(Token.POSSESSIVE))) {
                return new int[] {start, nameStart - 1};
            }
        }
        return null;
    }

    /**
     * The role phrase after a name's comma, as {start, endExclusive}, or null: ", the defense minister,", ", an
     * Australian woman and former member". The phrase ends at its first role noun.
     */
    int[] apposition(Token[] tokens, int comma) {
        int start = comma + 1;
        if (start < tokens.length && isDeterminer(tokens[start])) {
            start++;
        }
        for (int i = start; i < tokens.length && i - start < MAX_APPOSITION && tokens[i].isWord(); i++) {
            if (tokens[i].is(Token.POSSESSIVE) || tokens[i].isText("of")) {
                return null;
            }
            if (lexicon.is(tokens[i], Lexicon.ROLE | Lexicon.HONORIFIC)) {
                return followsName(tokens, i + 1) ? null : new int[] {start, i + 1};
            }
        }
        return null;
    }

    /** "In London, Foreign Secretary Liz Truss": a role followed by a name is that name's, not an apposition. */
    private static boolean followsName(Token[] tokens, int i) {
        return i < tokens.length && tokens[i].isCapitalised();
    }

    /** Whether the token is an article or possessive pronoun that may open an apposition ("its", "the"). */
    static boolean isDeterminer(Token token) {
        for (String determiner : DETERMINERS) {
            if (token.isText(determiner)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the role phrase consists only of honorifics ("Mr", "Mrs"), which are not worth recording. */
    boolean isHonorificOnly(Token[] tokens, int start, int end) {
        for (int i = start; i <= end; i++) {
            if (!lexicon.is(tokens[i], Lexicon.HONORIFIC)) {
                return false;
            }
        }
        return true;
    }

    private int headOf(Token[] tokens, int end) {
        if (end < 0 || !tokens[end].isWord() || tokens[end].is(Token.POSSESSIVE)) {
            return NONE;
        }
        if (isHead(tokens[end])) {
            return end;
        }
        return complementHead(tokens, end);
    }

    /**
     * "Secretary of State", "Minister of Foreign Affairs", "Secretary of the Treasury": the role noun before "of".
     * The complement is made of everyday words and places ("Governor of Washington"), so "Secretary of State Antony"
     * does not swallow the name.
     */
    private int complementHead(Token[] tokens, int end) {
        for (int i = end; i > 0 && end - i < MAX_COMPLEMENT && tokens[i].isCapitalised(); i--) {
            int of = tokens[i - 1].isText("the") ? i - 2 : i - 1;
            if (of > 0 && tokens[of].isText("of") && isHead(tokens[of - 1]) && isComplement(tokens, i, end + 1)) {
                return of - 1;
            }
        }
        return NONE;
    }

    /** Everyday words ("State", "Foreign Affairs") or a place ("Washington", "New York"), but not "State Antony". */
    private boolean isComplement(Token[] tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lexicon.is(tokens[i], Lexicon.COMMON_WORD)) {
                return lexicon.isPhrase(tokens, from, to, Lexicon.PLACE);
            }
        }
        return true;
    }

    private boolean isModifier(Token token) {
        if (!token.isWord() || token.is(Token.POSSESSIVE)) {
            return false;
        }
        return lexicon.is(token, Lexicon.ROLE | Lexicon.ROLE_MODIFIER | Lexicon.NATIONALITY)
                || token.isAcronym() && !lexicon.is(token, Lexicon.NOT_NAME);
    }
}
