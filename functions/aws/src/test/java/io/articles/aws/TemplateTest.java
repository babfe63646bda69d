package io.articles.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;

/** template.yaml declares the table the code expects: the same keys, index and projection as TableDefinition. */
class TemplateTest {
    private static JsonNode table;
    private static final CreateTableRequest EXPECTED = TableDefinition.createTableRequest("articles");

    @BeforeAll
    static void readTemplate() throws IOException {
        Path root = Path.of(System.getProperty("articles.root", "../.."));
        // CloudFormation's short tags (!Ref, !Sub, ...) are read as plain scalars, which is all this test needs.
        JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("template.yaml").toFile());
        table = template.path("Resources").path("ArticlesTable").path("Properties");
    }

    @Test
    void tableIsOnDemand() {
        assertEquals("PAY_PER_REQUEST", table.path("BillingMode").asText());
    }

    @Test
    void tableKeysMatchTheCode() {
        Map<String, String> expected = new TreeMap<>();
        EXPECTED.keySchema().forEach(k -> expected.put(k.attributeName(), k.keyTypeAsString()));
        assertEquals(expected, keys(table.path("KeySchema")));
    }

    @Test
    void attributeDefinitionsMatchTheCode() {
        Map<String, String> expected = new TreeMap<>();
        EXPECTED.attributeDefinitions().forEach(a -> expected.put(a.attributeName(), a.attributeTypeAsString()));
        Map<String, String> declared = new TreeMap<>();
        table.path("AttributeDefinitions").forEach(a -> declared.put(a.path("AttributeName").asText(),
                a.path("AttributeType").asText()));
        assertEquals(expected, declared);
    }

    @Test
    void lookupIndexMatchesTheCode() {
        GlobalSecondaryIndex expected = EXPECTED.globalSecondaryIndexes().get(0);
        JsonNode declared = table.path("GlobalSecondaryIndexes").get(0);
        assertEquals(expected.indexName(), declared.path("IndexName").asText());
        Map<String, String> expectedKeys = new TreeMap<>();
        expected.keySchema().forEach(k -> expectedKeys.put(k.attributeName(), k.keyTypeAsString()));
        assertEquals(expectedKeys, keys(declared.path("KeySchema")));
        assertEquals(expected.projection().projectionTypeAsString(), declared.path("Projection").path("ProjectionType").asText());
        assertEquals(expected.projection().nonKeyAttributes(), strings(declared.path("Projection").path("NonKeyAttributes")));
    }

    @Test
    void tombstonesExpireThroughTimeToLive() {
        assertEquals(Table.EXPIRES_AT, table.path("TimeToLiveSpecification").path("AttributeName").asText());
    }

    private static Map<String, String> keys(JsonNode schema) {
        Map<String, String> keys = new TreeMap<>();
        schema.forEach(k -> keys.put(k.path("AttributeName").asText(), k.path("KeyType").asText()));
        return keys;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }
}
