package io.articles.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.articles.store.Summary;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The API's response bodies, written with the streaming generator. */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static String error(String code, String message) {
        return write(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("error");
            json.writeStringField("code", code);
            json.writeStringField("message", message);
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    static String page(List<Summary> items, String nextToken) {
        return write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("items");
            for (Summary summary : items) {
                writeSummary(json, summary);
            }
            json.writeEndArray();
            json.writeStringField("nextToken", nextToken);
            json.writeEndObject();
        });
    }

    private static void writeSummary(JsonGenerator json, Summary summary) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", summary.id());
        json.writeStringField("headline", summary.headline());
        json.writeStringField("publishedDate", summary.publishedDate());
        json.writeStringField("agency", summary.agency());
        json.writeArrayFieldStart("people");
        for (String person : summary.people()) {
            json.writeString(person);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private interface Body {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
