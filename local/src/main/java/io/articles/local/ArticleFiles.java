package io.articles.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files named on a command line: files as given, folders as their {@code .txt} files in name order. */
final class ArticleFiles {
    private ArticleFiles() {
    }

    /**
     * The files; a missing file, or a folder without a {@code .txt} file, is a failure (exit 1), not a usage
     * error: the command line was right, the file system is not as it says.
     */
    static List<Path> expand(List<String> names) {
        if (names.isEmpty()) {
            throw new UsageException("expected at least one FILE or DIR");
        }
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                List<Path> inside = textFilesIn(path);
                if (inside.isEmpty()) {
                    throw new IllegalArgumentException(name + ": no article files (*.txt) in this folder");
                }
                files.addAll(inside);
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException(name + ": no such file or folder");
            }
        }
        return files;
    }

    private static List<Path> textFilesIn(Path dir) {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
