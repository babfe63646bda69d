package io.articles.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.articles.aws.ClientSettings;
import io.articles.aws.DynamoDbArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Lambda entry point for the bucket's ObjectCreated and ObjectRemoved events. A CRaC resource: before a SnapStart
 * snapshot it primes the ingest path, so restored copies start warm.
 */
public final class IngestHandler implements RequestStreamHandler, Resource {
    private final Ingester ingester;
    private final PrintStream metrics;
    private final Thread warmUp;

    /** Used by Lambda: clients and settings from the environment, built once per container. */
    public IngestHandler() {
        this(ClientSettings.fromEnvironment(System.getenv()), IngestSettings.fromEnvironment(System.getenv()));
    }

    private IngestHandler(ClientSettings clients, IngestSettings settings) {
        this(s3(clients), clients.configure(DynamoDbClient.builder()).build(), settings,
                System.out);
    }

    /**
     * For local runs and tests: the given clients, e.g. pointed at s3rver and dynalite, and where the metrics
     * lines go (Lambda: stdout, where CloudWatch picks them up).
     */
    public IngestHandler(S3Client s3, DynamoDbClient dynamoDb, IngestSettings settings, PrintStream metrics) {
        this.ingester = new Ingester(settings, new ObjectReader(s3, settings.maxBytes()),
                new DynamoDbArticleStore(dynamoDb, settings.table()), Clock.systemUTC());
        this.metrics = metrics;
        this.warmUp = new Thread(ingester::prime, "ingest-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Core.getGlobalContext().register(this);
    }

    /**
     * Reads the event as the JSON Lambda delivers (no runtime deserialisation: see {@link io.articles.json.JsonTree}),
     * answers the outcome counts, {@code {"written": 1, "removed": 0, ...}}.
     */
    @Override
    public void handleRequest(InputStream event, OutputStream response, Context context) throws IOException {
        IngestReport report = ingester.handle(S3Events.read(event), new IngestLog(context.getLogger()));
        metrics.println(report.embeddedMetrics(context.getFunctionName(), Instant.now()));
        response.write(report.toJson().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The priming the constructor started on a daemon thread (a cold container spends its first invocation waiting
     * on S3 and DynamoDB; meanwhile the word lists load and the parse and write paths warm up) is what the snapshot
     * needs: wait for it rather than prime twice, so no thread is caught half-way in the snapshot.
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) throws InterruptedException {
        warmUp.join();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to reopen: priming opened no connection.
    }

    /** The function only reads objects, so uploads' encoding needs no setting here. */
    private static S3Client s3(ClientSettings clients) {
        return clients.configure(S3Client.builder())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(clients.customS3Endpoint()).build())
                .build();
    }
}
