package io.articles.bench;

import io.articles.article.Article;
import io.articles.article.ArticleParser;
import io.articles.article.RejectedInputException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse time of one article, beside a floor measured in the same run on the same bytes: decoding them and splitting
 * them into lines and words, nothing more. {@code seed} is the seed article from {@code ../shared/seed/} (run from
 * the repo root), or the bundled invented article where the seed is absent; {@code 1mb} is about 1 MB of article
 * built from its paragraphs, with subheadings between them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {
    @Param({"seed", "1mb"})
    public String article;

    private final ArticleParser parser = new ArticleParser();
    private byte[] bytes;

    @Setup
    public void load() {
        bytes = Inputs.bytes(article);
    }

    @Benchmark
    public Article parse() throws RejectedInputException {
        return parser.parse("bench", bytes);
    }

    /** What any parser must do at least: decode, find the lines, find the words. */
    @Benchmark
    public void floor(Blackhole sink) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            sink.consume(line);
            sink.consume(words(line));
            start = end + 1;
        }
    }

    private static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }
}
