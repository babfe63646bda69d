package io.articles.article;

/** The dashes that separate byline parts and end datelines, of every kind editors type: —, –, --, -, | and •. */
final class Dashes {
    private Dashes() {
    }

    /** The index just past the dash at {@code at}, or -1 when there is none. */
    static int end(String text, int at) {
        if (at >= text.length()) {
            return -1;
        }
        char c = text.charAt(at);
        if (c == '—' || c == '–' || c == '|' || c == '•') {
            return at + 1;
        }
        if (c != '-') {
            return -1;
        }
        return at + 1 < text.length() && text.charAt(at + 1) == '-' ? at + 2 : at + 1;
    }
}
