package io.articles.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into plain maps, lists, strings, numbers and booleans with the streaming parser: how the functions
 * read their events. The Lambda runtime's own event deserialisation (Jackson databind with mix-ins) costs hundreds
 * of milliseconds of cold start; this costs a few.
 */
public final class JsonTree {
    /** Deeper documents are refused: no event nests this far, and recursion must stay bounded. */
    static final int MAX_DEPTH = 64;
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    /** The document in {@code in}; throws IllegalArgumentException when it is not JSON (or nests too deep). */
    public static Object read(InputStream in) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("event: expected a JSON document, got nothing");
            }
            Object value = value(parser, 0);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("event: expected one JSON document, got more after it");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("event: expected JSON, got malformed input", e);
        }
    }

    /** {@code node} as an object; throws IllegalArgumentException naming {@code what} otherwise. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object node, String what) {
        if (node instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + ": expected an object");
    }

    /** {@code node} as an array, an absent node as empty; throws IllegalArgumentException otherwise. */
    public static List<Object> array(Object node, String what) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof List<?> list) {
            return Collections.unmodifiableList(list); // JSON arrays may hold nulls, which List.copyOf refuses
        }
        throw new IllegalArgumentException(what + ": expected an array");
    }

    /** The string field {@code name} of {@code object}, or null when absent or null. */
    public static String string(Map<String, Object> object, String name) {
        Object value = object.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IllegalArgumentException(name + ": expected a string");
    }

    /** The object field {@code name}, or an empty object when absent or null. */
    public static Map<String, Object> child(Map<String, Object> object, String name) {
        Object value = object.get(name);
        return value == null ? Map.of() : object(value, name);
    }

    /** The object field {@code name} as a map of strings (headers, parameters); null when absent. */
    public static Map<String, String> strings(Map<String, Object> object, String name) {
        Object value = object.get(name);
        if (value == null) {
            return null;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        object(value, name).forEach((key, item) -> strings.put(key, item == null ? null : String.valueOf(item)));
        return strings;
    }

    private static Object value(JsonParser parser, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("event: expected JSON nested at most " + MAX_DEPTH + " deep");
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser, depth);
            case START_ARRAY -> array(parser, depth);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("event: unexpected " + token);
        };
    }

    private static Map<String, Object> object(JsonParser parser, int depth) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, value(parser, depth + 1));
        }
        return object;
    }

    private static List<Object> array(JsonParser parser, int depth) throws IOException {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, depth + 1));
        }
        return array;
    }
}
