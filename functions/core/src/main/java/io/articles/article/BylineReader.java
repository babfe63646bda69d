package io.articles.article;

import io.articles.people.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a byline line: "By AFP - Jan 31,2022 - Last updated at Jan 31,2022", "By Jane Doe and John Roe, Reuters".
 * The parts between dashes are the names (kept as the byline text) and the dates; the names are split into the
 * people (authors) and the agency, dropping desk words ("Jordan Times Staff"). Also reads bylines without "By": a
 * bare name on its own line ("Maria Novak"), "NAME, Agency" and "NAME | Agency", and the credits that close wire
 * copy: "(Reporting by A and B; Editing by C)", "-- Staff writer", "-- NAME, Staff Writer".
 */
final class BylineReader {
    private static final int MAX_LENGTH = 300;
    private static final int MAX_NAME_WORDS = 5;
    private static final List<String> DESK_WORDS = List.of("staff", "writer", "reporter", "correspondent", "desk",
            "editor", "bureau", "team", "agencies", "jordan times", "newsroom", "contributor");
    private static final int MAX_BARE_LENGTH = 120;
    private static final int MAX_CREDIT_LENGTH = 300;
    private static final int MIN_BARE_NAME_WORDS = 2;
    private static final int MAX_BARE_NAME_WORDS = 5;
    /** The credits of a closing "(Reporting by ...; Editing by ...)" that name the article's authors. */
    private static final List<String> AUTHOR_CREDITS = List.of("reporting by ", "reported by ", "writing by ",
            "written by ", "by ");

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

    /**
     * A byline without "By" on a line of its own: names ("Maria Novak", "Ana Lima and Rui Costa"), perhaps followed
     * by ", Agency" or " | Agency". Each name is two to five capitalised words or particles, not a known place, and
     * either opens with a given name or has no everyday word in it ("City Hall Defends Water" is a headline).
     */
    static Optional<Byline> readBare(String line) {
        if (line.length() > MAX_BARE_LENGTH || SpeakerNames.hasDigit(line) || ".?!:;".indexOf(last(line)) >= 0) {
            return Optional.empty();
        }
        String names = line;
        String agency = null;
        int pipe = line.lastIndexOf(" | ");
        int comma = line.lastIndexOf(", ");
        if (pipe > 0) {
            names = line.substring(0, pipe);
            String after = line.substring(pipe + 3).strip();
            agency = isDesk(after) ? null : Agencies.inByline(after).orElse(Agencies.isAgencyShaped(after)
                    || isAgencyWords(after) ? after : null);
            if (agency == null && !isDesk(after)) {
                return Optional.empty();
            }
        } else if (comma > 0) {
            Optional<String> named = Agencies.inByline(line.substring(comma + 2));
            if (named.isPresent()) {
                names = line.substring(0, comma);
                agency = named.get();
            }
        }
        // "Maria Novak, Staff Reporter", "Maria Novak, Lisbon": the desk and the place are no authors.
        List<String> people = new ArrayList<>(2);
        for (String part : nameParts(names)) {
            if (isDesk(part) || (!people.isEmpty() && Gazetteer.isPlace(part))) {
                continue;
            }
            if (!isBareName(part)) {
                return Optional.empty();
            }
            people.add(part);
        }
        return people.isEmpty() ? Optional.empty() : Optional.of(new Byline(line, people, agency, null, null));
    }

    /** A credit that closes the copy: "(Reporting by A and B; Editing by C)", "-- Staff writer". */
    static Optional<Byline> readCredit(String line) {
        if (line.length() > MAX_CREDIT_LENGTH || line.length() < 4) {
            return Optional.empty();
        }
        if (line.charAt(0) == '(' && last(line) == ')' && line.indexOf(')') == line.length() - 1) {
            return reportingCredit(line);
        }
        boolean signature = line.startsWith("--") || line.charAt(0) == '—' || line.charAt(0) == '–';
        if (!signature || SpeakerNames.hasDigit(line)) {
            return Optional.empty();
        }
        int dashEnd = Dashes.end(line, 0);
        String credit = line.substring(dashEnd).strip();
        if (credit.isEmpty() || !Character.isUpperCase(credit.charAt(0))) {
            return Optional.empty();
        }
        BylineReader reader = new BylineReader();
        reader.readNames(credit);
        boolean desk = isDesk(credit);
        if (reader.authors.isEmpty() && reader.agency == null && !desk) {
            return Optional.empty();
        }
        return Optional.of(new Byline(credit, reader.authors, reader.agency, null, null));
    }

    /** A contact line that closes wire copy: "-- Vienna Newsroom, +43 1 53112 274". */
    static boolean isContactLine(String line) {
        return line.length() <= MAX_CREDIT_LENGTH && line.startsWith("--") && SpeakerNames.hasDigit(line);
    }

    private static Optional<Byline> reportingCredit(String line) {
        String inside = line.substring(1, line.length() - 1);
        BylineReader reader = new BylineReader();
        boolean credit = false;
        for (String part : inside.split(";")) {
            String lower = part.strip().toLowerCase(Locale.ROOT);
            if (lower.endsWith(" by") || !lower.contains("by ")) {
                continue;
            }
            credit = true;
            for (String prefix : AUTHOR_CREDITS) {
                if (lower.startsWith(prefix)) {
                    reader.readNames(part.strip().substring(prefix.length()));
                    break;
                }
            }
        }
        return credit && (!reader.authors.isEmpty() || reader.agency != null)
                ? Optional.of(new Byline(line, reader.authors, reader.agency, null, null)) : Optional.empty();
    }

    private static boolean isBareName(String name) {
        String[] words = name.split(" ");
        if (words.length < MIN_BARE_NAME_WORDS || words.length > MAX_BARE_NAME_WORDS) {
            return false;
        }
        if (isInCapitals(name)) {
            // "MARIA NOVAK": names in capitals only when they open with a given name.
            return !SpeakerNames.hasDigit(name) && Gazetteer.isGivenName(words[0]) && !Gazetteer.isPlace(name);
        }
        if (!isBareNameWord(words[0]) || !isBareNameWord(words[words.length - 1])) {
            return false;
        }
        for (String word : words) {
            if (!isBareNameWord(word) && !SpeakerNames.isParticle(word)) {
                return false;
            }
        }
        if (Gazetteer.isPlace(name)) {
            return false;
        }
        if (Gazetteer.isGivenName(words[0])) {
            return true;
        }
        for (String word : words) {
            if (Character.isUpperCase(word.charAt(0)) && Gazetteer.isCommonWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised and then in lower case ("Novak", "Njoroge-Kariuki", "O'Brien"), not in capitals. */
    private static boolean isBareNameWord(String word) {
        if (!SpeakerNames.isNameWord(word)) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return word.length() == 1 || (word.length() == 2 && word.charAt(1) == '.');
    }

    private static boolean isInCapitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static boolean isAgencyWords(String text) {
        return text.length() <= 60 && !text.isEmpty() && Character.isUpperCase(text.charAt(0))
                && !SpeakerNames.hasDigit(text);
    }

    private static char last(String line) {
        return line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
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
            Optional<String> named = Agencies.inByline(part);
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
