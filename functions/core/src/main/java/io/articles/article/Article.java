package io.articles.article;

import io.articles.people.Person;
import java.time.LocalDate;
import java.util.List;

/**
 * One parsed news article. Absent facts are {@code null} (scalars) or empty lists, never guessed.
 *
 * @param id            stable identifier of the source object (see {@link ArticleId})
 * @param headline      the headline as printed
 * @param byline        the byline as written, minus its dates ("By AFP")
 * @param authors       the people named in the byline
 * @param agency        the news agency named in the byline, or null
 * @param publishedDate the publication date
 * @param updatedDate   the "last updated" date
 * @param dateline      the place that opens the body ("WASHINGTON")
 * @param caption       the photo caption, kept out of the body
 * @param sections      the body, in order
 * @param quotes        direct quotations, in order
 * @param people        everyone the article mentions, in order of first mention
 * @param votes         the reader vote count the page showed, or null
 * @param wordCount     words in the body
 * @param language      ISO 639-1 code of the text
 */
public record Article(
        String id,
        String headline,
        String byline,
        List<String> authors,
        String agency,
        LocalDate publishedDate,
        LocalDate updatedDate,
        String dateline,
        String caption,
        List<Section> sections,
        List<Quote> quotes,
        List<Person> people,
        Integer votes,
        int wordCount,
        String language) {

    public Article {
        authors = List.copyOf(authors);
        sections = List.copyOf(sections);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
    }

    /** The same article with the people extractor's findings: the people and the quotes' canonical speakers. */
    public Article withPeople(List<Person> newPeople, List<Quote> newQuotes) {
        return new Article(id, headline, byline, authors, agency, publishedDate, updatedDate, dateline, caption,
                sections, newQuotes, newPeople, votes, wordCount, language);
    }
}
