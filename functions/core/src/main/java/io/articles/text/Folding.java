package io.articles.text;

import java.text.Normalizer;

/**
 * Folds text for lookups: case, accents and punctuation do not matter ("Zelensky’s" and "ZELENSKY" meet).
 * Index keys and query parameters both go through here, so they always agree.
 */
public final class Folding {
    private Folding() {
    }

    /** Lower case, accents removed, every run of non-letters and non-digits one space, trimmed. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == '\'' || cp == '’') {
                continue; // accents vanish; apostrophes join ("O'Brien" -> "obrien")
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }
}
