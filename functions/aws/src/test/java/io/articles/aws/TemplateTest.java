package io.articles.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * template.yaml declares the table the code expects (the same keys, index and projection as Table) and
 * the controls SECURITY.md promises: least-privilege policies, a private TLS-only bucket, a recoverable table.
 */
class TemplateTest {
    private static JsonNode table;
    private static JsonNode resources;

    @BeforeAll
    static void readTemplate() throws IOException {
        Path root = Path.of(System.getProperty("articles.root", "../.."));
        // CloudFormation's short tags (!Ref, !Sub, ...) are read as plain scalars, which is all this test needs.
        JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("template.yaml").toFile());
        resources = template.path("Resources");
        table = resources.path("ArticlesTable").path("Properties");
    }

    @Test
    void tableIsOnDemand() {
        assertEquals("PAY_PER_REQUEST", table.path("BillingMode").asText());
    }

    @Test
    void tableKeysMatchTheCode() {
        assertEquals(Map.of(Table.PARTITION_KEY, "HASH", Table.SORT_KEY, "RANGE"), keys(table.path("KeySchema")));
    }

    @Test
    void attributeDefinitionsMatchTheCode() {
        Map<String, String> expected = Map.of(Table.PARTITION_KEY, "S", Table.SORT_KEY, "S",
                Table.LOOKUP_PARTITION_KEY, "S", Table.LOOKUP_SORT_KEY, "S");
        Map<String, String> declared = new TreeMap<>();
        table.path("AttributeDefinitions").forEach(a -> declared.put(a.path("AttributeName").asText(),
                a.path("AttributeType").asText()));
        assertEquals(expected, declared);
    }

    @Test
    void lookupIndexMatchesTheCode() {
        JsonNode declared = table.path("GlobalSecondaryIndexes").get(0);
        assertEquals(Table.LOOKUP_INDEX, declared.path("IndexName").asText());
        assertEquals(Map.of(Table.LOOKUP_PARTITION_KEY, "HASH", Table.LOOKUP_SORT_KEY, "RANGE"),
                keys(declared.path("KeySchema")));
        assertEquals("INCLUDE", declared.path("Projection").path("ProjectionType").asText());
        assertEquals(Table.LOOKUP_PROJECTION, strings(declared.path("Projection").path("NonKeyAttributes")));
    }

    @Test
    void tombstonesExpireThroughTimeToLive() {
        assertEquals(Table.EXPIRES_AT, table.path("TimeToLiveSpecification").path("AttributeName").asText());
    }

    @Test
    void ingestFunctionMayOnlyReadArticlesAndWriteTheTable() {
        assertEquals(Set.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket", "dynamodb:PutItem",
                "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:Query"), actions("IngestFunction"));
    }

    @Test
    void apiFunctionMayOnlyReadTheTable() {
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:Query"), actions("ApiFunction"));
    }

    @Test
    void noPolicyUsesWildcardsOrManagedPolicies() {
        for (String function : List.of("IngestFunction", "ApiFunction")) {
            JsonNode policies = resources.path(function).path("Properties").path("Policies");
            assertEquals(1, policies.size(), function + ": one inline policy, no managed or SAM templates");
            for (JsonNode statement : policies.get(0).path("Statement")) {
                assertFalse(statement.path("Action").toString().contains("*"), function + ": " + statement);
                assertFalse(statement.path("Resource").toString().matches(".*\"\\*\".*"), function + ": " + statement);
            }
        }
    }

    @Test
    void bucketIsPrivateEncryptedVersionedAndTlsOnly() {
        JsonNode bucket = resources.path("ArticlesBucket").path("Properties");
        bucket.path("PublicAccessBlockConfiguration").forEach(flag -> assertTrue(flag.asBoolean()));
        assertEquals(4, bucket.path("PublicAccessBlockConfiguration").size());
        assertEquals("Enabled", bucket.path("VersioningConfiguration").path("Status").asText());
        assertFalse(bucket.path("BucketEncryption").isMissingNode());
        JsonNode deny = resources.path("ArticlesBucketPolicy").path("Properties").path("PolicyDocument")
                .path("Statement").get(0);
        assertEquals("Deny", deny.path("Effect").asText());
        assertEquals("false", deny.path("Condition").path("Bool").path("aws:SecureTransport").asText());
    }

    @Test
    void tableHasPointInTimeRecoveryAndEncryption() {
        assertTrue(table.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean());
        assertTrue(table.path("SSESpecification").path("SSEEnabled").asBoolean());
    }

    @Test
    void httpApiThrottlesEveryRoute() {
        JsonNode settings = resources.path("ArticlesApi").path("Properties").path("DefaultRouteSettings");
        assertTrue(settings.path("ThrottlingRateLimit").asInt() > 0);
        assertTrue(settings.path("ThrottlingBurstLimit").asInt() > 0);
    }

    private static Set<String> actions(String function) {
        Set<String> actions = new TreeSet<>();
        for (JsonNode policy : resources.path(function).path("Properties").path("Policies")) {
            for (JsonNode statement : policy.path("Statement")) {
                assertEquals("Allow", statement.path("Effect").asText());
                statement.path("Action").forEach(action -> actions.add(action.asText()));
                if (statement.path("Action").isTextual()) {
                    actions.add(statement.path("Action").asText());
                }
            }
        }
        return actions;
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
