package io.articles.article;

import com.fasterxml.jackson.core.JsonGenerator;
import io.articles.json.JsonWriter;
import io.articles.people.Person;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The article's JSON form: what {@code articles-local parse} prints, what the table stores and what the API
 * returns. Written field by field with the streaming generator: no reflection, nothing to warm up.
 */
public final class ArticleJson {
    private ArticleJson() {
    }

    public static String write(Article article) {
        return JsonWriter.write(256 + article.wordCount() * 8, json -> writeArticle(json, article));
    }

    private static void writeArticle(JsonGenerator json, Article article) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("headline", article.headline());
        json.writeStringField("slug", article.slug());
        json.writeStringField("byline", article.byline());
        writeStrings(json, "authors", article.authors());
        json.writeStringField("agency", article.agency());
        writeDate(json, "publishedDate", article.publishedDate());
        writeDate(json, "updatedDate", article.updatedDate());
        json.writeStringField("uploaded", article.uploaded() == null ? null : article.uploaded().toString());
        json.writeStringField("dateSource", article.dateSource());
        json.writeStringField("dateline", article.dateline());
        json.writeStringField("caption", article.caption());
        writeSections(json, article.sections());
        writeQuotes(json, article.quotes());
        writePeople(json, article.people());
        if (article.votes() == null) {
            json.writeNullField("votes");
        } else {
            json.writeNumberField("votes", article.votes());
        }
        json.writeNumberField("wordCount", article.wordCount());
        json.writeStringField("language", article.language());
        writeWarnings(json, article.warnings());
        json.writeEndObject();
    }

    /** {@code "warnings": [{"code", "message"}, ...]}: as the article has them, and as the editors' list shows them. */
    public static void writeWarnings(JsonGenerator json, List<Warning> warnings) throws IOException {
        json.writeArrayFieldStart("warnings");
        for (Warning warning : warnings) {
            json.writeStartObject();
            json.writeStringField("code", warning.code());
            json.writeStringField("message", warning.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeSections(JsonGenerator json, List<Section> sections) throws IOException {
        json.writeArrayFieldStart("sections");
        for (Section section : sections) {
            json.writeStartObject();
            json.writeStringField("heading", section.heading());
            writeStrings(json, "paragraphs", section.paragraphs());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeQuotes(JsonGenerator json, List<Quote> quotes) throws IOException {
        json.writeArrayFieldStart("quotes");
        for (Quote quote : quotes) {
            json.writeStartObject();
            json.writeStringField("text", quote.text());
            json.writeStringField("speaker", quote.speaker());
            json.writeStringField("speakerType", quote.speakerType().json());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writePeople(JsonGenerator json, List<Person> people) throws IOException {
        json.writeArrayFieldStart("people");
        for (Person person : people) {
            json.writeStartObject();
            json.writeStringField("name", person.name());
            json.writeNumberField("mentions", person.mentions());
            writeStrings(json, "titles", person.titles());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void writeDate(JsonGenerator json, String field, LocalDate date) throws IOException {
        json.writeStringField(field, date == null ? null : date.toString());
    }
}
