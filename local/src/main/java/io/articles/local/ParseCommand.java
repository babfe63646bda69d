package io.articles.local;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.articles.article.Article;
import io.articles.article.ArticleId;
import io.articles.article.ArticleJson;
import io.articles.article.ArticlePipeline;
import io.articles.article.RejectedInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code parse FILE|DIR...}: one file prints its article; several print one line each,
 * {@code {"file": NAME, "article": {...}}} or {@code {"file": NAME, "error": {...}}}, so a folder can be scored.
 */
final class ParseCommand {
    private ParseCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> files = ArticleFiles.expand(new Arguments(args, java.util.Set.of()).positional());
        ArticlePipeline pipeline = new ArticlePipeline();
        boolean single = files.size() == 1 && !Files.isDirectory(Path.of(args.get(0)));
        int failures = 0;
        for (Path file : files) {
            String id = ArticleId.of("file", file.toAbsolutePath().normalize().toString());
            try {
                // The file's modification time stands for the upload time: it gives a dateline's day its year.
                Article article = pipeline.read(id, read(file), modified(file));
                out.println(single ? ArticleJson.write(article) : line(file, "article", ArticleJson.write(article)));
            } catch (RejectedInputException e) {
                failures++;
                String error = "{\"reason\":\"" + e.reason() + "\",\"message\":" + quote(e.getMessage()) + "}";
                out.println(single ? "{\"error\":" + error + "}" : line(file, "error", error));
            }
        }
        if (failures > 0) {
            err.println("articles-local: " + failures + " of " + files.size() + " files are not articles");
        }
        return failures > 0 ? 1 : 0;
    }

    private static String line(Path file, String field, String json) {
        return "{\"file\":" + quote(file.getFileName().toString()) + ",\"" + field + "\":" + json + "}";
    }

    private static String quote(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }

    private static java.time.Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the modification time of " + file, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
