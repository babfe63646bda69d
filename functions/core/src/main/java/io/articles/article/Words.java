package io.articles.article;

/** Words: runs of non-space characters with at least one letter or digit ("—" alone is not a word). */
final class Words {
    private Words() {
    }

    static int count(String text) {
        return count(text, 0, text.length());
    }

    static int count(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                inWord = false;
            } else {
                if (!inWord) {
                    counted = false;
                }
                inWord = true;
                if (!counted && isLetterOrDigit(c)) {
                    words++;
                    counted = true;
                }
            }
        }
        return words;
    }

    /** {@link Character#isLetterOrDigit(char)}, without its table look-up for the ASCII most text is made of. */
    static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            char lower = (char) (c | 0x20);
            return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }
}
