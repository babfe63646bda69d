package io.articles.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes JSON text with jackson-core's streaming generator: the one way the project writes JSON (articles, API
 * bodies, log lines, metrics), escaping included. No databind: nothing to introspect at cold start.
 */
public final class JsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonWriter() {
    }

    /** What to write, field by field. */
    @FunctionalInterface
    public interface Body {
        void writeTo(JsonGenerator json) throws IOException;
    }

    public static String write(Body body) {
        return write(256, body);
    }

    /** The text the body writes, into a buffer sized for about {@code expectedChars}. */
    public static String write(int expectedChars, Body body) {
        StringWriter out = new StringWriter(expectedChars);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
