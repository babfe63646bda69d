package io.articles.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A short article bundled with the library (written for the project), for warming the parse path before a
 * SnapStart snapshot: the classes and code paths a real upload takes are then loaded and compiled in every restore.
 */
public final class PrimingSample {
    private PrimingSample() {
    }

    public static byte[] bytes() {
        try (InputStream in = PrimingSample.class.getResourceAsStream("priming-sample.txt")) {
            if (in == null) {
                throw new IllegalStateException("priming-sample.txt is missing from the core library");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled priming sample", e);
        }
    }
}
