package io.articles.local;

import io.articles.aws.TableDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The local AWS stack: dynalite (DynamoDB) and s3rver (S3) from {@code local/node_modules}, each on a free
 * loopback port, installed with {@code npm ci} on first use. S3 object events arrive at the listeners as the JSON
 * AWS would send (keys URL-encoded).
 */
public final class LocalAws implements AutoCloseable {
    /** s3rver accepts only these credentials; dynalite accepts any. */
    public static final String ACCESS_KEY = "S3RVER";
    public static final Region REGION = Region.US_EAST_1;

    private final Path localDir;
    private final Path dynamoDbDir;
    private final Path temporaryDir;
    private final Emulator s3;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private Emulator dynamoDb;
    private int dynamoDbPort;

    private LocalAws(Path localDir, Path dynamoDbDir, Path s3Dir, Path temporaryDir) {
        this.localDir = localDir;
        this.dynamoDbDir = dynamoDbDir;
        this.temporaryDir = temporaryDir;
        this.s3 = Emulator.start(localDir, "s3", 0, s3Dir, this::publish);
        try {
            this.dynamoDb = Emulator.start(localDir, "dynamodb", 0, dynamoDbDir, event -> { });
        } catch (RuntimeException e) {
            s3.close();
            throw e;
        }
        this.dynamoDbPort = dynamoDb.port();
    }

    /** Starts both emulators in memory (DynamoDB) and a temporary folder (S3). */
    public static LocalAws start() {
        return start(null);
    }

    /** Starts both emulators, persisting under {@code dataDir} ({@code dynamodb/}, {@code s3/}) if it is not null. */
    public static LocalAws start(Path dataDir) {
        Path localDir = Installation.localDir();
        Installation.ensureInstalled(localDir);
        if (dataDir == null) {
            Path s3Dir = temporaryDir();
            return new LocalAws(localDir, null, s3Dir, s3Dir);
        }
        return new LocalAws(localDir, createDir(dataDir.resolve("dynamodb")), createDir(dataDir.resolve("s3")), null);
    }

    public URI dynamoDbEndpoint() {
        return URI.create("http://127.0.0.1:" + dynamoDbPort);
    }

    public URI s3Endpoint() {
        return URI.create("http://127.0.0.1:" + s3.port());
    }

    /** A new client for the local DynamoDB; the caller closes it. */
    public DynamoDbClient dynamoDbClient() {
        return DynamoDbClient.builder().region(REGION).credentialsProvider(credentials())
                .endpointOverride(dynamoDbEndpoint()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** A new client for the local S3 (path style, no chunked uploads: what s3rver understands); the caller closes it. */
    public S3Client s3Client() {
        return S3Client.builder().region(REGION).credentialsProvider(credentials())
                .endpointOverride(s3Endpoint()).httpClient(UrlConnectionHttpClient.create())
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

    /** Every S3 object event from now on goes to {@code listener}, as the JSON AWS would send. */
    public void onS3Event(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Stops DynamoDB, as an outage would; {@link #restartDynamoDb()} brings it back on the same port. */
    public synchronized void stopDynamoDb() {
        dynamoDb.close();
    }

    public synchronized void restartDynamoDb() {
        dynamoDb = Emulator.start(localDir, "dynamodb", dynamoDbPort, dynamoDbDir, event -> { });
    }

    @Override
    public synchronized void close() {
        dynamoDb.close();
        s3.close();
        if (temporaryDir != null) {
            Installation.deleteRecursively(temporaryDir);
        }
    }

    private void publish(String event) {
        for (Consumer<String> listener : listeners) {
            listener.accept(event);
        }
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, ACCESS_KEY));
    }

    private static Path temporaryDir() {
        try {
            return Files.createTempDirectory("articles-s3rver");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for s3rver", e);
        }
    }

    private static Path createDir(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

}
