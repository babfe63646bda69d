package io.articles.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code articles-local serve} as a real process: a second serve on its data folder, or on its port, says why in
 * one line and exits non-zero without starting anything; stopping the first leaves no process behind.
 */
class ServeCommandIntegrationTest {
    private static final Path ROOT = Path.of(System.getProperty("articles.root", "..")).toAbsolutePath().normalize();
    private static final Pattern API = Pattern.compile("API +http://127\\.0\\.0\\.1:(\\d+)");
    @TempDir
    static Path data;
    private static Process serve;
    private static int apiPort;

    @BeforeAll
    static void startServe() throws Exception {
        serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Darticles.root=" + ROOT, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--data", data.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher matcher = API.matcher(line);
                    if (matcher.find()) {
                        port.complete(Integer.parseInt(matcher.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("serve ended before it served"));
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
        apiPort = port.get(90, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopServe() throws Exception {
        if (serve == null) {
            return;
        }
        List<ProcessHandle> emulators = serve.descendants().toList();
        serve.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook stops the emulators
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stopped");
        for (ProcessHandle emulator : emulators) {
            emulator.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(emulator.isAlive(), "emulator " + emulator.pid() + " stopped with serve");
        }
    }

    @Test
    void theFirstServeAnswers() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + apiPort + "/people?prefix=a")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(2, serve.descendants().filter(p -> p.info().command().orElse("").contains("node")).count(),
                "dynalite and s3rver");
    }

    @Test
    void aSecondServeOnTheSameDataFolderSaysWhoseItIsAndStartsNothing() {
        long before = ProcessHandle.current().descendants().count();
        CommandLine second = CommandLine.run("serve", "--port", "0", "--data", data.toString());
        assertEquals(1, second.exitCode());
        assertEquals("articles-local: data folder " + data + " is in use by another articles-local (pid "
                + serve.pid() + ")", second.err().strip());
        assertEquals(1, second.err().lines().count(), "one line");
        assertEquals(before, ProcessHandle.current().descendants().count(), "no emulator was started");
    }

    @Test
    void aServeOnATakenPortSaysSoAndStartsNothing(@TempDir Path other) {
        long before = ProcessHandle.current().descendants().count();
        CommandLine second = CommandLine.run("serve", "--port", Integer.toString(apiPort), "--data", other.toString());
        assertEquals(1, second.exitCode());
        assertTrue(second.err().startsWith("articles-local: cannot listen on 127.0.0.1:" + apiPort), second.err());
        assertEquals(1, second.err().lines().count(), "one line");
        assertEquals(before, ProcessHandle.current().descendants().count(), "no emulator was started");
    }

    @Test
    void oneShotCommandsUseTheRunningServe() {
        CommandLine reconcile = CommandLine.run("reconcile", "--data", data.toString());
        assertEquals(0, reconcile.exitCode(), reconcile.err());
        assertNotNull(reconcile.out());
        assertTrue(reconcile.out().contains("0 differences"), reconcile.out());
    }
}
