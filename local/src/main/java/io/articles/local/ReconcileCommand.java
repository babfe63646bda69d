package io.articles.local;

import io.articles.ingest.IngestLog;
import io.articles.ingest.Reconciler;
import io.articles.local.stack.LocalContext;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code reconcile [--fix]}: one line per difference between the bucket and the table ({@code KIND key}), then a
 * summary; with {@code --fix} every difference is repaired and a second pass must find none.
 */
final class ReconcileCommand {
    private ReconcileCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> options = new ArrayList<>(args);
        boolean fix = options.remove("--fix");
        Arguments arguments = new Arguments(options, Set.of("--data"));
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("reconcile: unexpected " + arguments.positional().get(0));
        }
        try (LocalSession session = LocalSession.open(arguments.dataDir(), err)) {
            Reconciler.Report report = session.functions().reconciler().run(fix, new IngestLog(new LocalContext(
                    "Reconciler", err).getLogger()));
            for (Reconciler.Difference difference : report.differences()) {
                out.println(difference.kind() + " " + difference.key());
            }
            out.println(report.objects() + " objects, " + report.items() + " article items, "
                    + report.differences().size() + " differences" + (fix ? ", repaired" : ""));
        }
        return 0;
    }
}
