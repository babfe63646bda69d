package io.articles.local;

import io.articles.local.stack.LocalAws;
import io.articles.local.stack.StackEndpoints;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The stack a one-shot command works against: the one {@code serve} is running on the same data folder, or else
 * a stack started for this command alone on that folder and stopped after it.
 */
final class LocalSession implements AutoCloseable {
    static final String ENDPOINTS_FILE = "stack.properties";

    private final LocalAws started;
    private final DataFolderLock lock;
    private final StackEndpoints endpoints;
    private final LocalFunctions functions;

    private LocalSession(LocalAws started, DataFolderLock lock, StackEndpoints endpoints, PrintStream log,
                         Path dataDir) {
        this.started = started;
        this.lock = lock;
        this.endpoints = endpoints;
        this.functions = new LocalFunctions(endpoints, log, dataDir.resolve("failed-events"));
    }

    /** The running serve's stack; else, once this process holds the folder's lock, a stack of its own. */
    static LocalSession open(Path dataDir, PrintStream log) {
        Optional<StackEndpoints> running = StackEndpoints.running(dataDir.resolve(ENDPOINTS_FILE));
        if (running.isPresent()) {
            return new LocalSession(null, null, running.get(), log, dataDir);
        }
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        LocalAws stack;
        try {
            stack = LocalAws.start(dataDir, LocalAws.Ports.ANY);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            return new LocalSession(stack, lock, stack.endpoints(), log, dataDir);
        } catch (RuntimeException e) {
            stack.close();
            lock.close();
            throw e;
        }
    }

    /** The stack this command started, if it did not find one running. */
    Optional<LocalAws> started() {
        return Optional.ofNullable(started);
    }

    StackEndpoints endpoints() {
        return endpoints;
    }

    LocalFunctions functions() {
        return functions;
    }

    @Override
    public void close() {
        functions.close();
        if (started != null) {
            started.close();
            lock.close();
        }
    }
}
