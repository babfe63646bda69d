package io.articles.local.stack;

import io.articles.aws.Priming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Where a local stack listens, and clients for it (configured as the functions configure theirs). Saved to a file
 * by {@code articles-local serve}, so other commands use the running stack instead of starting a second one on the
 * same data.
 */
public record StackEndpoints(URI dynamoDb, URI s3) {
    /** s3rver accepts only these credentials; dynalite accepts any. */
    public static final String ACCESS_KEY = "S3RVER";
    public static final Region REGION = Region.US_EAST_1;

    /** A new client for the local DynamoDB, with {@code interceptors} besides priming; the caller closes it. */
    public DynamoDbClient dynamoDbClient(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder().region(REGION).credentialsProvider(credentials())
                .endpointOverride(dynamoDb).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> {
                    o.addExecutionInterceptor(new Priming());
                    for (ExecutionInterceptor interceptor : interceptors) {
                        o.addExecutionInterceptor(interceptor);
                    }
                }).build();
    }

    /** A new client for the local S3 (path style, no chunked uploads: what s3rver understands); the caller closes it. */
    public S3Client s3Client() {
        return S3Client.builder().region(REGION).credentialsProvider(credentials())
                .endpointOverride(s3).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new Priming()))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true)
                        .chunkedEncodingEnabled(false).build())
                .build();
    }

    /** Creates the bucket and the table (with the template's keys and indexes) unless they exist. */
    public void createBucketAndTable(String bucket, String table) {
        try (S3Client s3Client = s3Client(); DynamoDbClient dynamoDbClient = dynamoDbClient()) {
            if (s3Client.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                s3Client.createBucket(b -> b.bucket(bucket));
            }
            if (!dynamoDbClient.listTables().tableNames().contains(table)) {
                dynamoDbClient.createTable(TableDefinition.createTableRequest(table));
            }
        }
    }

    public void save(Path file) {
        Properties properties = new Properties();
        properties.setProperty("dynamodb", dynamoDb.toString());
        properties.setProperty("s3", s3.toString());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "written by articles-local serve; removed when it stops");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The endpoints saved in {@code file}, if it exists and the stack there still answers. */
    public static Optional<StackEndpoints> running(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        StackEndpoints endpoints = new StackEndpoints(URI.create(properties.getProperty("dynamodb", "")),
                URI.create(properties.getProperty("s3", "")));
        return endpoints.answers() ? Optional.of(endpoints) : Optional.empty();
    }

    private boolean answers() {
        try (DynamoDbClient client = dynamoDbClient()) {
            client.listTables();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, ACCESS_KEY));
    }
}
