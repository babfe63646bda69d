package io.articles.article;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of an uploaded text file into an {@link Article}. First cut: headline, byline, date, body.
 */
public final class ArticleParser {
    /** Inputs above this many bytes are rejected unless a limit is given. */
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
    private static final DateTimeFormatter SITE_DATE = DateTimeFormatter.ofPattern("MMM d,yyyy", Locale.ENGLISH);

    private final int maxBytes;

    public ArticleParser() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleParser(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Article parse(String id, byte[] content) throws RejectedInputException {
        if (content.length > maxBytes) {
            throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE,
                    "file is " + content.length + " bytes; the limit is " + maxBytes);
        }
        List<String> lines = new ArrayList<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.equals("You are here")) {
                lines.add(trimmed);
            }
        }
        if (lines.isEmpty()) {
            throw new RejectedInputException(RejectedInputException.Reason.EMPTY, "file has no text");
        }
        String headline = lines.get(0);
        String byline = null;
        LocalDate published = null;
        int bodyStart = 1;
        if (lines.size() > 1 && lines.get(1).startsWith("By ")) {
            String[] parts = lines.get(1).split(" - ");
            byline = parts[0];
            published = parts.length > 1 ? date(parts[1]) : null;
            bodyStart = 2;
        }
        List<String> body = lines.subList(bodyStart, lines.size());
        int words = 0;
        for (String paragraph : body) {
            words += paragraph.split("\\s+").length;
        }
        return new Article(id, headline, byline, List.of(), null, published, null, null, null,
                List.of(new Section(null, body)), List.of(), List.of(), null, words, "en");
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip(), SITE_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
