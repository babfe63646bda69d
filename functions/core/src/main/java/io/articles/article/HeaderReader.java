package io.articles.article;

import io.articles.text.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the header, a small grammar of the lines above the body: front matter between "---" lines or a block of
 * "Title:"/"By:"/"Date:"/"Source:" lines; then the headline (with its slug); then, in whatever order they come, the
 * byline ("By ...", a bare name, "NAME | Agency"), date lines, a dateline on a line of its own ("VIENNA 1996-12-06",
 * or "Duluth, Minn." above a date line), advisory lines ("(Adds ...)") and a photo caption, until the first body
 * line. The headline is the line right above a "By" byline, since saved pages put site navigation above it; without
 * one it is the first line, if that is shaped like a headline (short, at most one sentence, not a date or a
 * dateline opening body text).
 */
final class HeaderReader {
    /** How far down the byline may sit, below the site's name and navigation, the headline and date lines. */
    private static final int BYLINE_WINDOW = 8;
    private static final int MAX_HEADLINE_LENGTH = 250;
    private static final int MAX_SENTENCE_HEADLINE_WORDS = 25;
    private static final int MAX_DATE_LINE_LENGTH = 100;
    private static final int MAX_DATE_LINE_WORDS = 8;
    private static final int MAX_FRONT_MATTER_LINES = 40;
    private static final int MAX_METADATA_LINES = 10;
    private static final int MAX_ADVISORY_LENGTH = 300;
    private static final int MAX_METADATA_KEY = 20;

    private final List<String> lines;
    private String headline;
    private String slug;
    private boolean headlineFromMetadata;
    private Byline byline;
    private final List<String> metadataAuthors = new ArrayList<>();
    private String metadataByline;
    private String source;
    private LocalDate published;
    private LocalDate updated;
    private String caption;
    private Dateline dateline;

    private HeaderReader(List<String> lines) {
        this.lines = lines;
    }

    static Header read(List<String> lines) {
        return new HeaderReader(lines).readHeader();
    }

    private Header readHeader() {
        int start = frontMatter();
        if (start == 0) {
            start = metadataBlock();
        }
        int next = headline == null ? headlineIndex(start) + 1 : start;
        if (next == 0) {
            next = start;
        }
        while (next < lines.size() && readHeaderLine(next)) {
            next++;
        }
        if (headline != null) {
            Headlines.Cleaned cleaned = Headlines.clean(headline);
            headline = cleaned.headline().isEmpty() ? null : cleaned.headline();
            slug = cleaned.slug();
        }
        if (byline == null && !metadataAuthors.isEmpty()) {
            byline = new Byline(metadataByline, metadataAuthors, null, null, null);
        }
        return new Header(headline, slug, byline, source, published, updated, caption, dateline, next);
    }

    /** YAML front matter between "---" lines: its title, author or authors, date and source. */
    private int frontMatter() {
        if (lines.isEmpty() || !lines.get(0).equals("---")) {
            return 0;
        }
        int end = 1;
        while (end < lines.size() && end <= MAX_FRONT_MATTER_LINES && !lines.get(end).equals("---")) {
            end++;
        }
        if (end >= lines.size() || !lines.get(end).equals("---")) {
            return 0;
        }
        String key = null;
        for (int i = 1; i < end; i++) {
            String line = lines.get(i);
            if (line.startsWith("- ") && key != null) {
                readMetadata(key, unquoted(line.substring(2)));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (value.startsWith("[") && value.endsWith("]")) {
                for (String item : value.substring(1, value.length() - 1).split(",")) {
                    readMetadata(key, unquoted(item.strip()));
                }
            } else if (!value.isEmpty()) {
                readMetadata(key, unquoted(value));
            }
        }
        return end + 1;
    }

    /** "Title: ...", "By: ...", "Date: ...", "Source: ..." lines at the top. */
    private int metadataBlock() {
        int i = 0;
        while (i < lines.size() && i < MAX_METADATA_LINES && readMetadataLine(lines.get(i))) {
            i++;
        }
        return i;
    }

    /** A "Key: value" line with a key this reader knows; false (and nothing read) for any other line. */
    private boolean readMetadataLine(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > MAX_METADATA_KEY || colon + 1 >= line.length() || line.charAt(colon + 1) != ' ') {
            return false;
        }
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (!isMetadataKey(key)) {
            return false;
        }
        return readMetadata(key, unquoted(line.substring(colon + 1).strip()));
    }

    private static boolean isMetadataKey(String key) {
        return switch (key) {
            case "title", "headline", "by", "author", "authors", "byline", "writer", "date", "published",
                 "publication date", "pubdate", "dated", "updated", "last updated", "modified", "source",
                 "agency" -> true;
            default -> false;
        };
    }

