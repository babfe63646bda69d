package io.articles.text;

/**
 * Collects lines, joining hard-wrapped copy back into its paragraphs: a line that carries on the sentence of the
 * line right above it (this one starts in lower case, the one above does not end a sentence) is joined to it. Front
 * matter (the lines between a first line "---" and the next) is left as it is: its "key: value" lines are not prose.
 */
final class LineJoiner {
    /** Copy is wrapped at 60 to 80 columns: a line that ends shorter than this ended its paragraph. */
    private static final int MIN_WRAPPED_LENGTH = 50;

    private final Lines.Builder lines = new Lines.Builder();
    /** The line being assembled; a builder only once a continuation is joined to it. */
    private String previous;
    private int previousWords;
    private StringBuilder joined;
    /** The length of the last line added: a hard-wrapped line runs close to the wrapping width. */
    private int lastLength;
    /** 0 before the first line, 1 inside front matter, 2 past it or when there is none. */
    private int frontMatter;

    /** Adds a line of so many words; {@code blankAbove} when a blank line separates it from the one before. */
    void add(String line, int words, boolean blankAbove) {
        boolean fence = line.equals("---");
        if (frontMatter < 2) {
            frontMatter = frontMatter == 0 && fence ? 1 : frontMatter == 1 && !fence ? 1 : 2;
            if (frontMatter == 1 || fence) {
                flush();
                previous = line;
                previousWords = words;
                return;
            }
        }
        if (previous != null && !blankAbove && continues(lastChar(), line.charAt(0))) {
            if (joined == null) {
                joined = new StringBuilder(previous);
            }
            joined.append(' ').append(line);
            previousWords += words;
            lastLength = line.length();
            return;
        }
        flush();
        previous = line;
        previousWords = words;
        lastLength = line.length();
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

    /**
     * A line in lower case carries on the sentence above unless that one ended; and once a paragraph is known to be
     * hard-wrapped (a line was joined to it), so does a line in capitals after a line that runs to the wrapping
     * width and ends inside a clause ("... the largest market for" / "Kenyan tea, ...").
     */
    private boolean continues(char lastAbove, char first) {
        if (Character.isLowerCase(first)) {
            return ".!?:;".indexOf(lastAbove) < 0;
        }
        return joined != null && lastLength >= MIN_WRAPPED_LENGTH && (Character.isLowerCase(lastAbove) || lastAbove == ',');
    }
}
