package io.articles.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One articles-local at a time owns a data folder's emulators: an OS file lock on {@code DIR/articles-local.lock},
 * holding the owner's pid. The OS drops the lock when the process dies, however it dies, so a stale lock file
 * never blocks. Taken before any emulator starts: a second {@code serve} on the same folder says whose it is and
 * starts nothing (dynalite would otherwise fail on its database's own lock with a Node stack trace).
 */
final class DataFolderLock implements AutoCloseable {
    static final String FILE = "articles-local.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock on {@code dataDir}, or an exception naming the pid of the articles-local that holds it. */
    static DataFolderLock acquire(Path dataDir) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException thisProcess) {
                lock = null;
            }
            if (lock == null) {
                String owner = owner(channel);
                channel.close();
                throw new IllegalStateException("data folder " + dataDir + " is in use by another articles-local"
                        + (owner.isEmpty() ? "" : " (pid " + owner + ")"));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock data folder " + dataDir, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The channel's close below drops it anyway.
        }
        closeQuietly(channel);
    }

    private static String owner(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // Nothing more to release.
        }
    }
}
