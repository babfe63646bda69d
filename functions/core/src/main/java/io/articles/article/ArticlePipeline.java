package io.articles.article;

import io.articles.people.Document;
import io.articles.people.Extraction;
import io.articles.people.PeopleExtractor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded file to a complete article: {@link ArticleParser} reads its parts, then {@link PeopleExtractor} finds
 * the people it mentions and names the speakers of its quotations. What the ingest function, {@code articles-local
 * parse} and the benchmarks run; built once, safe to share between threads.
 */
public final class ArticlePipeline {
    private final ArticleParser parser;
    private final PeopleExtractor people = new PeopleExtractor();

    public ArticlePipeline() {
        this(new ArticleParser());
    }

    public ArticlePipeline(ArticleParser parser) {
        this.parser = parser;
    }

    /** The article in {@code content}, with its people; its upload time unknown. */
    public Article read(String id, byte[] content) throws RejectedInputException {
        return withPeople(parser.parse(id, content));
    }

    /** The article in {@code content}, uploaded at {@code uploaded} (null when not known), with its people. */
    public Article read(String id, byte[] content, Instant uploaded) throws RejectedInputException {
        return withPeople(parser.parse(id, content, uploaded));
    }

    /**
     * A parsed article with its {@code people} filled and its quotes' speakers made canonical: a person's as the
     * fullest name the article gives them, a role's as the person holding it; a speaker that names no one the
     * article mentions is dropped. Organisations keep the name the parser gave them.
     */
    public Article withPeople(Article parsed) {
        List<String> speakers = new ArrayList<>(parsed.quotes().size());
        for (Quote quote : parsed.quotes()) {
            speakers.add(quote.speakerType() == SpeakerType.PERSON ? quote.speaker() : null);
        }
        Extraction found = people.extract(new Document(paragraphs(parsed), parsed.authors(), speakers));
        List<Quote> quotes = new ArrayList<>(speakers.size());
        for (int i = 0; i < speakers.size(); i++) {
            Quote quote = parsed.quotes().get(i);
            quotes.add(quote.speakerType() == SpeakerType.PERSON
                    ? new Quote(quote.text(), found.speakers().get(i), SpeakerType.PERSON) : quote);
        }
        return parsed.toBuilder().people(found.people()).quotes(quotes).build();
    }

    /** The article's text in reading order: headline, caption, then each section's heading and paragraphs. */
    private static List<String> paragraphs(Article article) {
        List<String> paragraphs = new ArrayList<>();
        add(paragraphs, article.headline());
        add(paragraphs, article.caption());
        for (Section section : article.sections()) {
            add(paragraphs, section.heading());
            section.paragraphs().forEach(paragraph -> add(paragraphs, paragraph));
        }
        return paragraphs;
    }

    private static void add(List<String> paragraphs, String text) {
        if (text != null && !text.isBlank()) {
            paragraphs.add(text);
        }
    }
}
