package io.articles.article;

/**
 * Who a sentence says is speaking: a name ("Senator Bob Menendez said" gives "Bob Menendez"), or a pronoun ("she
 * said"), which refers to the last person named.
 *
 * @param name the name as the text gives it, without titles; null for a pronoun
 */
record Attribution(String name) {
    static final Attribution PRONOUN = new Attribution(null);

    boolean isPronoun() {
        return name == null;
    }
}
