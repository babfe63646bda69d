package io.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.article.ArticleId;
import io.articles.local.stack.LocalAws;
import io.articles.local.stack.LocalAwsExtension;
import io.articles.local.stack.LocalContext;
import io.articles.local.stack.StackEndpoints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.s3.S3Client;

/** Faults between the function and S3 or DynamoDB fail the invocation, leave no partial article, and a retry heals. */
@ExtendWith(LocalAwsExtension.class)
class FaultIntegrationTest {
    private static final String KEY = "articles/faults.txt";
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final IngestLog LOG = new IngestLog(new LocalContext("Reconciler", QUIET).getLogger());

    @ParameterizedTest
    @EnumSource(value = FaultyProxy.Mode.class, names = {"ERROR", "TRUNCATE"})
    void aFailingOrTruncatedGetObjectFailsTheEventAndWritesNothing(FaultyProxy.Mode fault, LocalAws stack)
            throws Exception {
        try (IngestBed bed = new IngestBed(stack);
             FaultyProxy proxy = new FaultyProxy(stack.endpoints().s3());
             S3Client throughProxy = new StackEndpoints(stack.endpoints().dynamoDb(), proxy.endpoint()).s3Client()) {
            bed.upload(KEY, Articles.story("Drought summit opens in Amman", "Mar 2,2023"));
            IngestHandler handler = new IngestHandler(throughProxy, bed.dynamoDb, settings(bed), QUIET);
            String event = IngestBed.event("ObjectCreated:Put", KEY, 1);

            proxy.mode(fault);
            assertThrows(RuntimeException.class, () -> invoke(handler, event));
            assertEquals(Map.of(), bed.items(), "no article, no index item, no rejection");

            proxy.mode(FaultyProxy.Mode.PASS);
            assertTrue(invoke(handler, event).startsWith("{\"written\":1"));
            assertTrue(bed.store.articleJson(ArticleId.of(IngestBed.BUCKET, KEY)).isPresent());
        }
    }

    @Test
    void aCrashBetweenWritesShowsWholeArticlesOnlyAndTheRetryConverges(LocalAws stack) throws Exception {
        try (IngestBed clean = new IngestBed(stack); IngestBed crashed = new IngestBed(stack)) {
            String first = Articles.storyQuoting("Water plan approved", "Feb 14,2023", "Khaled Nasser");
            String second = Articles.storyQuoting("Drought summit opens in Amman", "Mar 2,2023", "Salim Abbas");
            clean.upload(KEY, first);
            clean.created(KEY, 1);
            crashed.created(KEY, 1);
            clean.upload(KEY, second);
            clean.created(KEY, 2);

            AtomicBoolean crash = new AtomicBoolean(true);
            try (DynamoDbClient crashing = stack.endpoints().dynamoDbClient(new CrashBeforeBatch(crash))) {
                IngestHandler handler = new IngestHandler(crashed.s3, crashing, settings(crashed), QUIET);
                String event = crashed.createdEvent(KEY, 2);
                assertThrows(RuntimeException.class, () -> invoke(handler, event));

                String id = ArticleId.of(IngestBed.BUCKET, KEY);
                String shown = crashed.store.articleJson(id).orElseThrow();
                assertTrue(shown.contains("Drought summit opens in Amman") && shown.endsWith("}"),
                        "the article item is whole: the new version, all of it");

                crash.set(false);
                invoke(handler, event);
                // The directory's counts are the one thing a crash can leave off: the reconciler recounts them.
                new Reconciler(crashed.s3, crashed.dynamoDb, settings(crashed), IngestBed.BUCKET).run(true, LOG);
                assertEquals(clean.items(), crashed.items(),
                        "the retry leaves exactly what an uninterrupted write does");
            }
        }
    }

    private static IngestSettings settings(IngestBed bed) {
        return new IngestSettings(bed.table, "articles/", ".txt", 5 * 1024 * 1024);
    }

    private static String invoke(IngestHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new LocalContext("IngestFunction", QUIET));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Kills the write after the article item is put, before its index batch, while {@code crash} is set. */
    private record CrashBeforeBatch(AtomicBoolean crash) implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (crash.get() && context.request() instanceof BatchWriteItemRequest) {
                throw new IllegalStateException("injected crash between writes");
            }
        }
    }
}
