package io.articles.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Puts article files into the local bucket under {@code articles/}, where the ingest function listens. */
final class Uploads {
    static final String PREFIX = "articles/";

    private Uploads() {
    }

    static String key(Path file) {
        return PREFIX + file.getFileName();
    }

    static void upload(S3Client s3, List<Path> files, PrintStream progress) {
        for (Path file : files) {
            s3.putObject(b -> b.bucket(LocalFunctions.BUCKET).key(key(file)).contentType("text/plain"),
                    RequestBody.fromFile(file));
            progress.println("uploaded s3://" + LocalFunctions.BUCKET + "/" + key(file));
        }
    }
}
