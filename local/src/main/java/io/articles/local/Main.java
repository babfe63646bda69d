package io.articles.local;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code articles-local}: the two functions on this machine, against dynalite and s3rver, as the SAM CLI would
 * run them. Exit codes: 0 success, 2 usage error, 1 any other failure, with one line on stderr.
 */
public final class Main {
    private static final String USAGE = String.join("\n",
            "usage: articles-local COMMAND [ARGS]",
            "  serve [--port 3000] [--data DIR] [--dynamodb-port N] [--s3-port N] [FILE|DIR...]",
            "        local stack + HTTP API on 127.0.0.1; uploads FILEs, then ingests S3 uploads as they arrive",
            "  ingest FILE|DIR...            upload articles into the running (or a freshly started) stack",
            "  invoke ingest|api -e EVENT    run one handler once on an event file, print its response",
            "  parse FILE|DIR...             print parsed articles as JSON (one line per file for several)",
            "  reconcile [--fix] [--data DIR]  compare bucket and table; with --fix, repair every difference",
            "  replay [--data DIR]           re-drive the failed ingest events kept under DIR/failed-events");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "serve" -> ServeCommand.run(rest, out, err);
                case "ingest" -> IngestCommand.run(rest, out, err);
                case "invoke" -> InvokeCommand.run(rest, out, err);
                case "parse" -> ParseCommand.run(rest, out, err);
                case "reconcile" -> ReconcileCommand.run(rest, out, err);
                case "replay" -> ReplayCommand.run(rest, out, err);
                default -> throw new UsageException("unknown command '" + args.get(0) + "'\n" + USAGE);
            };
        } catch (UsageException e) {
            err.println("articles-local: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("articles-local: " + oneLine(e));
            return 1;
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
