package io.articles.local;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ingest FILE|DIR...}: uploads into the bucket. With {@code serve} running, it ingests them as they arrive;
 * otherwise a stack is started on the data folder and the uploads are ingested here, by a few concurrent
 * "invocations" as Lambda would run them, with a progress bar, then a report of the rate and of the DynamoDB
 * writes each article cost. The functions' logs go to {@code DATA/ingest.log}.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false, sortSynopsis = false,
        description = {"Uploads articles into the running serve's bucket, or into a stack started for this command, "
                + "and ingests them there with a progress bar and a report."})
final class IngestCommand implements Callable<Integer> {
    /** Concurrent ingest invocations, as Lambda scales out on a burst of uploads. */
    private static final int CONCURRENCY = 4;
    private static final long SECONDS_PER_ARTICLE_AT_WORST = 1;

    @Mixin
    Options.Data data;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Articles (a folder: its .txt files).")
    List<String> names;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = printStream(spec.commandLine().getOut());
        PrintStream err = printStream(spec.commandLine().getErr());
        List<Path> files = ArticleFiles.expand(names);
        Path dataDir = data.dir;
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

    /** picocli writes through PrintWriters; the progress bar and the report take a PrintStream. */
    static PrintStream printStream(java.io.PrintWriter writer) {
        return new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                writer.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                writer.flush();
            }
        }, true, StandardCharsets.UTF_8);
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
