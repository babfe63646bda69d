package io.articles.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load on the local API, for bench/api-load: {@code CLIENTS} threads each send requests back to back,
 * cycling through the lookups in {@code PATHS_FILE}, for {@code SECONDS}; then prints requests, errors (anything but
 * 200/304 or a body that is not JSON), throughput and latency percentiles. Refuses any host but 127.0.0.1.
 */
public final class ApiLoad {
    private ApiLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("base URL: expected http://127.0.0.1:PORT, got " + base);
        }
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        List<String> paths = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            threads.execute(() -> latencies.add(run(http, base, paths, offset, deadline, errors)));
        }
        threads.shutdown();
        threads.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        report(latencies, errors.get(), seconds);
    }

    /** One client's loop; answers its latencies in nanoseconds. */
    private static long[] run(HttpClient http, URI base, List<String> paths, int offset, long deadline,
                              AtomicLong errors) {
        long[] times = new long[1 << 20];
        int n = 0;
        for (int i = offset; System.nanoTime() < deadline && n < times.length; i++) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(paths.get(i % paths.size())))
                    .timeout(Duration.ofSeconds(10)).GET().build();
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                boolean ok = response.statusCode() == 200 && response.body().startsWith("{");
                if (!ok && errors.incrementAndGet() <= 5) {
                    System.err.println("error: " + response.statusCode() + " " + request.uri());
                }
            } catch (Exception e) {
                if (errors.incrementAndGet() <= 5) {
                    System.err.println("error: " + e.getClass().getSimpleName() + " " + request.uri());
                }
            }
            times[n++] = System.nanoTime() - started;
        }
        long[] used = new long[n];
        System.arraycopy(times, 0, used, 0, n);
        return used;
    }

    private static void report(List<long[]> perClient, long errors, long seconds) {
        long[] all = perClient.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        System.out.printf("requests %,d, errors %d, %,.0f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                all.length, errors, all.length / (double) seconds, percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }
}
