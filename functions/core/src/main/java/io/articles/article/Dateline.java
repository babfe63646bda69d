package io.articles.article;

/**
 * The dateline that opens wire copy, split from the paragraph it opens.
 *
 * @param place  "WASHINGTON", "AMMAN, Jordan"
 * @param agency the agency in parentheses after it ("LONDON (Reuters) -"), or null
 * @param rest   the paragraph after the dateline
 */
record Dateline(String place, String agency, String rest) {
}
