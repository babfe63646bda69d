package io.articles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * openapi.yaml read as a tree, and the check of a real response against it: the status is documented for the
 * operation, the content type and documented headers are there, and the body has the schema's shape (types,
 * required and only the declared properties, nullability, enums, patterns, date formats).
 */
final class OpenApiContract {
    private final JsonNode spec;
    private final Set<String> documented = new TreeSet<>();

    private OpenApiContract(JsonNode spec) {
        this.spec = spec;
        for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operation.getValue().get("responses").fieldNames().forEachRemaining(status ->
                        documented.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + status));
            }
        }
    }

    static OpenApiContract load(Path file) {
        try {
            return new OpenApiContract(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every "METHOD /path/template status" the file documents. */
    Set<String> documented() {
        return documented;
    }

    /** Checks the response; returns the "METHOD /path/template status" it exercised (null: an undocumented path). */
    String check(String method, String path, APIGatewayV2HTTPResponse response) {
        String template = template(path);
        JsonNode operation = template == null ? null : spec.get("paths").get(template).get(method.toLowerCase());
        String status = Integer.toString(response.getStatusCode());
        JsonNode expected;
        if (template == null) {
            expected = resolve(spec.at("/components/responses/NotFound"));
        } else if (operation == null) {
            expected = resolve(spec.at("/components/responses/MethodNotAllowed"));
        } else {
            expected = resolve(operation.get("responses").get(status));
        }
        String where = method + " " + path + " -> " + status + " " + response.getBody();
        assertNotNull(expected, "undocumented response: " + where);
        checkHeaders(expected, response, where);
        checkBody(expected, response, where);
        return operation == null ? null : method + " " + template + " " + status;
    }

    private void checkHeaders(JsonNode expected, APIGatewayV2HTTPResponse response, String where) {
        JsonNode headers = expected.get("headers");
        if (headers != null) {
            headers.fieldNames().forEachRemaining(name ->
                    assertNotNull(response.getHeaders().get(name), "header " + name + " missing: " + where));
        }
    }

    private void checkBody(JsonNode expected, APIGatewayV2HTTPResponse response, String where) {
        JsonNode content = expected.get("content");
        if (content == null) {
            assertEquals("", response.getBody() == null ? "" : response.getBody(), "no body expected: " + where);
            return;
        }
        String mediaType = content.fieldNames().next();
        assertEquals(mediaType, response.getHeaders().get("Content-Type"), where);
        validate(content.get(mediaType).get("schema"), Requests.body(response), "$", where);
    }

    private void validate(JsonNode schema, JsonNode value, String at, String where) {
        schema = resolve(schema);
        if (value.isNull()) {
            assertTrue(schema.path("nullable").asBoolean(false), at + " may not be null: " + where);
            return;
        }
        String type = schema.get("type").asText();
        switch (type) {
            case "object" -> validateObject(schema, value, at, where);
            case "array" -> {
                assertTrue(value.isArray(), at + " should be an array: " + where);
                for (int i = 0; i < value.size(); i++) {
                    validate(schema.get("items"), value.get(i), at + "[" + i + "]", where);
                }
            }
            case "string" -> validateString(schema, value, at, where);
            case "integer" -> assertTrue(value.isIntegralNumber(), at + " should be an integer: " + where);
            case "boolean" -> assertTrue(value.isBoolean(), at + " should be a boolean: " + where);
            default -> fail("schema type " + type + " is not checked here");
        }
    }

    private void validateObject(JsonNode schema, JsonNode value, String at, String where) {
        assertTrue(value.isObject(), at + " should be an object: " + where);
        JsonNode properties = schema.path("properties");
        schema.path("required").forEach(name ->
                assertTrue(value.has(name.asText()), at + "." + name.asText() + " is required: " + where));
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode property = properties.get(field.getKey());
            if (property == null) {
                assertTrue(schema.path("additionalProperties").asBoolean(true),
                        at + "." + field.getKey() + " is not declared: " + where);
            } else {
                validate(property, field.getValue(), at + "." + field.getKey(), where);
            }
        }
    }

    private static void validateString(JsonNode schema, JsonNode value, String at, String where) {
        assertTrue(value.isTextual(), at + " should be a string: " + where);
        String text = value.asText();
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.asText().equals(text);
            }
            assertTrue(listed, at + " = " + text + " is not in the enum: " + where);
        }
        if (schema.has("pattern")) {
            assertTrue(text.matches(schema.get("pattern").asText()), at + " does not match the pattern: " + where);
        }
        switch (schema.path("format").asText()) {
            case "date" -> LocalDate.parse(text);
            case "date-time" -> Instant.parse(text);
            default -> { }
        }
    }

    private JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            node = spec.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** The documented path template {@code path} matches: literal paths first, then {param} segments. */
    private String template(String path) {
        if (spec.get("paths").has(path)) {
            return path;
        }
        for (Iterator<String> templates = spec.get("paths").fieldNames(); templates.hasNext(); ) {
            String template = templates.next();
            if (template.contains("{") && path.matches(template.replaceAll("\\{[^/]+}", "[^/]+"))) {
                return template;
            }
        }
        return null;
    }
}
