package io.articles.aws;

import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * How the functions build their SDK clients, once per container: region and credentials explicit (no provider
 * chain to walk at cold start) and the JDK's HTTP client. Endpoints are the SDK's own business: it reads the
 * standard {@code AWS_ENDPOINT_URL_DYNAMODB} and {@code AWS_ENDPOINT_URL_S3} (or {@code AWS_ENDPOINT_URL}), which is
 * how the same code runs against local emulators under the SAM CLI.
 *
 * @param customS3Endpoint whether S3 is reached at an endpoint of the environment's choosing, not AWS's: S3-compatible
 *                         servers expect path-style addresses ({@code host/bucket/key}), not bucket host names
 */
public record ClientSettings(Region region, AwsCredentialsProvider credentials, boolean customS3Endpoint) {
    private static final String[] S3_ENDPOINT_VARIABLES = {"AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"};

    /** Region and whether S3's endpoint is overridden, read from the environment (nothing else of it is kept). */
    public static ClientSettings fromEnvironment(Map<String, String> environment) {
        boolean customS3Endpoint = false;
        for (String variable : S3_ENDPOINT_VARIABLES) {
            String value = environment.get(variable);
            customS3Endpoint |= value != null && !value.isBlank();
        }
        String region = environment.getOrDefault("AWS_REGION", "us-east-1");
        return new ClientSettings(Region.of(region), EnvironmentVariableCredentialsProvider.create(), customS3Endpoint);
    }

    /** Applies region, credentials, the HTTP client and the priming interceptor. */
    public <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder) {
        return builder.region(region).credentialsProvider(credentials).httpClient(httpClient())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new Priming()));
    }

    private static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder().build();
    }
}
