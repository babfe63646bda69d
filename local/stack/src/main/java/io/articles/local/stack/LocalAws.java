package io.articles.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The local AWS stack: dynalite (DynamoDB) and s3rver (S3) from {@code local/node_modules}, each on a free
 * loopback port, installed with {@code npm ci} on first use. S3 object events arrive at the listeners as the JSON
 * AWS would send (keys URL-encoded).
 */
public final class LocalAws implements AutoCloseable {
    private final Path localDir;
    private final Path dynamoDbDir;
    private final Path temporaryDir;
    private final Emulator s3;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private Emulator dynamoDb;
    private int dynamoDbPort;

    private LocalAws(Path localDir, Ports ports, Path dynamoDbDir, Path s3Dir, Path temporaryDir) {
        this.localDir = localDir;
        this.dynamoDbDir = dynamoDbDir;
        this.temporaryDir = temporaryDir;
        this.s3 = Emulator.start(localDir, "s3", ports.s3(), s3Dir, this::publish);
        try {
            this.dynamoDb = Emulator.start(localDir, "dynamodb", ports.dynamoDb(), dynamoDbDir, event -> { });
        } catch (RuntimeException e) {
            s3.close();
            throw e;
        }
        this.dynamoDbPort = dynamoDb.port();
    }

    /** Which loopback ports to listen on; 0 takes a free one. */
    public record Ports(int dynamoDb, int s3) {
        public static final Ports ANY = new Ports(0, 0);
    }

    /** Starts both emulators on free ports, in memory (DynamoDB) and a temporary folder (S3). */
    public static LocalAws start() {
        return start(null, Ports.ANY);
    }

    /** Starts both emulators, persisting under {@code dataDir} ({@code dynamodb/}, {@code s3/}) if it is not null. */
    public static LocalAws start(Path dataDir, Ports ports) {
        Path localDir = Installation.localDir();
        Installation.ensureInstalled(localDir);
        if (dataDir == null) {
            Path s3Dir = temporaryDir();
            return new LocalAws(localDir, ports, null, s3Dir, s3Dir);
        }
        return new LocalAws(localDir, ports, createDir(dataDir.resolve("dynamodb")), createDir(dataDir.resolve("s3")),
                null);
    }

    /** Where the two emulators listen, with clients for them. */
    public StackEndpoints endpoints() {
        return new StackEndpoints(URI.create("http://127.0.0.1:" + dynamoDbPort),
                URI.create("http://127.0.0.1:" + s3.port()));
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
