package io.articles.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy on loopback in front of a real server (s3rver), passing bytes through untouched (signatures stay
 * valid) until told to misbehave: answer every request with a 500, or cut every response short after its first
 * bytes, as a failing or flaky S3 would.
 */
final class FaultyProxy implements AutoCloseable {

    /** How the proxy treats the next connections. */
    enum Mode {
        PASS,
        ERROR,
        TRUNCATE
    }

    private static final int TRUNCATED_BYTES = 400;
    private static final String ERROR_BODY = "<Error><Code>InternalError</Code><Message>injected</Message></Error>";
    private static final byte[] ERROR = ("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/xml\r\n"
            + "Content-Length: " + ERROR_BODY.length() + "\r\nConnection: close\r\n\r\n" + ERROR_BODY)
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final URI upstream;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile Mode mode = Mode.PASS;

    FaultyProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                threads.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        Mode now = mode;
        try (client) {
            if (now == Mode.ERROR) {
                readRequestHead(client.getInputStream());
                client.getOutputStream().write(ERROR);
                return;
            }
            try (Socket server = new Socket(upstream.getHost(), upstream.getPort())) {
                threads.execute(() -> pump(client, server, Long.MAX_VALUE));
                pump(server, client, now == Mode.TRUNCATE ? TRUNCATED_BYTES : Long.MAX_VALUE);
            }
        } catch (IOException e) {
            // the peer went away; nothing to clean up beyond the sockets
        }
    }

    /** Copies {@code from} to {@code to} until the end or {@code limit} bytes, then closes {@code to}'s side. */
    private static void pump(Socket from, Socket to, long limit) {
        byte[] buffer = new byte[8192];
        long copied = 0;
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            int n;
            while (copied < limit && (n = in.read(buffer)) >= 0) {
                int allowed = (int) Math.min(n, limit - copied);
                out.write(buffer, 0, allowed);
                out.flush();
                copied += allowed;
            }
            to.close();
        } catch (IOException e) {
            // one side closed: the connection is over
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }
}
