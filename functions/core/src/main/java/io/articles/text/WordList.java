package io.articles.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a word list shipped as a class-path resource: one entry a line, blank lines and {@code #} comments skipped,
 * spaces around an entry trimmed. Each list has one file, which every reader of it loads (the people extractor's
 * table reads the same format straight from the bytes, for its 300,000 entries).
 */
public final class WordList {
    private WordList() {
    }

    /** The entries of the resource at this absolute class-path location, in file order. */
    public static String[] read(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            int n = 0;
            for (String line : lines) {
                String entry = line.strip();
                if (!entry.isEmpty() && entry.charAt(0) != '#') {
                    lines[n++] = entry;
                }
            }
            return Arrays.copyOf(lines, n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }
}
