package io.articles.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.articles.article.ArticleJson;
import io.articles.json.JsonWriter;
import io.articles.store.PersonEntry;
import io.articles.store.RejectionEntry;
import io.articles.store.Summary;
import io.articles.store.WarningEntry;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The API's response bodies, written with the streaming generator. */
final class Json {
    private Json() {
    }

    /** Writes one list item. */
    interface ItemWriter<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }

    static String error(String code, String message) {
        return JsonWriter.write(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("error");
            json.writeStringField("code", code);
            json.writeStringField("message", message);
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    /** {@code {"items": [...], "nextToken": "..." | null}}. */
    static <T> String page(List<T> items, String nextToken, ItemWriter<T> itemWriter) {
        return JsonWriter.write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("items");
            for (T item : items) {
                itemWriter.write(json, item);
            }
            json.writeEndArray();
            json.writeStringField("nextToken", nextToken);
            json.writeEndObject();
        });
    }

    static void summary(JsonGenerator json, Summary summary) throws IOException {
        json.writeStartObject();
        stringFields(json, "id", summary.id(), "headline", summary.headline(),
                "publishedDate", summary.publishedDate(), "agency", summary.agency());
        json.writeArrayFieldStart("people");
        for (String person : summary.people()) {
            json.writeString(person);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void person(JsonGenerator json, PersonEntry person) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", person.name());
        json.writeNumberField("articles", person.articles());
        json.writeEndObject();
    }

    static void rejection(JsonGenerator json, RejectionEntry rejection) throws IOException {
        json.writeStartObject();
        stringFields(json, "id", rejection.id(), "key", rejection.key(), "reason", rejection.reason(),
                "at", rejection.at());
        json.writeEndObject();
    }

    static void warning(JsonGenerator json, WarningEntry entry) throws IOException {
        json.writeStartObject();
        stringFields(json, "id", entry.id(), "key", entry.key(), "headline", entry.headline());
        ArticleJson.writeWarnings(json, entry.warnings());
        json.writeStringField("at", entry.at());
        json.writeEndObject();
    }

    /** The Lambda proxy response around a body. */
    static String response(int status, Map<String, String> headers, String body) {
        return JsonWriter.write(json -> {
            json.writeStartObject();
            json.writeNumberField("statusCode", status);
            json.writeObjectFieldStart("headers");
            for (Map.Entry<String, String> header : headers.entrySet()) {
                json.writeStringField(header.getKey(), header.getValue());
            }
            json.writeEndObject();
            json.writeStringField("body", body);
            json.writeBooleanField("isBase64Encoded", false);
            json.writeEndObject();
        });
    }

    /** Name, value, name, value...: string fields, null values as JSON null. */
    private static void stringFields(JsonGenerator json, String... namesAndValues) throws IOException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.writeStringField(namesAndValues[i], namesAndValues[i + 1]);
        }
    }
}
