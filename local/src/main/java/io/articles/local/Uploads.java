package io.articles.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Puts article files into the local bucket under {@code articles/}, where the ingest function listens. */
final class Uploads {
    static final String PREFIX = "articles/";
    private static final int THREADS = 4;

    private Uploads() {
    }

    static String key(Path file) {
        return PREFIX + file.getFileName();
    }

    /** Uploads every file, a few at a time; {@code uploaded} hears of each as it lands. */
    static void upload(S3Client s3, List<Path> files, Runnable uploaded) {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (Path file : files) {
                puts.add(threads.submit(() -> {
                    s3.putObject(b -> b.bucket(LocalFunctions.BUCKET).key(key(file)).contentType("text/plain"),
                            RequestBody.fromFile(file));
                    uploaded.run();
                }));
            }
            for (Future<?> put : puts) {
                put.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("upload failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while uploading", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
