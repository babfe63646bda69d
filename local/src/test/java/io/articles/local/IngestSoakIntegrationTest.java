package io.articles.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.ingest.IngestLog;
import io.articles.ingest.Reconciler;
import io.articles.local.stack.LocalAws;
import io.articles.local.stack.LocalContext;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Soak: thousands of uploads through s3rver at full speed — mixed sizes, 1% files that are not articles, 5%
 * re-uploads, 2% deletes — with DynamoDB stopped and restarted in the middle. The failed events are kept, replayed,
 * and then the reconciler finds the table matching the bucket exactly.
 */
class IngestSoakIntegrationTest {
    private static final int UPLOADS = Integer.getInteger("soak.uploads", 5000);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void tableMatchesTheBucketAfterASoakWithAnOutage(@TempDir Path data) throws Exception {
        Random random = new Random(42);
        try (LocalAws stack = LocalAws.start(data, LocalAws.Ports.ANY);
             LocalFunctions functions = new LocalFunctions(stack.endpoints(), QUIET, data.resolve("failed-events"))) {
            stack.endpoints().save(data.resolve(LocalSession.ENDPOINTS_FILE)); // replay uses this stack, as with serve
            AtomicInteger delivered = new AtomicInteger();
            stack.onS3Event(event -> {
                functions.deliver(event);
                delivered.incrementAndGet();
            });
            S3Client s3 = functions.s3();
            List<String> keys = new ArrayList<>();
            int events = 0;
            for (int i = 0; i < UPLOADS; i++) {
                if (i == UPLOADS / 2) {
                    events += outage(stack, s3, delivered, events, keys);
                }
                int roll = random.nextInt(100);
                if (roll < 2 && !keys.isEmpty()) {
                    s3.deleteObject(b -> b.bucket(LocalFunctions.BUCKET).key(keys.remove(random.nextInt(keys.size()))));
                } else if (roll < 7 && !keys.isEmpty()) {
                    put(s3, keys.get(random.nextInt(keys.size())), random);
                } else {
                    String key = "articles/soak-" + i + ".txt";
                    keys.add(key);
                    put(s3, key, random);
                }
                events++;
            }
            awaitDeliveries(delivered, events);

            assertEquals(0, Main.run(List.of("replay", "--data", data.toString()), QUIET, System.err),
                    "every kept event replays");
            Reconciler.Report report = functions.reconciler().run(false, new IngestLog(new LocalContext("r", QUIET).getLogger()));
            assertEquals(List.of(), report.differences());
            assertEquals(keys.size(), report.objects());
            assertTrue(report.items() >= keys.size(), report.toString());
        }
    }

    /** Stops DynamoDB, uploads a few articles whose ingestion must fail and be kept, restarts it. */
    private static int outage(LocalAws stack, S3Client s3, AtomicInteger delivered, int sentSoFar, List<String> keys)
            throws Exception {
        awaitDeliveries(delivered, sentSoFar);
        stack.stopDynamoDb();
        int during = 3;
        for (int i = 0; i < during; i++) {
            keys.add("articles/during-outage-" + i + ".txt");
            put(s3, keys.get(keys.size() - 1), new Random(i));
        }
        awaitDeliveries(delivered, sentSoFar + during);
        stack.restartDynamoDb();
        return during;
    }

    private static void put(S3Client s3, String key, Random random) {
        byte[] body = random.nextInt(100) == 0 ? badFile(random) : SoakArticles.article(random).getBytes();
        s3.putObject(b -> b.bucket(LocalFunctions.BUCKET).key(key), RequestBody.fromBytes(body));
    }

    private static byte[] badFile(Random random) {
        return random.nextBoolean() ? new byte[0] : new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, 3, 0, 0, 0, 0};
    }

    private static void awaitDeliveries(AtomicInteger delivered, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (delivered.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, delivered.get(), "every S3 event reached the ingest function");
    }

}
