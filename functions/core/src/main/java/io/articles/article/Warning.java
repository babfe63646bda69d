package io.articles.article;

import java.util.Objects;

/**
 * Something the parser had to guess or could not find, for the editor to check: a code a program can act on and a
 * message a person can read ("date-year-from-upload", "the date gives no year; 2022 is the upload's").
 *
 * @param code    one of the constants of this class: lower case words joined by dashes
 * @param message what was guessed or missed, in a sentence
 */
public record Warning(String code, String message) {
    /** No line was read as the headline. */
    public static final String NO_HEADLINE = "no-headline";
    /** The first line was taken as the headline on its shape alone: no byline, date or dateline confirmed it. */
    public static final String HEADLINE_FROM_FIRST_LINE = "headline-from-first-line";
    /** No publication date was found. */
    public static final String NO_DATE = "no-date";
    /** The date gave a month and day only; the year is the upload's (or the year before). */
    public static final String DATE_YEAR_FROM_UPLOAD = "date-year-from-upload";
    /** The date gave a month and day only and the upload time is not known, so the article has no date. */
    public static final String DATE_WITHOUT_YEAR = "date-without-year";
    /** A byline was found but named no author and no agency. */
    public static final String BYLINE_NOT_UNDERSTOOD = "byline-not-understood";
    /** The body is shorter than {@link #SHORT_BODY_WORDS} words. */
    public static final String SHORT_BODY = "short-body";
    /** Bodies with fewer words than this are reported as short. */
    public static final int SHORT_BODY_WORDS = 50;

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
