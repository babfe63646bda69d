package io.articles.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Finds the project's {@code local/} folder and installs the emulators there from the lockfile when missing. */
final class Installation {
    private static final long INSTALL_TIMEOUT_MINUTES = 10;

    private Installation() {
    }

    /**
     * The {@code local/} folder: under the {@code articles.root} system property or {@code ARTICLES_ROOT} when
     * set, else the nearest folder up from the working directory that holds {@code local/emulators.js}.
     */
    static Path localDir() {
        String root = System.getProperty("articles.root", System.getenv("ARTICLES_ROOT"));
        if (root != null && !root.isBlank()) {
            return Path.of(root).toAbsolutePath().resolve("local");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("local/emulators.js"))) {
                return dir.resolve("local");
            }
        }
        throw new IllegalStateException("cannot find local/emulators.js above " + Path.of("").toAbsolutePath()
                + "; run from the project folder or set ARTICLES_ROOT");
    }

    /** Runs {@code npm ci} once, when the pinned emulators are not installed yet. */
    static synchronized void ensureInstalled(Path localDir) {
        if (Files.isDirectory(localDir.resolve("node_modules/dynalite"))
                && Files.isDirectory(localDir.resolve("node_modules/s3rver"))) {
            return;
        }
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(localDir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!npm.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci in " + localDir + " failed; run it by hand to see why");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run npm (is Node.js 18+ with npm on the PATH?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during npm ci", e);
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Leftovers in the temp folder are harmless; the stack is already stopped.
        }
    }
}
