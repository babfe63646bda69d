package io.articles.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code ingest FILE|DIR...}: uploads into the bucket. With {@code serve} running, it ingests them as they arrive;
 * otherwise a stack is started on the data folder, the uploads are ingested here, and it stops again.
 */
final class IngestCommand {
    private static final long EVENT_TIMEOUT_SECONDS = 60;

    private IngestCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("--data"));
        List<Path> files = ArticleFiles.expand(arguments.positional());
        try (LocalSession session = LocalSession.open(arguments.dataDir(), err)) {
            Semaphore delivered = new Semaphore(0);
            session.started().ifPresent(stack -> stack.onS3Event(event -> {
                session.functions().deliver(event);
                delivered.release();
            }));
            Uploads.upload(session.functions().s3(), files, out);
            if (session.started().isPresent()) {
                awaitIngest(delivered, files.size());
            }
        }
        return 0;
    }

    private static void awaitIngest(Semaphore delivered, int count) {
        try {
            if (!delivered.tryAcquire(count, EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every upload was ingested within " + EVENT_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for ingestion", e);
        }
    }
}
