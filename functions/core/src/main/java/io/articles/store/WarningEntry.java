package io.articles.store;

import io.articles.article.Warning;
import java.util.List;

/**
 * An upload stored as an article with parser warnings, as {@code GET /ingest-warnings} lists it: the editor's cue to
 * check the article and fix its file.
 *
 * @param id       the article's id
 * @param key      the object key of the upload
 * @param headline the headline read, or null
 * @param warnings what the parser guessed or could not find
 * @param at       when it was uploaded (the object's LastModified, ISO-8601)
 */
public record WarningEntry(String id, String key, String headline, List<Warning> warnings, String at) {
    public WarningEntry {
        warnings = List.copyOf(warnings);
    }

    /** The warnings as the table keeps them: one "code: message" line each. */
    public static String text(List<Warning> warnings) {
        StringBuilder text = new StringBuilder();
        for (Warning warning : warnings) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(warning.code()).append(": ").append(warning.message().replace('\n', ' '));
        }
        return text.toString();
    }

    /** The warnings of {@link #text}. */
    public static List<Warning> parse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return text.lines().map(line -> {
            int colon = line.indexOf(": ");
            return colon < 0 ? new Warning(line, "") : new Warning(line.substring(0, colon), line.substring(colon + 2));
        }).toList();
    }
}
