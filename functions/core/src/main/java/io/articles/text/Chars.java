package io.articles.text;

/**
 * {@link Character}'s tests with a fast path for ASCII, most of news text. Character's own ask an abstract
 * CharacterData per call, a call the JIT cannot inline, and the extractor asks them of every character.
 */
public final class Chars {
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte UPPER = 4;
    private static final byte LOWER = 8;
    private static final byte WHITESPACE = 16;
    /** The bits above of each ASCII character. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0)
                    | (Character.isWhitespace(c) ? WHITESPACE : 0));
        }
    }

    private Chars() {
    }

    public static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return (ASCII[c] & (LETTER | DIGIT)) != 0;
        }
        // General Punctuation (curly quotes, dashes) holds no letter or digit, and news text is full of it.
        return (c < '\u2000' || c > '\u206f') && Character.isLetterOrDigit(c);
    }

    public static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    public static boolean isUpperCase(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    public static boolean isLowerCase(char c) {
        return c < 128 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    public static boolean isWhitespace(char c) {
        return c < 128 ? (ASCII[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
    }
}
