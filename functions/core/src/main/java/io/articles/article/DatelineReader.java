package io.articles.article;

import io.articles.people.Gazetteer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * Reads the dateline that opens a paragraph: a place ("WASHINGTON", "ST. PETERSBURG", "Hong Kong"), then after
 * commas a region (", Jordan", ", Ore.") or a date without a year (", March 4", ", 26 Feb"), an agency ("(AP)"),
 * and a dash of any kind or a colon: "AMMAN, Jordan (AP) -- The ...", "SAO PAULO, March 4 (Reuters) - ...",
 * "KOCHI: The ...", "(CNN) -- ...". A place in capitals before a dash is taken as it is; a place in mixed case, or
 * before a colon, must be a known place (the people extractor's gazetteer) or carry an agency or a date. Also reads
 * datelines on a line of their own: "VIENNA 1996-12-06", "Duluth, Minn.".
 */
final class DatelineReader {
    private static final int MAX_PLACE_LENGTH = 40;
    private static final int MAX_REGION_LENGTH = 40;
    private static final int MAX_AGENCY_LENGTH = 40;
    private static final int MAX_MIXED_PLACE_WORDS = 4;
    private static final int MAX_REGION_WORDS = 4;
    private static final int MAX_LINE_LENGTH = 80;

    private final String paragraph;
    private int at;
    private boolean capitals;
    private String region = "";
    private LocalDate date;
    private MonthDay monthDay;
    private String agency;

    private DatelineReader(String paragraph) {
        this.paragraph = paragraph;
    }

    static Optional<Dateline> read(String paragraph) {
        return new DatelineReader(paragraph).dateline();
    }

    /**
     * A dateline line of its own that gives the date: a place, a region perhaps, then the date and nothing else
     * ("VIENNA 1996-12-06", "VAL D'ISERE, France 1996-12-14").
     */
    static Optional<Dateline> readDatedLine(String line) {
        if (line.length() > MAX_LINE_LENGTH) {
            return Optional.empty();
        }
        DatelineReader reader = new DatelineReader(line);
        int placeEnd = reader.placeEnd();
        if (placeEnd < 0 || placeEnd >= line.length()) {
            return Optional.empty();
        }
        reader.at = placeEnd;
        reader.parts();
        String rest = line.substring(reader.at).strip();
        Optional<LocalDate> found = DateReader.find(rest);
        if (found.isEmpty() || !isOnlyDate(rest) || (!reader.capitals && !reader.isKnownPlace(placeEnd))) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(line.substring(0, placeEnd) + reader.region, null, "", found.get(), null));
    }

    /** A place line of its own, "Duluth, Minn." or "NAIROBI, Kenya": a place and a region, nothing else. */
    static Optional<String> readPlaceLine(String line) {
        if (line.length() > MAX_LINE_LENGTH) {
            return Optional.empty();
        }
        DatelineReader reader = new DatelineReader(line);
        int placeEnd = reader.placeEnd();
        if (placeEnd < 0) {
            return Optional.empty();
        }
        reader.at = placeEnd;
        reader.parts();
        boolean whole = reader.at >= line.length() && reader.date == null && reader.monthDay == null
                && Agencies.inByline(reader.region.substring(Math.min(2, reader.region.length()))).isEmpty();
        boolean known = reader.capitals || !reader.region.isEmpty() || reader.isKnownPlace(placeEnd);
        return whole && known ? Optional.of(line.substring(0, placeEnd) + reader.region) : Optional.empty();
    }

    private Optional<Dateline> dateline() {
        if (!paragraph.isEmpty() && paragraph.charAt(0) == '(') {
            return agencyOnly();
        }
        int placeEnd = placeEnd();
        if (placeEnd < 0) {
            return Optional.empty();
        }
        at = placeEnd;
        parts();
        String place = paragraph.substring(0, placeEnd) + region;
        skipSpaces();
        agency = agency();
        boolean colon = agency == null && at < paragraph.length() && paragraph.charAt(at) == ':'
                && at > 0 && paragraph.charAt(at - 1) != ' ';
        if (colon) {
            at++;
        } else {
            if (!skipDash()) {
                return Optional.empty();
            }
        }
        skipSpaces();
        if (at >= paragraph.length() || !confirmed(placeEnd, colon)) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(place, agency, paragraph.substring(at), date, monthDay));
    }

    /** Past the spaces and the dash that end a dateline, if one is there. */
    private boolean skipDash() {
        skipSpaces();
        int dashEnd = Dashes.end(paragraph, at);
        if (dashEnd < 0 || !isDatelineDash(paragraph.charAt(at), dashEnd)) {
            return false;
        }
        at = dashEnd;
        return true;
    }

    /** "(CNN) -- A giant planet ...": an agency and a dash, no place. */
    private Optional<Dateline> agencyOnly() {
        at = 0;
        agency = agency();
        if (agency == null) {
            return Optional.empty();
        }
        if (!skipDash()) {
            return Optional.empty();
        }
        skipSpaces();
        return at < paragraph.length() && startsASentence(paragraph.charAt(at))
                ? Optional.of(new Dateline(null, agency, paragraph.substring(at))) : Optional.empty();
    }

    /**
     * Whether what was read is a dateline and not a sentence's opening words: a place in capitals before a dash is;
     * a colon needs a known place or a word no dictionary has ("KOCHI:", not "NOTE:"); a place in mixed case needs a
     * known place, an agency or a date, and the text after it must open a sentence.
     */
    private boolean confirmed(int placeEnd, boolean colon) {
        boolean evidence = agency != null || date != null || monthDay != null;
        if (capitals && !colon) {
            return true;
        }
        if (!startsASentence(paragraph.charAt(at))) {
            return false;
        }
        if (capitals) {
            return evidence || isKnownPlace(placeEnd) || !hasCommonWord(placeEnd);
        }
        return evidence || isKnownPlace(placeEnd);
    }

    private boolean isKnownPlace(int placeEnd) {
        return Gazetteer.isPlace(paragraph.substring(0, placeEnd));
    }

    private boolean hasCommonWord(int placeEnd) {
        for (String word : paragraph.substring(0, placeEnd).split(" ")) {
            if (Gazetteer.isCommonWord(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsASentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'«".indexOf(c) >= 0;
    }

    /** Em and en dashes may touch the text; a hyphen must be followed by a space, or "COVID-19" would be a place. */
    private boolean isDatelineDash(char dash, int dashEnd) {
        boolean spaced = dashEnd < paragraph.length() && paragraph.charAt(dashEnd) == ' ';
        return dash == '—' || dash == '–' || (dash == '-' && spaced);
    }

    /** The end of the place: a run of words in capitals, or else of capitalised words; -1 when there is neither. */
    private int placeEnd() {
        int end = capitalsEnd();
        if (end > 0) {
            capitals = true;
            return end;
        }
        return mixedCaseEnd();
    }

    /** The end of the run of words in capitals that opens the paragraph, or -1. */
    private int capitalsEnd() {
        int end = -1;
        int i = 0;
        while (i < paragraph.length() && i <= MAX_PLACE_LENGTH) {
            int wordEnd = capitalWordEnd(i);
            if (wordEnd < 0) {
                break;
            }
            end = wordEnd;
            if (wordEnd + 1 >= paragraph.length() || paragraph.charAt(wordEnd) != ' ') {
                break;
            }
            i = wordEnd + 1;
        }
        return end > MAX_PLACE_LENGTH ? -1 : end;
    }

    /** The end of a word of two or more capitals (dots, apostrophes and inner hyphens allowed), or -1. */
    private int capitalWordEnd(int start) {
        int i = start;
        int capitalCount = 0;
        while (i < paragraph.length()) {
            char c = paragraph.charAt(i);
            boolean innerHyphen = c == '-' && i + 1 < paragraph.length()
                    && Character.isUpperCase(paragraph.charAt(i + 1));
            if (Character.isUpperCase(c)) {
                capitalCount++;
            } else if (c != '.' && c != '\'' && c != '’' && !innerHyphen) {
                break;
            }
            i++;
        }
        boolean wordEnds = i == paragraph.length() || !Character.isLetterOrDigit(paragraph.charAt(i));
        return capitalCount >= 2 && wordEnds ? i : -1;
    }

    /** The end of one to four capitalised words ("Hong Kong", "Portland"), or -1. */
    private int mixedCaseEnd() {
        int end = -1;
        int i = 0;
        int words = 0;
        while (i < paragraph.length() && words < MAX_MIXED_PLACE_WORDS && Character.isUpperCase(paragraph.charAt(i))) {
            int wordEnd = i + 1;
            while (wordEnd < paragraph.length() && isPlaceChar(paragraph.charAt(wordEnd))) {
                wordEnd++;
            }
            end = wordEnd;
            words++;
            if (wordEnd + 1 >= paragraph.length() || paragraph.charAt(wordEnd) != ' ') {
                break;
            }
            i = wordEnd + 1;
        }
        return end > MAX_PLACE_LENGTH ? -1 : end;
    }

    private static boolean isPlaceChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-';
    }

    /** The parts after commas: a date without a year (", March 4", then perhaps ", 2022") or a region (", Jordan"). */
    private void parts() {
        while (at + 2 < paragraph.length() && paragraph.charAt(at) == ',' && paragraph.charAt(at + 1) == ' ') {
            int start = at + 2;
            if (monthDay == null && date == null && datePart(start)) {
                continue;
            }
            if (!region.isEmpty() || monthDay != null || !regionPart(start)) {
                return;
            }
        }
    }

    /** ", March 4", ", Feb. 26", ", 26 Feb", perhaps followed by ", 2022". */
    private boolean datePart(int start) {
        Optional<MonthDay> found = DateReader.monthDay(paragraph.substring(start, Math.min(paragraph.length(),
                start + MAX_REGION_LENGTH)));
        if (found.isEmpty()) {
            return false;
        }
        int end = start;
        int tokens = 0;
        while (end < paragraph.length() && tokens < 2) {
            while (end < paragraph.length() && (Character.isLetterOrDigit(paragraph.charAt(end))
                    || paragraph.charAt(end) == '.')) {
                end++;
            }
            tokens++;
            if (tokens < 2 && end < paragraph.length() && paragraph.charAt(end) == ' ') {
                end++;
            }
        }
        at = end;
        monthDay = found.get();
        if (at + 6 <= paragraph.length() && paragraph.startsWith(", ", at) && isYear(at + 2)) {
            date = monthDay.atYear(Integer.parseInt(paragraph, at + 2, at + 6, 10));
            monthDay = null;
            at += 6;
        }
        return true;
    }

    private boolean isYear(int from) {
        for (int i = from; i < from + 4; i++) {
            if (!Character.isDigit(paragraph.charAt(i))) {
                return false;
            }
        }
        return from + 4 == paragraph.length() || !Character.isLetterOrDigit(paragraph.charAt(from + 4));
    }

    /** ", Jordan", ", D.C.", ", Ore." after the place. */
    private boolean regionPart(int start) {
        if (!Character.isUpperCase(paragraph.charAt(start))) {
            return false;
        }
        int end = start;
        int words = 1;
        while (end < paragraph.length() && end - start <= MAX_REGION_LENGTH && isRegionChar(paragraph.charAt(end))) {
            if (paragraph.charAt(end) == ' ') {
                boolean nextCapitalised = end + 1 < paragraph.length() && Character.isUpperCase(paragraph.charAt(end + 1));
                if (!nextCapitalised || ++words > MAX_REGION_WORDS) {
                    break;
                }
            }
            end++;
        }
        String found = paragraph.substring(at, end).stripTrailing();
        if (found.length() <= 2) {
            return false;
        }
        region = found;
        at += found.length();
        return true;
    }

    private static boolean isRegionChar(char c) {
        return Character.isLetter(c) || c == ' ' || c == '.' || c == '\'' || c == '-';
    }

    /** The agency in "(AP)" at the cursor: a known agency, or one to three capitalised words; null when none. */
    private String agency() {
        if (at >= paragraph.length() || paragraph.charAt(at) != '(') {
            return null;
        }
        int close = paragraph.indexOf(')', at);
        if (close < 0 || close - at > MAX_AGENCY_LENGTH) {
            return null;
        }
        String inside = paragraph.substring(at + 1, close);
        Optional<String> known = Agencies.named(inside);
        if (known.isEmpty() && !Agencies.isAgencyShaped(inside)) {
            return null;
        }
        at = close + 1;
        return known.orElse(inside);
    }

    /** A date line's text holds only the date: no word but month and weekday names. */
    private static boolean isOnlyDate(String text) {
        int words = 0;
        for (String word : text.split(" ")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                words++;
            }
        }
        return words <= 2;
    }

    private void skipSpaces() {
        while (at < paragraph.length() && paragraph.charAt(at) == ' ') {
            at++;
        }
    }
}
