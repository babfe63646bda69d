package io.articles.local;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code ingest FILE|DIR...}: uploads into the bucket. With {@code serve} running, it ingests them as they arrive;
 * otherwise a stack is started on the data folder and the uploads are ingested here, by a few concurrent
 * "invocations" as Lambda would run them, with a progress bar, then a report of the rate and of the DynamoDB
 * writes each article cost. The functions' logs go to {@code DATA/ingest.log}.
 */
final class IngestCommand {
    /** Concurrent ingest invocations, as Lambda scales out on a burst of uploads. */
    private static final int CONCURRENCY = 4;
    private static final long SECONDS_PER_ARTICLE_AT_WORST = 1;

    private IngestCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("--data"));
        List<Path> files = ArticleFiles.expand(arguments.positional());
        Path dataDir = arguments.dataDir();
        try (PrintStream log = logFile(dataDir); LocalSession session = LocalSession.open(dataDir, log)) {
            if (session.started().isEmpty()) {
                ProgressBar uploads = new ProgressBar(err, "uploaded", files.size());
                Uploads.upload(session.functions().s3(), files, uploads::advance);
                out.println("uploaded " + files.size() + " files; the running serve ingests them");
                return 0;
            }
            ingestHere(session, files, out, err);
        }
        return 0;
    }

    private static void ingestHere(LocalSession session, List<Path> files, PrintStream out, PrintStream err) {
        ProgressBar ingested = new ProgressBar(err, "ingested", files.size());
        ExecutorService invocations = Executors.newFixedThreadPool(CONCURRENCY);
        Semaphore arrived = new Semaphore(0);
        session.started().orElseThrow().onS3Event(event -> {
            invocations.execute(() -> {
                session.functions().deliver(event);
                ingested.advance();
            });
            arrived.release();
        });
        long writesBefore = session.functions().writes().requests();
        long itemsBefore = session.functions().writes().itemsPut();
        Uploads.upload(session.functions().s3(), files, () -> { });
        await(arrived, invocations, files.size());
        report(out, files.size(), ingested, session.functions().writes().requests() - writesBefore,
                session.functions().writes().itemsPut() - itemsBefore);
    }

    private static void report(PrintStream out, int articles, ProgressBar ingested, long writes, long items) {
        double itemsPerArticle = (double) items / articles;
        out.printf("ingested %,d articles in %.1f s: %,.0f articles/s%n", articles, ingested.seconds(),
                ingested.rate());
        out.printf("DynamoDB: %.2f write requests and %.1f items per article (ceil(items/25) + 2 = %d)%n",
                (double) writes / articles, itemsPerArticle, (int) Math.ceil(itemsPerArticle / 25) + 2);
    }

    /** Uploads are done, their events still arriving: waits for the last to be handed over, then for all to end. */
    private static void await(Semaphore arrived, ExecutorService invocations, int articles) {
        long seconds = 60 + articles * SECONDS_PER_ARTICLE_AT_WORST;
        try {
            boolean allArrived = arrived.tryAcquire(articles, seconds, TimeUnit.SECONDS);
            invocations.shutdown();
            if (!allArrived || !invocations.awaitTermination(seconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every upload was ingested in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for ingestion", e);
        }
    }

    private static PrintStream logFile(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            return new PrintStream(new FileOutputStream(dataDir.resolve("ingest.log").toFile(), true), true,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + dataDir.resolve("ingest.log"), e);
        }
    }
}
