package io.articles.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code invoke ingest|api -e EVENT.json}: one handler, once, on an event file; prints its response as SAM does. */
@Command(name = "invoke", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false, sortSynopsis = false,
        description = {"Runs one function once on an event file and prints its response, as 'sam local invoke' "
                + "does."})
final class InvokeCommand implements Callable<Integer> {
    /** The functions, as picocli lists and completes them. */
    enum Function { ingest, api }

    @Option(names = {"-e", "--event"}, paramLabel = "EVENT.json", required = true,
            description = "The event, as Lambda would deliver it (see events/).")
    Path event;

    @Mixin
    Options.Data data;

    @Parameters(paramLabel = "FUNCTION", description = "ingest or api.")
    Function function;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(event)) {
            throw new IllegalArgumentException("invoke: no such event file " + event);
        }
        byte[] json = read(event);
        PrintStream log = IngestCommand.printStream(spec.commandLine().getErr());
        try (LocalSession session = LocalSession.open(data.dir, log)) {
            out.println(function == Function.ingest ? session.functions().ingest(json) : session.functions().api(json));
        }
        return 0;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event file " + file, e);
        }
    }
}
