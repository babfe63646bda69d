package io.articles.article;

import java.time.LocalDate;
import java.util.List;

/**
 * What a byline line says.
 *
 * @param text      the byline as written, minus its dates ("By AFP")
 * @param authors   the people it names
 * @param agency    the news agency it names, or null
 * @param published the publication date it gives, or null
 * @param updated   the "last updated" date it gives, or null
 */
record Byline(String text, List<String> authors, String agency, LocalDate published, LocalDate updated) {
    Byline {
        authors = List.copyOf(authors);
    }
}
