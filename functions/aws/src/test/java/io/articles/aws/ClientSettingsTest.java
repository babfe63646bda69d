package io.articles.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class ClientSettingsTest {
    @Test
    void takesTheRegionFromTheEnvironmentOrUsEast1() {
        assertEquals(Region.EU_WEST_1, ClientSettings.fromEnvironment(Map.of("AWS_REGION", "eu-west-1")).region());
        assertEquals(Region.US_EAST_1, ClientSettings.fromEnvironment(Map.of()).region());
    }

    @Test
    void addressesS3ByPathWhenTheStandardVariablesOverrideItsEndpoint() {
        assertTrue(ClientSettings.fromEnvironment(Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:4568"))
                .customS3Endpoint());
        assertTrue(ClientSettings.fromEnvironment(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"))
                .customS3Endpoint());
        assertFalse(ClientSettings.fromEnvironment(Map.of("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:4567"))
                .customS3Endpoint());
        assertFalse(ClientSettings.fromEnvironment(Map.of("AWS_ENDPOINT_URL_S3", " ")).customS3Endpoint());
    }

    @Test
    void keepsNothingOfTheEnvironmentThatCouldHoldASecret() {
        String settings = ClientSettings.fromEnvironment(Map.of("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI",
                "AWS_SESSION_TOKEN", "FwoGZXIvYXdzE")).toString();
        assertFalse(settings.contains("wJalrXUtnFEMI") || settings.contains("FwoGZXIvYXdzE"), settings);
    }
}
