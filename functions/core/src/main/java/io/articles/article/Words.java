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
                if (!counted && Character.isLetterOrDigit(c)) {
                    words++;
                    counted = true;
                }
            }
        }
        return words;
    }
}
