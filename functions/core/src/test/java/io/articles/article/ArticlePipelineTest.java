package io.articles.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articles.people.Person;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticlePipelineTest {
    private final ArticlePipeline pipeline = new ArticlePipeline();

    @Test
    void fillsThePeopleAndNamesTheSpeakersByTheirCanonicalNamesOrNull() {
        Article parsed = Article.builder().id("a").headline("Port deal signed")
                .sections(List.of(new Section(null, List.of("Finance Minister Ayo Kadri signed the deal."))))
                .quotes(List.of(new Quote("It opens the coast.", "Kadri"), new Quote("We object.", "the union")))
                .wordCount(8).language("en").build();

        Article article = pipeline.withPeople(parsed);

        assertEquals(List.of("Ayo Kadri"), article.people().stream().map(Person::name).toList());
        assertEquals(List.of(new Quote("It opens the coast.", "Ayo Kadri"), new Quote("We object.", null)),
                article.quotes());
        assertEquals(parsed.toBuilder().people(article.people()).quotes(article.quotes()).build(), article);
    }

    @Test
    void readsAFileThroughTheParserThenTheExtractor() throws RejectedInputException {
        byte[] file = "Port deal signed\n\nFinance Minister Ayo Kadri signed the deal on Monday.\n"
                .getBytes(StandardCharsets.UTF_8);

        Article article = pipeline.read("a", file);

        assertEquals("Port deal signed", article.headline());
        assertEquals(List.of(new Person("Ayo Kadri", 1, List.of("Finance Minister"))), article.people());
    }
}
