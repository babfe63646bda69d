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

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this article's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().id(id).headline(headline).byline(byline).authors(authors).agency(agency)
                .publishedDate(publishedDate).updatedDate(updatedDate).dateline(dateline).caption(caption)
                .sections(sections).quotes(quotes).people(people).votes(votes).wordCount(wordCount)
                .language(language);
    }

    /** Builds an article field by field; unset facts are absent (null or empty), as in a parsed article. */
    public static final class Builder {
        private String id;
        private String headline;
        private String byline;
        private List<String> authors = List.of();
        private String agency;
        private LocalDate publishedDate;
        private LocalDate updatedDate;
        private String dateline;
        private String caption;
        private List<Section> sections = List.of();
        private List<Quote> quotes = List.of();
        private List<Person> people = List.of();
        private Integer votes;
        private int wordCount;
        private String language;

        private Builder() {
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder headline(String value) {
            headline = value;
            return this;
        }

        public Builder byline(String value) {
            byline = value;
            return this;
        }

        public Builder authors(List<String> value) {
            authors = value;
            return this;
        }

        public Builder agency(String value) {
            agency = value;
            return this;
        }

        public Builder publishedDate(LocalDate value) {
            publishedDate = value;
            return this;
        }

        public Builder updatedDate(LocalDate value) {
            updatedDate = value;
            return this;
        }

        public Builder dateline(String value) {
            dateline = value;
            return this;
        }

        public Builder caption(String value) {
            caption = value;
            return this;
        }

        public Builder sections(List<Section> value) {
            sections = value;
            return this;
        }

        public Builder quotes(List<Quote> value) {
            quotes = value;
            return this;
        }

        public Builder people(List<Person> value) {
            people = value;
            return this;
        }

        public Builder votes(Integer value) {
            votes = value;
            return this;
        }

        public Builder wordCount(int value) {
            wordCount = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Article build() {
            return new Article(id, headline, byline, authors, agency, publishedDate, updatedDate, dateline, caption,
                    sections, quotes, people, votes, wordCount, language);
        }
    }
}
