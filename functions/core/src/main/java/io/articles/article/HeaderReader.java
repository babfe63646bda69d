package io.articles.article;

import io.articles.text.Words;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the header: the headline, the byline, date lines and a photo caption, in whatever order they come, until
 * the first body line. The headline is the line right above the byline, since saved pages put site navigation
 * above it; without a byline it is the first line, if that is shaped like a headline (short, no full stop).
 */
final class HeaderReader {
    /** How far down the byline may sit, below the site's name and navigation, the headline and date lines. */
    private static final int BYLINE_WINDOW = 8;
    private static final int MAX_HEADLINE_LENGTH = 250;
    private static final int MAX_DATE_LINE_LENGTH = 100;
    private static final int MAX_DATE_LINE_WORDS = 8;

    private final List<String> lines;
    private String headline;
    private Byline byline;
    private LocalDate published;
    private LocalDate updated;
    private String caption;

    private HeaderReader(List<String> lines) {
        this.lines = lines;
    }

    static Header read(List<String> lines) {
        return new HeaderReader(lines).readHeader();
    }

    private Header readHeader() {
        int next = headlineIndex() + 1;
        while (next < lines.size() && readHeaderLine(lines.get(next))) {
            next++;
        }
        return new Header(headline, byline, published, updated, caption, next);
    }

    /** The headline's index (or the index before the first header line when there is none). */
    private int headlineIndex() {
        int window = Math.min(lines.size(), BYLINE_WINDOW);
        for (int i = 0; i < window; i++) {
            if (BylineReader.isByline(lines.get(i))) {
                int above = i - 1;
                while (above >= 0 && isDateLine(lines.get(above))) {
                    above--;
                }
                return headlineAt(above);
            }
        }
        return !lines.isEmpty() && isHeadlineShaped(lines.get(0)) ? headlineAt(0) : -1;
    }

    private int headlineAt(int index) {
        headline = index >= 0 ? lines.get(index) : null;
        return index;
    }

    private boolean readHeaderLine(String line) {
        Optional<Byline> bylineHere = byline == null ? BylineReader.read(line) : Optional.empty();
        if (bylineHere.isPresent()) {
            byline = bylineHere.get();
            published = published == null ? byline.published() : published;
            updated = updated == null ? byline.updated() : updated;
            return true;
        }
        if (isDateLine(line)) {
            readDateLine(line);
            return true;
        }
        if (caption == null && Captions.isCaption(line)) {
            caption = line;
            return true;
        }
        return false;
    }

    private void readDateLine(String line) {
        LocalDate date = DateReader.find(line).orElse(null);
        if (line.toLowerCase(Locale.ROOT).contains("updated")) {
            updated = updated == null ? date : updated;
        } else {
            published = published == null ? date : published;
        }
    }

    private static boolean isHeadlineShaped(String line) {
        return line.length() <= MAX_HEADLINE_LENGTH && !line.endsWith(".") && !isDateLine(line)
                && !Captions.isCaption(line) && DatelineReader.read(line).isEmpty();
    }

    /** A short line that gives a date: "Jan 31, 2022", "Published: Monday 31 January 2022 10:30". */
    private static boolean isDateLine(String line) {
        return line.length() <= MAX_DATE_LINE_LENGTH && !line.endsWith(".")
                && Words.count(line) <= MAX_DATE_LINE_WORDS && DateReader.find(line).isPresent();
    }
}
