package io.articles.local;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on a terminal stream: done/total, a bar, rate and time left, redrawn at most four times
 * a second from whichever thread advances it.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 250_000_000;

    private final PrintStream out;
    private final String label;
    private final int total;
    private final long started = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile long lastDrawn;

    ProgressBar(PrintStream out, String label, int total) {
        this.out = out;
        this.label = label;
        this.total = total;
    }

    void advance() {
        int now = done.incrementAndGet();
        long time = System.nanoTime();
        if (now == total || time - lastDrawn > REDRAW_NANOS) {
            lastDrawn = time;
            draw(now, time);
        }
    }

    /** Articles per second since the start. */
    double rate() {
        return done.get() / Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private synchronized void draw(int now, long time) {
        double seconds = Math.max(1e-9, (time - started) / 1e9);
        double rate = now / seconds;
        int filled = total == 0 ? WIDTH : (int) ((long) now * WIDTH / total);
        long left = rate > 0 ? Math.round((total - now) / rate) : 0;
        out.printf("\r%s %,d/%,d [%s%s] %,.0f/s ETA %d:%02d%s", label, now, total, "#".repeat(filled),
                ".".repeat(WIDTH - filled), rate, left / 60, left % 60, now == total ? "\n" : "");
        out.flush();
    }
}
