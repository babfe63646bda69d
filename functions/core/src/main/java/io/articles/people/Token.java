package io.articles.people;

/**
 * A word or a punctuation mark of a paragraph: its text without a possessive {@code 's} (or the punctuation
 * character) and flags ({@link #WORD}, {@link #CAPITALISED}, {@link #SENTENCE_START}, {@link #POSSESSIVE}).
 */
final class Token {
    static final int WORD = 1;
    static final int CAPITALISED = 2;
    static final int SENTENCE_START = 4;
    static final int POSSESSIVE = 8;

    /** {@link #kinds()} before the word has been looked up. */
    static final int UNKNOWN = -1;

    private final String text;
    private final int flags;
    /** The text's {@link WordTable#hash} and {@link Lexicon} kinds, computed on the first lookup (most words have none). */
    private long key;
    private int kinds = UNKNOWN;

    Token(String text, int flags) {
        this.text = text;
        this.flags = flags;
    }

    String text() {
        return text;
    }

    long key() {
        if (key == 0) {
            key = WordTable.hash(text);
        }
        return key;
    }

    int kinds() {
        return kinds;
    }

    void kinds(int kinds) {
        this.kinds = kinds;
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    boolean isWord() {
        return is(WORD);
    }

    boolean isCapitalised() {
        return is(CAPITALISED);
    }

    boolean isPunctuation(char c) {
        return !isWord() && text.charAt(0) == c;
    }

    /** All capitals and at least two letters: "NATO", "U.S.", "AFP". */
    boolean isAcronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /** A lone capital with a period ("J.") or a run of them ("K.C."). */
    boolean isInitial() {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '.' && Character.isUpperCase(text.charAt(0))
                && (n == 2 || text.charAt(1) == '.');
    }

    /** A regnal number after a name: "II", "IV", "XVI". */
    boolean isRomanNumeral() {
        for (int i = 0; i < text.length(); i++) {
            if ("IVX".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return text.length() <= 4;
    }
}
