package io.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of every module's production code form layers: each names only packages below it, so no cycle can
 * form. Read from the sources' imports and qualified names (a dozen lines instead of a bytecode-reading dependency).
 */
class PackageLayersTest {
    private static final Path ROOT = Path.of(System.getProperty("articles.root", "../.."));
    private static final Pattern REFERENCE = Pattern.compile("\\b(io\\.articles(?:\\.[a-z]\\w*)+)\\.[A-Z]");

    @Test
    void thePackageGraphHasNoCycle() {
        Map<String, Set<String>> graph = graph();
        List<String> cycle = new ArrayList<>();
        for (String start : graph.keySet()) {
            findCycle(start, graph, new ArrayList<>(), new HashMap<>(), cycle);
            assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" -> ", cycle));
        }
    }

    @Test
    void textIsBelowPeopleAndPeopleBelowArticle() {
        Map<String, Set<String>> graph = graph();
        assertEquals(Set.of(), graph.get("io.articles.text"), "text names no other package of ours");
        assertEquals(Set.of("io.articles.text"), graph.get("io.articles.people"), "people names only text");
        assertTrue(graph.get("io.articles.article").contains("io.articles.people"), "article uses people");
    }

    /** Each package and the other packages of ours that its production sources name. */
    private static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().replace('\\', '/').contains("/src/main/java/"))
                    .filter(file -> !file.toString().contains("/target/") && !file.toString().contains("node_modules"))
                    .forEach(file -> add(graph, read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static void add(Map<String, Set<String>> graph, String source) {
        Matcher declared = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(source);
        if (!declared.find()) {
            return;
        }
        String own = declared.group(1);
        Set<String> uses = graph.computeIfAbsent(own, p -> new TreeSet<>());
        Matcher reference = REFERENCE.matcher(source.substring(declared.end()));
        while (reference.find()) {
            if (!reference.group(1).equals(own)) {
                uses.add(reference.group(1));
            }
        }
    }

    private static boolean findCycle(String node, Map<String, Set<String>> graph, List<String> path,
            Map<String, Boolean> done, List<String> cycle) {
        if (Boolean.TRUE.equals(done.get(node))) {
            return false;
        }
        int at = path.indexOf(node);
        if (at >= 0) {
            cycle.addAll(path.subList(at, path.size()));
            cycle.add(node);
            return true;
        }
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (findCycle(next, graph, path, done, cycle)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        done.put(node, true);
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
