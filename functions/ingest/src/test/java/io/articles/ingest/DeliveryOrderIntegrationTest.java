package io.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articles.local.stack.LocalAws;
import io.articles.local.stack.LocalAwsExtension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S3 delivers at least once, in any order, sometimes concurrently. For random histories of puts and deletes over a
 * few keys, delivering the events shuffled, duplicated and from several threads at once leaves the table exactly as
 * delivering them once in order does.
 */
@ExtendWith(LocalAwsExtension.class)
class DeliveryOrderIntegrationTest {
    private static final List<String> KEYS = List.of("articles/a.txt", "articles/b b.txt", "articles/ç+.txt");
    private static final String[] HEADLINES = {"Drought summit opens in Amman", "Jordan and Iraq expand water talks",
            "Rains return to the Jordan valley"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void anyDeliveryOrderEndsInTheInOrderState(long seed, LocalAws stack) throws Exception {
        Random random = new Random(seed);
        List<String> history = new ArrayList<>();
        Map<String, String> finalContent = new HashMap<>();
        long sequencer = 0x10;
        for (String key : KEYS) {
            int operations = 1 + random.nextInt(3);
            for (int i = 0; i < operations; i++) {
                boolean put = random.nextInt(3) > 0;
                history.add(IngestBed.event(put ? "ObjectCreated:Put" : "ObjectRemoved:Delete", key, sequencer++));
                finalContent.put(key, put ? Articles.story(HEADLINES[random.nextInt(HEADLINES.length)],
                        "Mar " + (1 + random.nextInt(28)) + ",2023") : null);
            }
        }
        try (IngestBed inOrder = new IngestBed(stack); IngestBed shuffled = new IngestBed(stack)) {
            upload(inOrder, finalContent);
            for (String event : history) {
                inOrder.deliver(event);
            }
            List<String> deliveries = new ArrayList<>(history);
            deliveries.addAll(history.subList(0, 1 + random.nextInt(history.size())));
            Collections.shuffle(deliveries, random);
            deliverConcurrently(shuffled, deliveries);
            assertEquals(inOrder.items(), shuffled.items(), "seed " + seed);
        }
    }

    private static void upload(IngestBed bed, Map<String, String> finalContent) {
        // Both beds read one bucket: what S3 holds after the whole history.
        finalContent.forEach((key, content) -> {
            if (content == null) {
                bed.deleteObject(key);
            } else {
                bed.upload(key, content);
            }
        });
    }

    private static void deliverConcurrently(IngestBed bed, List<String> deliveries) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String event : deliveries) {
                done.add(threads.submit(() -> bed.deliver(event)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
    }
}
