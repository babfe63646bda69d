package io.articles.local;

import io.articles.article.Article;
import io.articles.article.ArticleId;
import io.articles.article.ArticleJson;
import io.articles.article.ArticlePipeline;
import io.articles.article.RejectedInputException;
import io.articles.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parse FILE|DIR|-...}: one file prints its article; several print one line each,
 * {@code {"file": NAME, "article": {...}}} or {@code {"file": NAME, "error": {...}}}, so a folder can be scored.
 *
 * <p>The id is the one the file gets when articles-local ingests it: from the local bucket and the key the file
 * is uploaded under ({@code articles/NAME}), so it does not depend on where the clone is.
 */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false, sortSynopsis = false,
        description = {"Prints parsed articles as JSON: one article for one file, one line per file for several.",
                "The id is the one the file gets when articles-local ingests it (bucket articles-local, key "
                        + "articles/NAME); '-' reads standard input, as a file named " + ParseCommand.STDIN_NAME
                        + "."})
final class ParseCommand implements Callable<Integer> {
    static final String STDIN_NAME = "stdin.txt";

    private final InputStream stdin;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "Articles (a folder: its .txt files; "
            + "-: standard input).")
    List<String> names;

    @Spec
    CommandSpec spec;

    ParseCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** The id articles-local gives the file: the local bucket and the file's key there. */
    static String id(Path file) {
        return ArticleId.of(LocalFunctions.BUCKET, Uploads.key(file));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean stdinOnly = names.equals(List.of("-"));
        List<Path> files = stdinOnly ? List.of(Path.of(STDIN_NAME)) : ArticleFiles.expand(names.stream()
                .filter(name -> !name.equals("-")).toList());
        boolean withStdin = !stdinOnly && names.contains("-");
        boolean single = stdinOnly || files.size() == 1 && !withStdin && !Files.isDirectory(Path.of(names.get(0)));
        ArticlePipeline pipeline = new ArticlePipeline();
        int failures = 0;
        int total = 0;
        List<Path> all = withStdin ? concat(files, Path.of(STDIN_NAME)) : files;
        for (Path file : all) {
            boolean fromStdin = stdinOnly || withStdin && file == all.get(all.size() - 1);
            byte[] bytes = fromStdin ? readStdin() : read(file);
            total++;
            try {
                // The file's modification time stands for the upload time (standard input's is now): it gives a
                // dateline's day its year.
                Article article = pipeline.read(id(file), bytes, fromStdin ? Instant.now() : modified(file));
                out.println(single ? ArticleJson.write(article) : line(file, "article", ArticleJson.write(article)));
            } catch (RejectedInputException e) {
                failures++;
                String error = JsonWriter.write(json -> {
                    json.writeStartObject();
                    json.writeStringField("reason", e.reason().name());
                    json.writeStringField("message", e.getMessage());
                    json.writeEndObject();
                });
                out.println(single ? JsonWriter.write(json -> {
                    json.writeStartObject();
                    json.writeFieldName("error");
                    json.writeRawValue(error);
                    json.writeEndObject();
                }) : line(file, "error", error));
            }
        }
        out.flush();
        if (failures > 0) {
            spec.commandLine().getErr().println("articles-local: " + failures + " of " + total
                    + " files are not articles");
        }
        return failures > 0 ? Main.FAILURE : 0;
    }

    private static List<Path> concat(List<Path> files, Path last) {
        List<Path> all = new ArrayList<>(files);
        all.add(last);
        return all;
    }

    /** {@code {"file": NAME, FIELD: VALUE}}, the value already JSON. */
    private static String line(Path file, String field, String value) {
        return JsonWriter.write(json -> {
            json.writeStartObject();
            json.writeStringField("file", file.getFileName().toString());
            json.writeFieldName(field);
            json.writeRawValue(value);
            json.writeEndObject();
        });
    }

    private byte[] readStdin() {
        try {
            return stdin.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    private static Instant modified(Path file) {
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
