package io.articles.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code invoke ingest|api -e EVENT.json}: one handler, once, on an event file; prints its response as SAM does. */
final class InvokeCommand {
    private InvokeCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("-e", "--event", "--data"));
        if (arguments.positional().size() != 1) {
            throw new UsageException("invoke: expected one function, ingest or api");
        }
        String function = arguments.positional().get(0);
        Path event = eventFile(arguments);
        try (LocalSession session = LocalSession.open(arguments.dataDir(), err)) {
            switch (function) {
                case "ingest" -> out.println(session.functions().ingest(read(event)));
                case "api" -> out.println(session.functions().api(read(event)));
                default -> throw new UsageException("invoke: expected ingest or api, got '" + function + "'");
            }
        }
        return 0;
    }

    private static Path eventFile(Arguments arguments) {
        String name = arguments.option("-e", arguments.option("--event", null));
        if (name == null) {
            throw new UsageException("invoke: expected -e EVENT.json");
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("invoke: no such event file " + name);
        }
        return file;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event file " + file, e);
        }
    }
}
