package io.articles.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a byline line: "By AFP - Jan 31,2022 - Last updated at Jan 31,2022", "By Jane Doe and John Roe, Reuters".
 * The parts between dashes are the names (kept as the byline text) and the dates; the names are split into the
 * people (authors) and the agency, dropping desk words ("Jordan Times Staff").
 */
final class BylineReader {
    private static final int MAX_LENGTH = 300;
    private static final int MAX_NAME_WORDS = 5;
    private static final List<String> DESK_WORDS = List.of("staff", "writer", "reporter", "correspondent", "desk",
            "editor", "bureau", "team", "agencies", "jordan times", "newsroom", "contributor");

    private final List<String> authors = new ArrayList<>();
    private String agency;
    private LocalDate published;
    private LocalDate updated;

    private BylineReader() {
    }

    static Optional<Byline> read(String line) {
        return isByline(line) ? Optional.of(new BylineReader().readParts(line)) : Optional.empty();
    }

    /**
     * "By " (or "By:") followed by a capitalised name or an agency ("By dpa"): "By the end of the year" is prose,
     * not a byline.
     */
    static boolean isByline(String line) {
        if (line.length() > MAX_LENGTH || line.length() < 4 || !line.regionMatches(true, 0, "by", 0, 2)) {
            return false;
        }
        int at = namesStart(line);
        if (at <= 2 || at >= line.length()) {
            return false;
        }
        String names = segments(line).get(0);
        return Character.isUpperCase(line.charAt(at))
                || (names.length() > at && Agencies.named(names.substring(at)).isPresent());
    }

    private Byline readParts(String line) {
        List<String> parts = segments(line);
        String first = parts.get(0);
        StringBuilder text = new StringBuilder(first);
        readNames(first.substring(namesStart(first)));
        for (String part : parts.subList(1, parts.size())) {
            if (isDatePart(part)) {
                readDate(part);
            } else {
                text.append(" - ").append(part);
                readNames(part);
            }
        }
        return new Byline(text.toString(), authors, agency, published, updated);
    }

    private static boolean isDatePart(String part) {
        return isUpdate(part) || part.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isUpdate(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return lower.startsWith("last updated") || lower.startsWith("updated");
    }

    private void readDate(String part) {
        LocalDate date = DateReader.find(part).orElse(null);
        if (isUpdate(part)) {
            updated = updated == null ? date : updated;
        } else if (published == null) {
            published = date;
        }
    }

    private void readNames(String names) {
        for (String part : nameParts(names)) {
            Optional<String> named = Agencies.named(part);
            if (named.isPresent()) {
                agency = agency == null ? named.get() : agency;
            } else if (!isDesk(part) && isName(part)) {
                authors.add(part);
            }
        }
    }

    private static int namesStart(String line) {
        int at = 2;
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == ':')) {
            at++;
        }
        return at;
    }

    /** The line cut at its dashes: " - ", " — ", " -- ", " | ". */
    private static List<String> segments(String line) {
        List<String> segments = new ArrayList<>(3);
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            int dashEnd = line.charAt(i) == ' ' ? Dashes.end(line, i + 1) : -1;
            if (dashEnd > 0 && (dashEnd == line.length() || line.charAt(dashEnd) == ' ')) {
                segments.add(line.substring(start, i).strip());
                start = dashEnd;
                i = dashEnd;
            }
        }
        segments.add(line.substring(start).strip());
        return segments;
    }

    /** The names cut at commas, ampersands, parentheses, slashes and "and"; "Jane Doe in Amman" is Jane Doe. */
    private static List<String> nameParts(String names) {
        List<String> parts = new ArrayList<>(2);
        int start = 0;
        int i = 0;
        while (i < names.length()) {
            int skip = ",&;()/".indexOf(names.charAt(i)) >= 0 ? 1 : names.startsWith(" and ", i) ? 5 : 0;
            if (skip > 0) {
                addPart(parts, names.substring(start, i));
                start = i + skip;
            }
            i += Math.max(skip, 1);
        }
        addPart(parts, names.substring(start));
        return parts;
    }

    private static void addPart(List<String> parts, String part) {
        int in = part.indexOf(" in ");
        String name = (in > 0 ? part.substring(0, in) : part).strip();
        if (!name.isEmpty()) {
            parts.add(name);
        }
    }

    private static boolean isDesk(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        for (String word : DESK_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** One to five words, each capitalised ("al-Khatib" too) or a name particle, no digits. */
    private static boolean isName(String part) {
        String[] words = part.split(" ");
        if (words.length > MAX_NAME_WORDS || !Character.isUpperCase(part.charAt(0))) {
            return false;
        }
        for (String word : words) {
            if ((!SpeakerNames.isCapitalised(word) && !SpeakerNames.isParticle(word)) || SpeakerNames.hasDigit(word)) {
                return false;
            }
        }
        return true;
    }
}
