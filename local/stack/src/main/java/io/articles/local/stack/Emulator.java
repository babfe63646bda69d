package io.articles.local.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One emulator process ({@code node emulators.js ROLE}) on a loopback port. Its stdin is a pipe from this JVM:
 * when the JVM dies, the pipe closes and the emulator exits, so none is ever left running.
 */
final class Emulator implements AutoCloseable {
    private static final long START_TIMEOUT_SECONDS = 30;

    private final Process process;
    private final int port;

    private Emulator(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code role} on {@code port} (0: any free port), persisting under {@code dir} if not null. */
    static Emulator start(Path localDir, String role, int port, Path dir, Consumer<String> events) {
        // s3rver encrypts list continuation tokens with DES, which OpenSSL 3 (Node 17+) only offers as legacy.
        List<String> command = new ArrayList<>(List.of("node", "--openssl-legacy-provider", "emulators.js", role,
                "--port", Integer.toString(port)));
        if (dir != null) {
            command.addAll(List.of("--dir", dir.toAbsolutePath().toString()));
        }
        Process process;
        try {
            process = new ProcessBuilder(command).directory(localDir.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node (is Node.js 18+ on the PATH?)", e);
        }
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> readLines(process, ready, events), "emulator-" + role);
        reader.setDaemon(true);
        reader.start();
        return new Emulator(process, awaitPort(process, role, ready));
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int awaitPort(Process process, String role, CompletableFuture<Integer> ready) {
        try {
            return ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException(role + " emulator did not report ready within "
                    + START_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while starting the " + role + " emulator", e);
        }
    }

    private static void readLines(Process process, CompletableFuture<Integer> ready, Consumer<String> events) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("ready ")) {
                    ready.complete(Integer.parseInt(line.substring(6).strip()));
                } else if (line.startsWith("event ")) {
                    events.accept(line.substring(6));
                }
            }
        } catch (IOException | RuntimeException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("emulator exited with " + exitCode(process)));
    }

    private static String exitCode(Process process) {
        try {
            return Integer.toString(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown status";
        }
    }
}