    private boolean readMetadata(String key, String value) {
        if (value.isEmpty()) {
            return false;
        }
        switch (key) {
            case "title", "headline" -> {
                if (headline != null) {
                    return false;
                }
                headline = value;
                headlineFromMetadata = true;
            }
            case "by", "author", "authors", "byline", "writer" -> {
                Optional<Byline> read = BylineReader.read("By " + value);
                if (read.isEmpty()) {
                    return false;
                }
                metadataAuthors.addAll(read.get().authors());
                metadataByline = metadataByline == null ? value : metadataByline + ", " + value;
                if (read.get().agency() != null && source == null) {
                    source = read.get().agency();
                }
            }
            case "date", "published", "publication date", "pubdate", "dated" -> {
                Optional<LocalDate> date = DateReader.find(value);
                if (date.isEmpty()) {
                    return false;
                }
                published = published == null ? date.get() : published;
            }
            case "updated", "last updated", "modified" -> {
                Optional<LocalDate> date = DateReader.find(value);
                if (date.isEmpty()) {
                    return false;
                }
                updated = updated == null ? date.get() : updated;
            }
            case "source", "agency" -> source = source == null ? value : source;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The headline's index (or the index before the first header line when there is none). */
    private int headlineIndex(int start) {
        int window = Math.min(lines.size(), start + BYLINE_WINDOW);
        for (int i = start; i < window; i++) {
            if (BylineReader.isByline(lines.get(i))) {
                int above = i - 1;
                while (above >= start && isDateLine(lines.get(above))) {
                    above--;
                }
                return above >= start ? headlineAt(above) : start - 1;
            }
        }
        return start < lines.size() && isHeadlineShaped(start) ? headlineAt(start) : start - 1;
    }

    private int headlineAt(int index) {
        headline = lines.get(index);
        return index;
    }

    private boolean readHeaderLine(int index) {
        String line = lines.get(index);
        if (readMetadataLine(line)) {
            return true;
        }
        Optional<Byline> bylineHere = byline == null ? BylineReader.read(line) : Optional.empty();
        if (bylineHere.isPresent()) {
            readByline(bylineHere.get());
            return true;
        }
        Optional<Dateline> dated = dateline == null ? DatelineReader.readDatedLine(line) : Optional.empty();
        if (dated.isPresent()) {
            dateline = dated.get();
            return true;
        }
        if (isDateLine(line)) {
            readDateLine(line);
            return true;
        }
        Optional<Byline> bare = byline == null && dateline == null && headline != null && !repeatsHeadline(line)
                ? BylineReader.readBare(line) : Optional.empty();
        if (bare.isPresent()) {
            readByline(bare.get());
            return true;
        }
        if (dateline == null && readPlaceLine(index)) {
            return true;
        }
        if (isAdvisory(line)) {
            return true;
        }
        if (caption == null && Captions.isCaption(line)) {
            caption = line;
            return true;
        }
        return false;
    }

    private void readByline(Byline read) {
        byline = read;
        published = published == null ? read.published() : published;
        updated = updated == null ? read.updated() : updated;
    }

    /** A name the headline holds is the article's subject, not its author ("Jeanne Moreau" / "Jeanne Moreau"). */
    private boolean repeatsHeadline(String line) {
        return headline.toLowerCase(Locale.ROOT).contains(line.toLowerCase(Locale.ROOT));
    }

    /** A "Duluth, Minn." line right above a date line: the dateline, on a line of its own. */
    private boolean readPlaceLine(int index) {
        if (index + 1 < lines.size() && isDateLine(lines.get(index + 1))) {
            Optional<String> place = DatelineReader.readPlaceLine(lines.get(index));
            if (place.isPresent()) {
                dateline = new Dateline(place.get(), null, "");
                return true;
            }
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

    /**
     * Shaped like a headline: not too long, not a date, a caption or a byline, at most one sentence, and not a
     * paragraph opened by a dateline (though "RUGBY - WALES EDGE FIJI" opens with a slug, not a place).
     */
    private boolean isHeadlineShaped(int index) {
        String line = lines.get(index);
        if (line.length() > MAX_HEADLINE_LENGTH || isDateLine(line) || Captions.isCaption(line) || isAdvisory(line)) {
            return false;
        }
        if (line.endsWith(".") && !line.endsWith("..")
                && (Words.count(line) > MAX_SENTENCE_HEADLINE_WORDS || hasSentenceBreak(line)
                || index + 1 >= lines.size())) {
            return false;
        }
        Optional<Dateline> opening = DatelineReader.read(line);
        return opening.isEmpty() || isSlugNotPlace(line, opening.get());
    }

    /** "RUGBY - WALES EDGE ...", "SOCCER - Late penalty ...": a slug no gazetteer knows as a place, not a dateline. */
    private static boolean isSlugNotPlace(String line, Dateline opening) {
        if (opening.place() == null || opening.agency() != null || opening.date() != null
                || opening.monthDay() != null || !Headlines.hasSlug(line)) {
            return false;
        }
        String rest = opening.rest();
        boolean restInCapitals = rest.equals(rest.toUpperCase(Locale.ROOT));
        return restInCapitals || !io.articles.people.Gazetteer.isPlace(opening.place());
    }

    /** ". " followed by a capital inside the line: two sentences, so body text. */
    private static boolean hasSentenceBreak(String line) {
        int dot = line.indexOf(". ");
        while (dot > 0 && dot + 2 < line.length()) {
            if (Character.isUpperCase(line.charAt(dot + 2)) && Character.isLowerCase(line.charAt(dot - 1))) {
                return true;
            }
            dot = line.indexOf(". ", dot + 2);
        }
        return false;
    }

    /** A line wholly in parentheses, as wire advisories are: "(Adds analyst comment ...)", "(Corrects ...)". */
    static boolean isAdvisory(String line) {
        return line.length() <= MAX_ADVISORY_LENGTH && line.length() > 2 && line.charAt(0) == '('
                && line.charAt(line.length() - 1) == ')' && line.indexOf(')') == line.length() - 1
                && !Captions.isCaption(line);
    }

    /** A short line that gives a date: "Jan 31, 2022", "Published: Monday 31 January 2022 10:30". */
    static boolean isDateLine(String line) {
        return line.length() <= MAX_DATE_LINE_LENGTH && !line.endsWith(".")
                && Words.count(line) <= MAX_DATE_LINE_WORDS && DateReader.find(line).isPresent();
    }

    private static String unquoted(String value) {
        String text = value.strip();
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            return text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    boolean headlineFromMetadata() {
        return headlineFromMetadata;
    }
}
