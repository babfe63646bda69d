package io.articles.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmarks' articles: {@code seed} is the seed article from {@code ../shared/seed/} (run from the repo root),
 * or the bundled invented article where the seed is absent; {@code 1mb} is about 1 MB of article built from its
 * paragraphs, with subheadings between them.
 */
final class Inputs {
    private static final Path SEED = Path.of("../shared/seed/article-seed.txt");
    private static final String FALLBACK = "/bench-article.txt";
    private static final int LARGE_BYTES = 1024 * 1024;

    private Inputs() {
    }

    static byte[] bytes(String article) {
        String text = seedText();
        return (article.equals("1mb") ? large(text) : text).getBytes(StandardCharsets.UTF_8);
    }

    private static String seedText() {
        try {
            if (Files.isRegularFile(SEED)) {
                return Files.readString(SEED);
            }
            try (InputStream in = Inputs.class.getResourceAsStream(FALLBACK)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article's header, then its body paragraphs over and over under numbered subheadings, to about 1 MB. */
    private static String large(String article) {
        String[] blocks = article.split("\n\\s*\n");
        StringBuilder out = new StringBuilder(LARGE_BYTES + article.length());
        for (int i = 0; i < 4; i++) {
            out.append(blocks[i]).append("\n\n");
        }
        int part = 1;
        while (out.length() < LARGE_BYTES) {
            out.append("Part ").append(part++).append("\n\n");
            for (int i = 4; i < blocks.length - 2; i++) {
                out.append(blocks[i]).append("\n\n");
            }
        }
        return out.toString();
    }
}
