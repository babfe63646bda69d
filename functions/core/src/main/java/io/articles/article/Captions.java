package io.articles.article;

/** Photo captions: the paragraph that ends with its credit, "(AFP photo)", "(Photo courtesy of the ministry)". */
final class Captions {
    private static final int MAX_CREDIT_LENGTH = 80;

    private Captions() {
    }

    static boolean isCaption(String paragraph) {
        int end = paragraph.length() - 1;
        if (end < 0 || paragraph.charAt(end) != ')') {
            return false;
        }
        int open = paragraph.lastIndexOf('(', end);
        return open >= 0 && end - open <= MAX_CREDIT_LENGTH && containsPhoto(paragraph, open + 1, end);
    }

    private static boolean containsPhoto(String text, int from, int to) {
        for (int i = from; i + 5 <= to; i++) {
            if (text.regionMatches(true, i, "photo", 0, 5)) {
                return true;
            }
        }
        return false;
    }
}
