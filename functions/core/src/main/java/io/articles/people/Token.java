package io.articles.people;

import io.articles.text.Chars;

/**
 * A word or a punctuation mark of a paragraph: its text without a possessive {@code 's} (or the punctuation
 * character) and flags ({@link #WORD}, {@link #CAPITALISED}, {@link #SENTENCE_START}, {@link #POSSESSIVE}).
 */
final class Token {
    static final int WORD = 1;
    static final int CAPITALISED = 2;
    static final int SENTENCE_START = 4;
    static final int POSSESSIVE = 8;

    /** Bits of {@link #tablesAsked()}: which of the lexicon's tables the word has been looked up in. */
    static final int LARGE_TABLE = 1;
    static final int SMALL_TABLE = 2;

    private final char[] buf;
    private final int start;
    private final int end;
    private final int flags;
    /** Made on demand: most words are only ever compared and looked up. */
    private String text;
    /** The text's {@link WordTable#hash} and {@link Lexicon} kinds, found on the first lookup (most words have none). */
    private long key;
    private int kinds;
    private int tablesAsked;

    /** The characters {@code buf[start..end-1]}, shared with the paragraph's other tokens. */
    Token(char[] buf, int start, int end, int flags) {
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.flags = flags;
    }

    String text() {
        if (text == null) {
            text = new String(buf, start, end - start);
        }
        return text;
    }

    int length() {
        return end - start;
    }

    char charAt(int i) {
        return buf[start + i];
    }

    /** Whether the text is exactly this word. */
    boolean isText(String word) {
        return word.length() == end - start && matchesAt(start, word);
    }

    boolean startsWith(String prefix) {
        return prefix.length() <= end - start && matchesAt(start, prefix);
    }

    boolean endsWith(String suffix) {
        return suffix.length() <= end - start && matchesAt(end - suffix.length(), suffix);
    }

    private boolean matchesAt(int from, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (buf[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    long key() {
        if (key == 0) {
            key = WordTable.word(buf, start, end);
        }
        return key;
    }

    /** The {@link WordTable#hash} of the text less its last character: the singular of a plural in s. */
    long singularKey() {
        return WordTable.word(buf, start, end - 1);
    }

    int kinds() {
        return kinds;
    }

    int tablesAsked() {
        return tablesAsked;
    }

    void kinds(int kinds, int tablesAsked) {
        this.kinds = kinds;
        this.tablesAsked = tablesAsked;
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
        return !isWord() && buf[start] == c;
    }

    /** All capitals and at least two letters: "NATO", "U.S.", "AFP". */
    boolean isAcronym() {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = buf[i];
            if (Chars.isLowerCase(c)) {
                return false;
            }
            letters += Chars.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /** A lone capital with a period ("J.") or a run of them ("K.C."). */
    boolean isInitial() {
        int n = end - start;
        return n >= 2 && buf[end - 1] == '.' && Chars.isUpperCase(buf[start]) && (n == 2 || buf[start + 1] == '.');
    }

    /** A regnal number after a name: "II", "IV", "XVI". */
    boolean isRomanNumeral() {
        for (int i = start; i < end; i++) {
            if ("IVX".indexOf(buf[i]) < 0) {
                return false;
            }
        }
        return end - start <= 4;
    }
}
