package io.articles.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The test articles: fixtures written for these tests, and the seed article where the machine has it. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture articles/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static Article parse(String name) throws RejectedInputException {
        return new ArticleParser().parse(name, bytes(name));
    }

    static Article parseText(String text) throws RejectedInputException {
        return new ArticleParser().parse("test", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The seed article (a third party's page, never copied into the repo): {@code <repo>/../shared/seed/}. */
    static Optional<Path> seed() {
        String root = System.getProperty("articles.root");
        if (root == null) {
            return Optional.empty();
        }
        Path seed = Path.of(root).resolve("../shared/seed/article-seed.txt").normalize();
        return Files.isRegularFile(seed) ? Optional.of(seed) : Optional.empty();
    }
}
