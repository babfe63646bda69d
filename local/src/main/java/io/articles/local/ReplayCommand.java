package io.articles.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code replay}: re-drives every event kept under the failed-events folder through the ingest handler, oldest
 * first, as an operator re-drives the on-failure queue after an outage. A replayed event's file is removed; one
 * that fails again stays (the handler keeps it once more under a new name, so the old file goes).
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false, sortSynopsis = false,
        description = {"Re-drives the failed ingest events kept under DIR/failed-events, oldest first."})
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    Options.Data data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintStream err = IngestCommand.printStream(spec.commandLine().getErr());
        try (LocalSession session = LocalSession.open(data.dir, err)) {
            List<Path> events = failedEvents(session.functions().failedEventsDir());
            for (Path event : events) {
                String json = read(event);
                delete(event);
                session.functions().deliver(json);
            }
            int left = failedEvents(session.functions().failedEventsDir()).size();
            out.println("replayed " + events.size() + " events, " + left + " failed again");
            return left == 0 ? 0 : 1;
        }
    }

    private static List<Path> failedEvents(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
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
