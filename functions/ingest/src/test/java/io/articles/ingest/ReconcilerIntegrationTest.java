package io.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articles.article.ArticleId;
import io.articles.local.stack.LocalAws;
import io.articles.local.stack.LocalAwsExtension;
import io.articles.local.stack.LocalContext;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The reconciler finds every kind of difference between bucket and table, and --fix leaves none. */
@ExtendWith(LocalAwsExtension.class)
class ReconcilerIntegrationTest {
    private static final IngestLog LOG = new IngestLog(new LocalContext("Reconciler",
            new PrintStream(OutputStream.nullOutputStream())).getLogger());

    @Test
    void findsMissingStaleOrphanedAndIndexDifferencesAndRepairsThem(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            for (String key : List.of("articles/stale.txt", "articles/orphan.txt", "articles/index.txt",
                    "articles/fine.txt")) {
                bed.upload(key, Articles.story("Drought summit opens in " + key, "Mar 2,2023"));
                bed.created(key, 1);
            }
            bed.upload("articles/missing.txt", Articles.story("Nobody told the table", "Mar 3,2023"));
            bed.upload("articles/stale.txt", Articles.story("Changed while the function was down", "Mar 4,2023"));
            bed.deleteObject("articles/orphan.txt");
            String indexed = ArticleId.of(IngestBed.BUCKET, "articles/index.txt");
            bed.dynamoDb.deleteItem(b -> b.tableName(bed.table).key(Map.of("pk", AttributeValue.fromS("A#" + indexed),
                    "sk", AttributeValue.fromS("I#D"))));

            Reconciler reconciler = new Reconciler(bed.s3, bed.dynamoDb, settings(bed), IngestBed.BUCKET);
            assertEquals(Set.of("MISSING articles/missing.txt", "STALE articles/stale.txt",
                    "ORPHANED articles/orphan.txt", "INDEX articles/index.txt"), found(reconciler.run(false, LOG)));

            reconciler.run(true, LOG);
            assertEquals(Set.of(), found(reconciler.run(false, LOG)));
        }
    }

    private static IngestSettings settings(IngestBed bed) {
        return new IngestSettings(bed.table, "articles/", ".txt", 5 * 1024 * 1024);
    }

    private static Set<String> found(Reconciler.Report report) {
        Set<String> found = new TreeSet<>();
        report.differences().forEach(d -> found.add(d.kind() + " " + d.key()));
        return found;
    }
}
