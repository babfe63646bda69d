package io.articles.people;

/**
 * The word lists the extractor consults, read once per JVM on first use (about 1 MB of gzipped lists in, 3 MB of
 * hashes in memory). Generated lists are built by {@code tools/people-data/build.py}; the others are written by hand.
 */
final class Lexicon {
    /** Given names of many cultures. */
    final WordSet givenNames = union("given-names.txt.gz", "given-names-extra.txt");
    /** First and last names: broad, and polluted with some common words, so a weak signal. */
    final WordSet nameWords = WordSet.load("name-words.txt.gz");
    final WordSet eastAsianSurnames = WordSet.load("east-asian-surnames.txt");
    /** Lower-case English words of everyday frequency. */
    final WordSet commonWords = WordSet.load("common-words.txt.gz");
    /** Cities and countries, matched against a whole name-like phrase. */
    final WordSet places = union("places.txt.gz", "places-extra.txt");
    final WordSet nationalities = union("nationalities.txt.gz", "nationalities-extra.txt");
    final WordSet orgWords = WordSet.load("org-words.txt");
    final WordSet notNames = WordSet.load("not-names.txt");
    final WordSet roleHeads = WordSet.load("role-heads.txt");
    final WordSet roleModifiers = WordSet.load("role-modifiers.txt");
    final WordSet honorifics = WordSet.load("honorifics.txt");
    final WordSet speechVerbs = WordSet.load("speech-verbs.txt");
    final WordSet particles = WordSet.load("name-particles.txt");
    final Tokenizer tokenizer = new Tokenizer(WordSet.load("abbreviations.txt"));

    private Lexicon() {
    }

    static Lexicon get() {
        return Holder.INSTANCE;
    }

    private static WordSet union(String first, String second) {
        return WordSet.load(first).with(WordSet.load(second));
    }

    /** Initialization-on-demand: the lists load when the first article is processed, not when the class loads. */
    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }
}
