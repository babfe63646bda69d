package io.articles.people;

/**
 * The extractor's word lists, asked from outside the package: whether a phrase is a place, a given name or an
 * everyday English word. Case and periods do not matter. The lists load on the first question (see {@link Lexicon}).
 */
public final class Gazetteer {
    private Gazetteer() {
    }

    /** "Nairobi", "Hong Kong", "Portland". */
    public static boolean isPlace(String phrase) {
        return is(phrase, Lexicon.PLACE);
    }

    /** "Dmitri", "Greta". */
    public static boolean isGivenName(String word) {
        return is(word, Lexicon.GIVEN_NAME);
    }

    /** "water", "plan", "note": a lower-case word of everyday frequency. */
    public static boolean isCommonWord(String word) {
        return is(word, Lexicon.COMMON_WORD);
    }

    private static boolean is(String phrase, int kinds) {
        return !phrase.isEmpty() && Lexicon.get().is(phrase, 0, phrase.length(), kinds);
    }
}
