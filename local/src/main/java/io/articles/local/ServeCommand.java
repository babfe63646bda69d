package io.articles.local;

import io.articles.local.stack.LocalAws;
import io.articles.local.stack.StackEndpoints;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: the local stack on the data folder, every S3 object event fed to the ingest handler, the API on
 * 127.0.0.1:PORT, until Ctrl-C. Files named after the options are uploaded once it is up.
 */
final class ServeCommand {
    private ServeCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("--port", "--data", "--dynamodb-port", "--s3-port"));
        List<Path> load = arguments.positional().isEmpty() ? List.of() : ArticleFiles.expand(arguments.positional());
        Path dataDir = arguments.dataDir();
        LocalAws stack = LocalAws.start(dataDir, new LocalAws.Ports(arguments.port("--dynamodb-port", 0),
                arguments.port("--s3-port", 0)));
        LocalFunctions functions = new LocalFunctions(stack.endpoints(), err, dataDir.resolve("failed-events"));
        stack.onS3Event(functions::deliver);
        LocalServer server = LocalServer.start(arguments.port("--port", 3000), functions::api);
        Path endpointsFile = dataDir.resolve(LocalSession.ENDPOINTS_FILE);
        stack.endpoints().save(endpointsFile);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            functions.close();
            stack.close();
            delete(endpointsFile);
            stopped.countDown();
        }, "articles-local-stop"));
        Uploads.upload(functions.s3(), load, () -> { });
        load.forEach(file -> out.println("uploaded s3://" + LocalFunctions.BUCKET + "/" + Uploads.key(file)));
        printWelcome(out, stack.endpoints(), server.port());
        await(stopped);
        return 0;
    }

    private static void printWelcome(PrintStream out, StackEndpoints endpoints, int port) {
        String api = "http://127.0.0.1:" + port;
        out.println();
        out.println("articles-local is serving. Ctrl-C stops it.");
        out.println("  API        " + api);
        out.println("  S3         " + endpoints.s3() + "  bucket " + LocalFunctions.BUCKET
                + "  (credentials S3RVER / S3RVER)");
        out.println("  DynamoDB   " + endpoints.dynamoDb() + "  table " + LocalFunctions.TABLE);
        out.println();
        out.println("Upload an article (it is ingested as it arrives):");
        out.println("  AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER aws --endpoint-url " + endpoints.s3()
                + " s3 cp my-article.txt s3://" + LocalFunctions.BUCKET + "/" + Uploads.PREFIX);
        out.println("Look it up:");
        out.println("  curl '" + api + "/articles?date=2022-01-31'");
        out.println("  curl '" + api + "/articles?person=Putin'");
        out.flush();
    }

    private static void await(CountDownLatch stopped) {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
