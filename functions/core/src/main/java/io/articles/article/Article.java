package io.articles.article;

import io.articles.people.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One parsed news article. Absent facts are {@code null} (scalars) or empty lists, never guessed.
 *
 * @param id            stable identifier of the source object (see {@link ArticleId})
 * @param headline      the headline as printed, without its slug, attributed source or closing full stop
 * @param slug          the topic slug written before the headline ("SOCCER", "UPDATE 2"), or null
 * @param byline        the byline as written, minus its dates ("By AFP")
 * @param authors       the people named in the byline
 * @param agency        the news agency named in the byline, or null
 * @param publishedDate the publication date
 * @param updatedDate   the "last updated" date
 * @param uploaded      when the file was uploaded (the object's LastModified), as given to the parser, or null
 * @param dateSource    where the publication date came from: {@link #DATE_FROM_TEXT}, {@link #DATE_FROM_DATELINE}
 *                      or {@link #DATE_FROM_UPLOAD_YEAR}; null when there is no date
 * @param dateline      the place that opens the body ("WASHINGTON")
 * @param caption       the photo caption, kept out of the body
 * @param sections      the body, in order
 * @param quotes        direct quotations, in order
 * @param people        everyone the article mentions, in order of first mention
 * @param votes         the reader vote count the page showed, or null
 * @param wordCount     words in the body
 * @param language      ISO 639-1 code of the text
 * @param warnings      what the parser had to guess or could not find, for the editor
 */
public record Article(
        String id,
        String headline,
        String slug,
        String byline,
        List<String> authors,
        String agency,
        LocalDate publishedDate,
        LocalDate updatedDate,
        Instant uploaded,
        String dateSource,
        String dateline,
        String caption,
        List<Section> sections,
        List<Quote> quotes,
        List<Person> people,
        Integer votes,
        int wordCount,
        String language,
        List<Warning> warnings) {

    /** A date written in full in the text: a date line, the metadata, the byline. */
    public static final String DATE_FROM_TEXT = "text";
    /** A full date in the dateline ("VIENNA 1996-12-06"). */
    public static final String DATE_FROM_DATELINE = "dateline";
    /** A month and day in the dateline, in the year of the upload. */
    public static final String DATE_FROM_UPLOAD_YEAR = "upload year";

    public Article {
        warnings = List.copyOf(warnings);
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
        return new Builder().id(id).headline(headline).slug(slug).byline(byline).authors(authors).agency(agency)
                .publishedDate(publishedDate).updatedDate(updatedDate).uploaded(uploaded).dateSource(dateSource).dateline(dateline)
                .caption(caption).sections(sections).quotes(quotes).people(people).votes(votes).wordCount(wordCount)
                .language(language).warnings(warnings);
    }

    /** Builds an article field by field; unset facts are absent (null or empty), as in a parsed article. */
    public static final class Builder {
        private String id;
        private String headline;
        private String slug;
        private String byline;
        private List<String> authors = List.of();
        private String agency;
        private LocalDate publishedDate;
        private LocalDate updatedDate;
        private Instant uploaded;
        private String dateSource;
        private String dateline;
        private String caption;
        private List<Section> sections = List.of();
        private List<Quote> quotes = List.of();
        private List<Person> people = List.of();
        private Integer votes;
        private int wordCount;
        private String language;
        private List<Warning> warnings = List.of();

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

        public Builder slug(String value) {
            slug = value;
            return this;
        }

        public Builder uploaded(Instant value) {
            uploaded = value;
            return this;
        }

        public Builder dateSource(String value) {
            dateSource = value;
            return this;
        }

        public Builder warnings(List<Warning> value) {
            warnings = value;
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
            return new Article(id, headline, slug, byline, authors, agency, publishedDate, updatedDate, uploaded,
                    dateSource,
                    dateline, caption, sections, quotes, people, votes, wordCount, language, warnings);
        }
    }
}
