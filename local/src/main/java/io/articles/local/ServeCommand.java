package io.articles.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.articles.local.stack.LocalAws;
import io.articles.local.stack.StackEndpoints;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the local stack on the data folder, every S3 object event fed to the ingest handler, the API on
 * 127.0.0.1:PORT, until Ctrl-C. Files named after the options are uploaded once it is up.
 *
 * <p>Everything that can be checked is checked before anything starts: the options (picocli), the files, the data
 * folder's lock (one articles-local per folder), the API port (bound first). Only then do the emulators start.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false, sortSynopsis = false,
        description = {"Local stack + HTTP API on 127.0.0.1, until Ctrl-C: uploads FILEs, then ingests every S3 "
                + "upload as it arrives."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3000", converter = Options.Port.class,
            description = "Port of the HTTP API (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Mixin
    Options.Data data;

    @Option(names = "--dynamodb-port", paramLabel = "N", defaultValue = "0", converter = Options.Port.class,
            description = "Port of the DynamoDB emulator (default: any free port).")
    int dynamoDbPort;

    @Option(names = "--s3-port", paramLabel = "N", defaultValue = "0", converter = Options.Port.class,
            description = "Port of the S3 emulator (default: any free port).")
    int s3Port;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Articles to upload once the stack is up "
            + "(a folder: its .txt files).")
    List<String> files = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> load = files.isEmpty() ? List.of() : ArticleFiles.expand(files);
        Path dataDir = data.dir;
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        AtomicReference<LocalFunctions> ready = new AtomicReference<>();
        LocalServer server;
        LocalAws stack;
        LocalFunctions functions;
        try {
            server = LocalServer.start(port, event -> api(ready.get(), event));
            try {
                stack = LocalAws.start(dataDir, new LocalAws.Ports(dynamoDbPort, s3Port));
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            try {
                functions = new LocalFunctions(stack.endpoints(), System.err, dataDir.resolve("failed-events"));
            } catch (RuntimeException e) {
                server.close();
                stack.close();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        stack.onS3Event(functions::deliver);
        ready.set(functions);
        Path endpointsFile = dataDir.resolve(LocalSession.ENDPOINTS_FILE);
        stack.endpoints().save(endpointsFile);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            functions.close();
            stack.close();
            delete(endpointsFile);
            lock.close();
            stopped.countDown();
        }, "articles-local-stop"));
        Uploads.upload(functions.s3(), load, () -> { });
        load.forEach(file -> out.println("uploaded s3://" + LocalFunctions.BUCKET + "/" + Uploads.key(file)));
        printWelcome(out, stack.endpoints(), server.port());
        await(stopped);
        return 0;
    }

    /** Requests that arrive while the emulators start wait for nothing: they are told to come back. */
    private static APIGatewayV2HTTPResponse api(LocalFunctions functions, APIGatewayV2HTTPEvent event) {
        if (functions == null) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(503)
                    .withHeaders(java.util.Map.of("Content-Type", "application/json", "Retry-After", "1"))
                    .withBody("{\"message\":\"Service Unavailable\"}").build();
        }
        return functions.api(event);
    }

    private static void printWelcome(PrintWriter out, StackEndpoints endpoints, int port) {
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
        out.println("Look it up (the demo corpus in samples/ answers these):");
        out.println("  curl '" + api + "/articles?date=" + DemoExamples.DATE + "'");
        out.println("  curl '" + api + "/articles?person=" + DemoExamples.SURNAME + "'");
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
