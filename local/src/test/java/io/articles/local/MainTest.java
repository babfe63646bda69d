package io.articles.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
    private static final Path ROOT = Path.of(System.getProperty("articles.root", "..")).toAbsolutePath().normalize();
    private static final String SAMPLE = ROOT.resolve("samples/amman-water-summit.txt").toString();
    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");

    @Test
    void noArgumentsIsAUsageError() {
        CommandLine result = CommandLine.run();
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("Usage: articles-local"), result.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CommandLine result = CommandLine.run("frobnicate");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("articles-local: unknown command 'frobnicate'; expected one of serve"),
                result.err());
    }

    /** Every command answers --help and -h on stdout with exit 0, listing each option it takes, in this order. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "serve|--port --data --dynamodb-port --s3-port --help --version",
            "ingest|--data --help --version",
            "invoke|--event --data --help --version",
            "parse|--help --version",
            "reconcile|--fix --data --help --version",
            "replay|--data --help --version"})
    void everyCommandHasHelpListingEveryOptionInAFixedOrder(String command, String options) {
        for (String help : List.of("--help", "-h")) {
            CommandLine result = CommandLine.run(command, help);
            assertEquals(0, result.exitCode(), result.err());
            assertTrue(result.out().startsWith("Usage: articles-local " + command), result.out());
            int at = 0;
            for (String option : options.split(" ")) {
                int found = result.out().indexOf(option + (option.equals("--help") || option.equals("--version")
                        || option.equals("--fix") ? "" : "="), at);
                assertTrue(found > at, option + " listed after the previous option: " + result.out());
                at = found;
            }
        }
        CommandLine viaHelp = CommandLine.run("help", command);
        assertEquals(0, viaHelp.exitCode());
        assertEquals(CommandLine.run(command, "--help").out(), viaHelp.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "ingest", "invoke", "parse", "reconcile", "replay"})
    void everyCommandHasAVersion(String command) {
        CommandLine result = CommandLine.run(command, "--version");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().matches("(?s)articles-local \\d+\\.\\d+\\.\\d+.*"), result.out());
        assertEquals(result.out(), CommandLine.run("-V").out());
    }

    @Test
    void completionIsAScript() {
        CommandLine result = CommandLine.run("generate-completion");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("complete -F"), result.out().substring(0, 200));
    }

    @Test
    void parseOfOneFilePrintsItsArticle() {
        CommandLine result = CommandLine.run("parse", SAMPLE);
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("{\"id\":"), result.out());
        assertTrue(result.out().contains("Jordan and Iraq agree to expand water-sharing talks"), result.out());
        assertEquals(1, result.out().lines().count());
    }

    /** The id is the one ingestion gives the file (bucket articles-local, key articles/NAME), wherever it lies. */
    @Test
    void theIdDoesNotDependOnWhereTheFileIs(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("elsewhere/deeper"));
        Path copy = Files.copy(Path.of(SAMPLE), dir.resolve("elsewhere/deeper/amman-water-summit.txt"));
        String id = id(CommandLine.run("parse", SAMPLE).out());
        assertEquals(id, id(CommandLine.run("parse", copy.toString()).out()));
        assertEquals(io.articles.article.ArticleId.of(LocalFunctions.BUCKET, "articles/amman-water-summit.txt"), id);
    }

    @Test
    void parseDashReadsStandardInput() throws Exception {
        CommandLine result = CommandLine.runWithInput(Files.readAllBytes(Path.of(SAMPLE)), "parse", "-");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Jordan and Iraq agree to expand water-sharing talks"), result.out());
        assertEquals(io.articles.article.ArticleId.of(LocalFunctions.BUCKET, "articles/stdin.txt"), id(result.out()));
        CommandLine empty = CommandLine.runWithInput(new byte[0], "parse", "-");
        assertEquals(1, empty.exitCode());
        assertTrue(empty.out().startsWith("{\"error\":{\"reason\":\"EMPTY\""), empty.out());
    }

    @Test
    void parseOfAFolderPrintsOneLinePerFileWithItsName(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(SAMPLE), dir.resolve("a.txt"));
        Files.writeString(dir.resolve("b.txt"), "");
        CommandLine result = CommandLine.run("parse", dir.toString());
        assertEquals(1, result.exitCode(), "one file is not an article");
        var lines = result.out().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"file\":\"a.txt\",\"article\":{"), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"file\":\"b.txt\",\"error\":{\"reason\":\"EMPTY\""), lines.get(1));
    }

    @Test
    void parseOfAMissingFileIsAFailureNotAUsageError() {
        CommandLine result = CommandLine.run("parse", "/no/such/file.txt");
        assertEquals(1, result.exitCode());
        assertEquals("articles-local: /no/such/file.txt: no such file or folder", result.err().strip());
    }

    @Test
    void aFolderWithoutArticlesSaysSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.md"), "not an article file");
        CommandLine result = CommandLine.run("parse", dir.toString());
        assertEquals(1, result.exitCode());
        assertEquals("articles-local: " + dir + ": no article files (*.txt) in this folder", result.err().strip());
    }

    @Test
    void parseWithoutFilesIsAUsageError() {
        CommandLine result = CommandLine.run("parse");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Missing required parameter"), result.err());
    }

    @Test
    void invokeWithoutAnEventIsAUsageError() {
        CommandLine result = CommandLine.run("invoke", "api");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Missing required option: '--event=EVENT.json'"), result.err());
        CommandLine wrongFunction = CommandLine.run("invoke", "-e", "events/api-get-article.json", "lambda");
        assertEquals(2, wrongFunction.exitCode());
        assertTrue(wrongFunction.err().contains("expected one of [ingest, api]")
                || wrongFunction.err().contains("Valid values: ingest, api"), wrongFunction.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999", "abc", "-1", ""})
    void badPortIsAUsageErrorBeforeAnythingStarts(String port) {
        long before = ProcessHandle.current().descendants().count();
        CommandLine result = CommandLine.run("serve", "--port", port);
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("expected a port number from 0 to 65535"), result.err());
        assertEquals(before, ProcessHandle.current().descendants().count(), "no emulator was started");
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }
}
