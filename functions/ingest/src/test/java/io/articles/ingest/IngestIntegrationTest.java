package io.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.article.ArticleId;
import io.articles.local.stack.LocalAws;
import io.articles.local.stack.LocalAwsExtension;
import io.articles.store.ArticleIndex;
import io.articles.store.Cursor;
import io.articles.store.Lookup;
import io.articles.store.PersonEntry;
import io.articles.store.RejectionEntry;
import io.articles.store.Summary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The ingest handler against dynalite and s3rver: every upload, re-upload and delete lands exactly right. */
@ExtendWith(LocalAwsExtension.class)
class IngestIntegrationTest {
    private static final String KEY = "articles/water.txt";

    @Test
    void uploadStoresTheArticleAndEveryIndexEntry(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            bed.upload(KEY, Articles.story("Jordan and Iraq expand water talks", "Feb 14,2023"));
            assertEquals(1, bed.created(KEY, 1).get("written"));

            String id = ArticleId.of(IngestBed.BUCKET, KEY);
            assertTrue(bed.store.articleJson(id).orElseThrow().contains("\"headline\":\"Jordan and Iraq expand water talks\""));
            // The test story is short: stored with a short-body warning, so GET /ingest-warnings lists it (I#V),
            // by the upload time S3 gave the object.
            assertEquals(List.of("ARTICLE", "I#D", "I#H", "I#V", "I#W#expand", "I#W#iraq", "I#W#jordan", "I#W#talks",
                    "I#W#water"), bed.sortKeys(id));
            String json = bed.store.articleJson(id).orElseThrow();
            assertTrue(json.contains("\"code\":\"short-body\""), json);
            assertTrue(json.matches(".*\"uploaded\":\"20[0-9-]+T[0-9:.]+Z\".*"), json);
            assertEquals(List.of(id), ids(byDate(bed, LocalDate.of(2023, 2, 14))));
        }
    }

    @Test
    void reuploadWithAnotherHeadlineAndDateRemovesTheOldIndexEntries(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            bed.upload(KEY, Articles.story("Jordan and Iraq expand water talks", "Feb 14,2023"));
            bed.created(KEY, 1);
            bed.upload(KEY, Articles.story("Drought summit opens in Amman", "Mar 2,2023"));
            bed.created(KEY, 2);

            String id = ArticleId.of(IngestBed.BUCKET, KEY);
            assertEquals(List.of("ARTICLE", "I#D", "I#H", "I#V", "I#W#amman", "I#W#drought", "I#W#opens",
                    "I#W#summit"), bed.sortKeys(id));
            assertEquals(List.of(), byDate(bed, LocalDate.of(2023, 2, 14)));
            assertEquals(List.of(id), ids(byDate(bed, LocalDate.of(2023, 3, 2))));
        }
    }

    @Test
    void reuploadNamingSomeoneElseMovesThePersonEntriesAndDirectoryCounts(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            bed.upload(KEY, Articles.storyQuoting("Water plan approved", "Feb 14,2023", "Khaled Nasser"));
            bed.created(KEY, 1);
            String id = ArticleId.of(IngestBed.BUCKET, KEY);
            assertTrue(bed.sortKeys(id).containsAll(List.of("I#P#khaled nasser", "I#S#nasser")), bed.sortKeys(id).toString());
            assertEquals(List.of(new PersonEntry("Khaled Nasser", 1)), bed.store.people("k", 10, Cursor.START).items());

            bed.upload(KEY, Articles.storyQuoting("Water plan approved", "Feb 14,2023", "Salim Abbas"));
            bed.created(KEY, 2);
            List<String> sortKeys = bed.sortKeys(id);
            assertTrue(sortKeys.containsAll(List.of("I#P#salim abbas", "I#S#abbas")), sortKeys.toString());
            assertFalse(sortKeys.contains("I#P#khaled nasser"), sortKeys.toString());
            assertFalse(sortKeys.contains("I#S#nasser"), sortKeys.toString());
            assertEquals(List.of(), bed.store.people("k", 10, Cursor.START).items(), "no article names him now");
            assertEquals(List.of(new PersonEntry("Salim Abbas", 1)), bed.store.people("s", 10, Cursor.START).items());
            assertTrue(bed.store.articleJson(id).orElseThrow().contains("\"speaker\":\"Salim Abbas\""));
        }
    }

    @Test
    void deleteRemovesTheArticleAndAllItsIndexEntries(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            bed.upload(KEY, Articles.story("Jordan and Iraq expand water talks", "Feb 14,2023"));
            bed.created(KEY, 1);
            bed.deleteObject(KEY);
            assertEquals(1, bed.removed(KEY, 2).get("removed"));

            String id = ArticleId.of(IngestBed.BUCKET, KEY);
            assertEquals(List.of("ARTICLE"), bed.sortKeys(id), "only the tombstone that keeps older events out");
            assertTrue(bed.store.articleJson(id).isEmpty());
            assertEquals(List.of(), byDate(bed, LocalDate.of(2023, 2, 14)));
        }
    }

    @Test
    void theSameEventTwiceChangesNothingTheSecondTime(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            bed.upload(KEY, Articles.story("Jordan and Iraq expand water talks", "Feb 14,2023"));
            bed.created(KEY, 7);
            var once = bed.items();
            bed.created(KEY, 7);
            assertEquals(once, bed.items());
        }
    }

    @Test
    void anOlderEventAfterANewerOneIsSkippedAsStale(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            bed.upload(KEY, Articles.story("Drought summit opens in Amman", "Mar 2,2023"));
            bed.created(KEY, 0x20);
            var newest = bed.items();
            assertEquals(1, bed.created(KEY, 0x10).get("stale"));
            assertEquals(1, bed.removed(KEY, 0x1F).get("stale"));
            assertEquals(newest, bed.items());
            assertTrue(bed.logs().contains("\"outcome\":\"stale\""), bed.logs());
        }
    }

    @Test
    void sequencersOfDifferentLengthsCompareAsAwsDocuments(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            bed.upload(KEY, Articles.story("Drought summit opens in Amman", "Mar 2,2023"));
            bed.created(KEY, 0x100);   // "100" is newer than "FF" although "FF" > "100" as plain strings
            assertEquals(1, bed.removed(KEY, 0xFF).get("stale"));
        }
    }

    @Test
    void filesThatAreNotArticlesGetARejectionRecordAndNoArticle(LocalAws stack) {
        IngestSettings small = new IngestSettings("unused", "articles/", ".txt", 4096);
        try (IngestBed bed = new IngestBed(stack, small)) {
            Map<String, byte[]> bad = Map.of(
                    "articles/empty.txt", new byte[0],
                    "articles/blank.txt", " \n\t\r\n ".getBytes(),
                    "articles/image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0},
                    "articles/huge.txt", Articles.story("Too long", "Feb 14,2023").repeat(100).getBytes());
            long sequencer = 1;
            for (Map.Entry<String, byte[]> file : bad.entrySet()) {
                bed.upload(file.getKey(), file.getValue());
                assertEquals(1, bed.created(file.getKey(), sequencer++).get("rejected"), file.getKey());
                String id = ArticleId.of(IngestBed.BUCKET, file.getKey());
                assertTrue(bed.store.articleJson(id).isEmpty(), file.getKey());
                assertEquals(List.of("ARTICLE", "I#E"), bed.sortKeys(id), file.getKey());
            }
            List<RejectionEntry> rejections = rejections(bed);
            assertEquals(4, rejections.size());
            assertTrue(rejections.stream().anyMatch(r -> r.key().equals("articles/huge.txt")
                    && r.reason().startsWith("TOO_LARGE")), rejections.toString());
            assertTrue(bed.logs().contains("\"outcome\":\"rejected\",\"key\":\"articles/image.txt\""), bed.logs());
        }
    }

    @Test
    void aGoodUploadOfARejectedKeyClearsItsRejection(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            bed.upload(KEY, "");
            bed.created(KEY, 1);
            bed.upload(KEY, Articles.story("Drought summit opens in Amman", "Mar 2,2023"));
            bed.created(KEY, 2);
            assertEquals(List.of(), rejections(bed));
            assertFalse(bed.sortKeys(ArticleId.of(IngestBed.BUCKET, KEY)).contains("I#E"));
        }
    }

    @Test
    void encodedKeysWithSpacesPlusArabicAndEmojiAreDecoded(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            long sequencer = 1;
            for (String key : List.of("articles/water talks.txt", "articles/a+b.txt", "articles/عمان.txt",
                    "articles/🌊 wave.txt", "articles/café%20.txt")) {
                bed.upload(key, Articles.story("Drought summit opens in Amman", "Mar 2,2023"));
                assertEquals(1, bed.created(key, sequencer++).get("written"), key);
                assertTrue(bed.store.articleJson(ArticleId.of(IngestBed.BUCKET, key)).isPresent(), key);
            }
        }
    }

    @Test
    void keysOutsideThePrefixOrSuffixAreIgnored(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            assertEquals(1, bed.created("drafts/story.txt", 1).get("ignored"));
            assertEquals(1, bed.created("articles/photo.jpg", 2).get("ignored"));
            assertEquals(Map.of(), bed.items());
        }
    }

    @Test
    void aCreatedEventForAnObjectDeletedSinceIsSkipped(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            assertEquals(1, bed.created("articles/never-uploaded.txt", 1).get("stale"));
            assertEquals(Map.of(), bed.items());
        }
    }

    @Test
    void aDynamoDbOutageFailsTheInvocationAndARetryConverges(@TempDir Path data) {
        // Its own stack, persisted on disk: an in-memory dynalite forgets its tables when it stops.
        try (LocalAws stack = LocalAws.start(data, LocalAws.Ports.ANY); IngestBed bed = new IngestBed(stack)) {
            bed.upload(KEY, Articles.story("Jordan and Iraq expand water talks", "Feb 14,2023"));
            stack.stopDynamoDb();
            try {
                assertThrows(RuntimeException.class, () -> bed.created(KEY, 1));
            } finally {
                stack.restartDynamoDb();
            }
            assertEquals(1, bed.created(KEY, 1).get("written"));
            assertEquals(List.of(ArticleId.of(IngestBed.BUCKET, KEY)), ids(byDate(bed, LocalDate.of(2023, 2, 14))));
        }
    }

    @Test
    void metricsGoOutAsOneEmbeddedMetricFormatLinePerInvocation(LocalAws stack) {
        try (IngestBed bed = new IngestBed(stack)) {
            bed.upload(KEY, Articles.story("Jordan and Iraq expand water talks", "Feb 14,2023"));
            bed.created(KEY, 1);
            String line = bed.logs().lines().filter(l -> l.startsWith("{\"_aws\"")).findFirst().orElseThrow();
            assertTrue(line.contains("\"ArticlesIngested\":1"), line);
            assertTrue(line.contains("\"Namespace\":\"articles\""), line);
        }
    }

    static List<Summary> byDate(IngestBed bed, LocalDate date) {
        Lookup lookup = new Lookup(ArticleIndex.datePartitions(date, date), date + "#", date + "#~", List.of(), null);
        return bed.store.articles(lookup, 100, Cursor.START).items();
    }

    static List<RejectionEntry> rejections(IngestBed bed) {
        Lookup lookup = new Lookup(ArticleIndex.rejectionPartitions(YearMonth.now(ZoneOffset.UTC), 1), "0", "9",
                List.of(), null);
        return bed.store.rejections(lookup, 100, Cursor.START).items();
    }

    static List<String> ids(List<Summary> summaries) {
        return summaries.stream().map(Summary::id).toList();
    }
}
