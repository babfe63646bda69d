package io.articles.people;

/**
 * The word lists the extractor consults, read once per JVM on first use into two {@link WordTable}s. Generated lists
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
    /** "Magic", "Hornets": after a place, a sports team. */
    static final int TEAM_NICKNAME = 1 << 14;

    /** The kinds of the big generated lists: their table does not fit in a cache, so it is asked only when needed. */
    private static final int LARGE_KINDS = GIVEN_NAME | NAME_WORD | COMMON_WORD | PLACE | NATIONALITY;

    private static final int LARGE_ENTRIES = 330_000;
    private static final int SMALL_ENTRIES = 1_000;

    /** The generated lists (and their hand-written supplements): 300,000 entries. */
    private final WordTable large = new WordTable(LARGE_ENTRIES);
    /** The hand-written lists of roles, verbs, particles and organisation words: a few hundred entries. */
    private final WordTable small = new WordTable(SMALL_ENTRIES);
    final Tokenizer tokenizer = new Tokenizer(this);

    private Lexicon() {
        large.load("given-names.txt.gz", GIVEN_NAME);
        large.load("given-names-extra.txt", GIVEN_NAME);
        large.load("name-words.txt.gz", NAME_WORD);
        large.load("common-words.txt.gz", COMMON_WORD);
        large.load("places.txt.gz", PLACE);
        large.load("places-extra.txt", PLACE);
        large.load("nationalities.txt.gz", NATIONALITY);
        large.load("nationalities-extra.txt", NATIONALITY);
        small.load("east-asian-surnames.txt", EAST_ASIAN_SURNAME);
        small.load("org-words.txt", ORG_WORD);
        small.load("not-names.txt", NOT_NAME);
        small.load("role-heads.txt", ROLE);
        small.load("role-modifiers.txt", ROLE_MODIFIER);
        small.load("honorifics.txt", HONORIFIC);
        small.load("speech-verbs.txt", SPEECH_VERB);
        small.load("person-verbs.txt", SPEECH_VERB);
        small.load("name-particles.txt", PARTICLE);
        small.load("abbreviations.txt", ABBREVIATION);
        small.load("team-nicknames.txt", TEAM_NICKNAME);
    }

    static Lexicon get() {
        return Holder.INSTANCE;
    }

    /** Whether the word is of any of the kinds (bits of this class). The answer is kept on the token. */
    boolean is(Token token, int kinds) {
        if (!token.isWord()) {
            return false;
        }
        int tables = (kinds & LARGE_KINDS) != 0 ? Token.LARGE_TABLE : 0;
        tables |= (kinds & ~LARGE_KINDS) != 0 ? Token.SMALL_TABLE : 0;
        int missing = tables & ~token.tablesAsked();
        if (missing != 0) {
            int found = token.kinds();
            found |= (missing & Token.LARGE_TABLE) != 0 ? large.kinds(token.key()) : 0;
            found |= (missing & Token.SMALL_TABLE) != 0 ? small.kinds(token.key()) : 0;
            token.kinds(found, token.tablesAsked() | missing);
        }
        return (token.kinds() & kinds) != 0;
    }

    /** Whether the word less its last letter, a plural's s, is of any of the kinds ("ministers", "Britons"). */
    boolean isSingular(Token token, int kinds) {
        return (kinds(token.singularKey(), kinds) & kinds) != 0;
    }

    boolean is(String text, int from, int to, int kinds) {
        return (kinds(WordTable.hash(text, from, to), kinds) & kinds) != 0;
    }

    boolean is(char[] text, int from, int to, int kinds) {
        return (kinds(WordTable.hash(text, from, to), kinds) & kinds) != 0;
    }

    /** Whether the phrase of tokens {@code from..to-1} is of any of the kinds. */
    boolean isPhrase(Token[] tokens, int from, int to, int kinds) {
        return to - from == 1 ? is(tokens[from], kinds) : (kinds(WordTable.hash(tokens, from, to), kinds) & kinds) != 0;
    }

    /**
     * The kinds of the entry, looked up only in the tables that hold any of the kinds asked about: the large table is
     * a likely cache miss, and most lookups (abbreviations, roles) concern the small one alone.
     */
    private int kinds(long hash, int asked) {
        int found = (asked & LARGE_KINDS) != 0 ? large.kinds(hash) : 0;
        return (asked & ~LARGE_KINDS) != 0 ? found | small.kinds(hash) : found;
    }

    /** Initialization-on-demand: the lists load when the first article is processed, not when the class loads. */
    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }
}
