package io.articles.people;

/**
 * The word lists the extractor consults, read once per JVM on first use into one {@link WordTable}. Generated lists
 * ({@code .gz}) are built by {@code tools/people-data/build.py}; the others are written by hand.
 */
final class Lexicon {
    /** Given names of many cultures. */
    static final int GIVEN_NAME = 1;
    /** First and last names: broad, and polluted with some common words, so a weak signal. */
    static final int NAME_WORD = 1 << 1;
    /** Family names written first: "Kim Jong-un". */
    static final int EAST_ASIAN_SURNAME = 1 << 2;
    /** Lower-case English words of everyday frequency. */
    static final int COMMON_WORD = 1 << 3;
    /** Cities, countries and regions, single words or phrases. */
    static final int PLACE = 1 << 4;
    static final int NATIONALITY = 1 << 5;
    /** "Council", "University": makes a phrase an organisation, place or event. */
    static final int ORG_WORD = 1 << 6;
    /** Months, days, news outlets, deities: never a name. */
    static final int NOT_NAME = 1 << 7;
    static final int ROLE = 1 << 8;
    static final int ROLE_MODIFIER = 1 << 9;
    static final int HONORIFIC = 1 << 10;
    static final int SPEECH_VERB = 1 << 11;
    static final int PARTICLE = 1 << 12;
    static final int ABBREVIATION = 1 << 13;

    private final WordTable table = new WordTable();
    final Tokenizer tokenizer = new Tokenizer(this);

    private Lexicon() {
        table.load("given-names.txt.gz", GIVEN_NAME);
        table.load("given-names-extra.txt", GIVEN_NAME);
        table.load("name-words.txt.gz", NAME_WORD);
        table.load("east-asian-surnames.txt", EAST_ASIAN_SURNAME);
        table.load("common-words.txt.gz", COMMON_WORD);
        table.load("places.txt.gz", PLACE);
        table.load("places-extra.txt", PLACE);
        table.load("nationalities.txt.gz", NATIONALITY);
        table.load("nationalities-extra.txt", NATIONALITY);
        table.load("org-words.txt", ORG_WORD);
        table.load("not-names.txt", NOT_NAME);
        table.load("role-heads.txt", ROLE);
        table.load("role-modifiers.txt", ROLE_MODIFIER);
        table.load("honorifics.txt", HONORIFIC);
        table.load("speech-verbs.txt", SPEECH_VERB);
        table.load("name-particles.txt", PARTICLE);
        table.load("abbreviations.txt", ABBREVIATION);
    }

    static Lexicon get() {
        return Holder.INSTANCE;
    }

    /** Whether the word is of any of the kinds (bits of this class). */
    boolean is(Token token, int kinds) {
        if (!token.isWord()) {
            return false;
        }
        if (token.kinds() == Token.UNKNOWN) {
            token.kinds(table.kinds(token.key()));
        }
        return (token.kinds() & kinds) != 0;
    }

    boolean is(CharSequence text, int from, int to, int kinds) {
        return (table.kinds(WordTable.hash(text, from, to)) & kinds) != 0;
    }

    boolean is(char[] text, int from, int to, int kinds) {
        return (table.kinds(WordTable.hash(text, from, to)) & kinds) != 0;
    }

    /** Whether the phrase of tokens {@code from..to-1} is of any of the kinds. */
    boolean isPhrase(Token[] tokens, int from, int to, int kinds) {
        return to - from == 1 ? is(tokens[from], kinds) : (table.kinds(WordTable.hash(tokens, from, to)) & kinds) != 0;
    }

    /** Initialization-on-demand: the lists load when the first article is processed, not when the class loads. */
    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }
}
