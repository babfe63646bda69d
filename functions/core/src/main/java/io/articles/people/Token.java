package io.articles.people;

/**
 * A word or a punctuation mark of a paragraph.
 *
 * @param text  the word without a possessive {@code 's}, or the punctuation character
 * @param flags {@link #WORD}, {@link #CAPITALISED}, {@link #SENTENCE_START}, {@link #POSSESSIVE}
 */
record Token(String text, int flags) {
    static final int WORD = 1;
    static final int CAPITALISED = 2;
    static final int SENTENCE_START = 4;
    static final int POSSESSIVE = 8;

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
