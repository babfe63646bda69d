package io.articles.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;

/**
 * A loopback port that accepts connections and answers nothing: point a client at it to prove that code under test
 * opens no connection (SnapStart priming must not leave one behind to go stale in every restored copy).
 */
public final class LoopbackListener implements AutoCloseable {
    private final ServerSocket socket;

    public LoopbackListener() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on a loopback port", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** How many connections were opened so far (waits a moment for late ones). */
    public int acceptedConnections() {
        int accepted = 0;
        try {
            socket.setSoTimeout(200);
            while (true) {
                socket.accept().close();
                accepted++;
            }
        } catch (SocketTimeoutException none) {
            return accepted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot accept on the loopback listener", e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the loopback listener", e);
        }
    }
}
