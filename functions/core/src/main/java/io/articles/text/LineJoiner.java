package io.articles.text;

/**
 * Collects lines, joining hard-wrapped copy back into its paragraphs: a line that carries on the sentence of the
 * line right above it (this one starts in lower case, the one above does not end a sentence) is joined to it.
 */
final class LineJoiner {
    private final Lines.Builder lines = new Lines.Builder();
    /** The line being assembled; a builder only once a continuation is joined to it. */
    private String previous;
    private int previousWords;
    private StringBuilder joined;

    /** Adds a line of so many words; {@code blankAbove} when a blank line separates it from the one before. */
    void add(String line, int words, boolean blankAbove) {
        if (previous != null && !blankAbove && continues(lastChar(), line.charAt(0))) {
            if (joined == null) {
                joined = new StringBuilder(previous);
            }
            joined.append(' ').append(line);
            previousWords += words;
            return;
        }
        flush();
        previous = line;
        previousWords = words;
    }

    Lines build() {
        flush();
        return lines.build();
    }

    private void flush() {
        if (previous != null) {
            lines.add(joined == null ? previous : joined.toString(), previousWords);
        }
        previous = null;
        joined = null;
    }

    private char lastChar() {
        return joined == null ? previous.charAt(previous.length() - 1) : joined.charAt(joined.length() - 1);
    }

    private static boolean continues(char lastAbove, char first) {
        return Character.isLowerCase(first) && ".!?:;".indexOf(lastAbove) < 0;
    }
}
