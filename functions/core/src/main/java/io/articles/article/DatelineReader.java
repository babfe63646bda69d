package io.articles.article;

import java.util.Optional;

/**
 * Reads the dateline that opens a paragraph: a place in capitals ("WASHINGTON", "ST. PETERSBURG"), optionally a
 * region (", Jordan") and an agency ("(AP)"), then a dash of any kind: "AMMAN, Jordan (AP) -- The ...".
 */
final class DatelineReader {
    private static final int MAX_PLACE_LENGTH = 40;
    private static final int MAX_REGION_LENGTH = 40;
    private static final int MAX_AGENCY_LENGTH = 40;

    private final String paragraph;
    private int at;

    private DatelineReader(String paragraph) {
        this.paragraph = paragraph;
    }

    static Optional<Dateline> read(String paragraph) {
        return new DatelineReader(paragraph).dateline();
    }

    private Optional<Dateline> dateline() {
        int placeEnd = capitalsEnd();
        if (placeEnd < 0) {
            return Optional.empty();
        }
        at = placeEnd;
        String place = paragraph.substring(0, placeEnd) + region();
        String agency = agency();
        skipSpaces();
        int dashEnd = Dashes.end(paragraph, at);
        if (dashEnd < 0 || !isDatelineDash(paragraph.charAt(at), dashEnd)) {
            return Optional.empty();
        }
        at = dashEnd;
        skipSpaces();
        if (at >= paragraph.length()) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(place, agency, paragraph.substring(at)));
    }

    /** Em and en dashes may touch the text; a hyphen must be followed by a space, or "COVID-19" would be a place. */
    private boolean isDatelineDash(char dash, int dashEnd) {
        boolean spaced = dashEnd < paragraph.length() && paragraph.charAt(dashEnd) == ' ';
        return dash == '—' || dash == '–' || (dash == '-' && spaced);
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
        int capitals = 0;
        while (i < paragraph.length()) {
            char c = paragraph.charAt(i);
            boolean innerHyphen = c == '-' && i + 1 < paragraph.length()
                    && Character.isUpperCase(paragraph.charAt(i + 1));
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (c != '.' && c != '\'' && c != '’' && !innerHyphen) {
                break;
            }
            i++;
        }
        boolean wordEnds = i == paragraph.length() || !Character.isLetterOrDigit(paragraph.charAt(i));
        return capitals >= 2 && wordEnds ? i : -1;
    }

    /** ", Jordan" after the place, or "". */
    private String region() {
        if (at + 2 >= paragraph.length() || paragraph.charAt(at) != ',' || paragraph.charAt(at + 1) != ' '
                || !Character.isUpperCase(paragraph.charAt(at + 2))) {
            return "";
        }
        int end = at + 2;
        while (end < paragraph.length() && end - at <= MAX_REGION_LENGTH && isRegionChar(paragraph.charAt(end))) {
            end++;
        }
        String region = paragraph.substring(at, end).stripTrailing();
        at += region.length();
        return region;
    }

    private static boolean isRegionChar(char c) {
        return Character.isLetter(c) || c == ' ' || c == '.';
    }

    /** The agency in "(AP)" after the place, or null. */
    private String agency() {
        skipSpaces();
        if (at >= paragraph.length() || paragraph.charAt(at) != '(') {
            return null;
        }
        int close = paragraph.indexOf(')', at);
        if (close < 0 || close - at > MAX_AGENCY_LENGTH) {
            return null;
        }
        String inside = paragraph.substring(at + 1, close);
        at = close + 1;
        return Agencies.named(inside).orElse(null);
    }

    private void skipSpaces() {
        while (at < paragraph.length() && paragraph.charAt(at) == ' ') {
            at++;
        }
    }
}
