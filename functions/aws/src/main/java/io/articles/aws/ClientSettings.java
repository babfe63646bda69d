package io.articles.aws;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * How the functions build their SDK clients, once per container: region and credentials explicit (no provider
 * chain to walk at cold start), the JDK's HTTP client, and an endpoint that the environment may override so the
 * same code runs against dynalite and s3rver ({@code DYNAMODB_ENDPOINT_URL}, {@code S3_ENDPOINT_URL}).
 */
public record ClientSettings(Region region, AwsCredentialsProvider credentials, Map<String, URI> endpoints) {
    private static final List<String> ENDPOINT_VARIABLES = List.of("DYNAMODB_ENDPOINT_URL", "S3_ENDPOINT_URL");

    public ClientSettings {
        endpoints = Map.copyOf(endpoints);
    }

    /**
     * Region and endpoint overrides from the environment. Only those variables are kept: the environment also holds
     * the function's credentials, which must not ride along in a value that may be printed.
     */
    public static ClientSettings fromEnvironment(Map<String, String> environment) {
        Map<String, URI> endpoints = new HashMap<>();
        for (String variable : ENDPOINT_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                endpoints.put(variable, URI.create(value.strip()));
            }
        }
        String region = environment.getOrDefault("AWS_REGION", "us-east-1");
        return new ClientSettings(Region.of(region), EnvironmentVariableCredentialsProvider.create(), endpoints);
    }

    /** The endpoint override in {@code variable}, if set. */
    public Optional<URI> endpoint(String variable) {
        return Optional.ofNullable(endpoints.get(variable));
    }

    /** Applies region, credentials, HTTP client and the endpoint override in {@code endpointVariable}. */
    public <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder,
                                                                                      String endpointVariable) {
        builder.region(region).credentialsProvider(credentials).httpClient(httpClient())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new Priming()));
        endpoint(endpointVariable).ifPresent(builder::endpointOverride);
        return builder;
    }

    private static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder().build();
    }
}
