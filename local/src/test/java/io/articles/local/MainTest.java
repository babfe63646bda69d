package io.articles.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final Path ROOT = Path.of(System.getProperty("articles.root", "..")).toAbsolutePath().normalize();
    private static final String SAMPLE = ROOT.resolve("samples/amman-water-summit.txt").toString();

    @Test
    void noArgumentsIsAUsageError() {
        CommandLine result = CommandLine.run();
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("usage: articles-local"), result.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CommandLine result = CommandLine.run("frobnicate");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("articles-local: unknown command 'frobnicate'"), result.err());
    }

    @Test
    void parseOfOneFilePrintsItsArticle() {
        CommandLine result = CommandLine.run("parse", SAMPLE);
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("{\"id\":"), result.out());
        assertTrue(result.out().contains("Jordan and Iraq agree to expand water-sharing talks"), result.out());
        assertEquals(1, result.out().lines().count());
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
    void parseOfAMissingFileIsAUsageError() {
        CommandLine result = CommandLine.run("parse", "/no/such/file.txt");
        assertEquals(2, result.exitCode());
        assertEquals("articles-local: /no/such/file.txt: no such file or folder", result.err().strip());
    }

    @Test
    void invokeWithoutAnEventIsAUsageError() {
        CommandLine result = CommandLine.run("invoke", "api");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("expected -e EVENT.json"), result.err());
    }

    @Test
    void badPortIsAUsageError() {
        CommandLine result = CommandLine.run("serve", "--port", "99999");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--port: expected a port number"), result.err());
    }
}
