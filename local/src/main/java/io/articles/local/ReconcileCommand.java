package io.articles.local;

import io.articles.ingest.IngestLog;
import io.articles.ingest.Reconciler;
import io.articles.local.stack.LocalContext;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reconcile [--fix]}: one line per difference between the bucket and the table ({@code KIND key}), then a
 * summary; with {@code --fix} every difference is repaired and a second pass must find none.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, sortSynopsis = false, description = {"Compares the bucket and the table: one line per difference (MISSING, "
                + "STALE, ORPHANED, INDEX key), then a summary."})
final class ReconcileCommand implements Callable<Integer> {
    @Option(names = "--fix", description = "Repair every difference found.")
    boolean fix;

    @Mixin
    Options.Data data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintStream err = IngestCommand.printStream(spec.commandLine().getErr());
        try (LocalSession session = LocalSession.open(data.dir, err)) {
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
