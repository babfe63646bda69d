package io.articles.aws;

import java.net.URI;
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
public record ClientSettings(Region region, AwsCredentialsProvider credentials, Map<String, String> environment) {

    public static ClientSettings fromEnvironment(Map<String, String> environment) {
        String region = environment.getOrDefault("AWS_REGION", "us-east-1");
        return new ClientSettings(Region.of(region), EnvironmentVariableCredentialsProvider.create(), environment);
    }

    /** The endpoint override in {@code variable}, if set. */
    public Optional<URI> endpoint(String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(URI.create(value.strip()));
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
