package io.articles.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The publication dates a lookup covers, inclusive, as {@code date} or {@code from}/{@code to} give them, and the
 * index sort keys ({@code yyyy-MM-dd#id}) that bound them.
 */
record DateRange(LocalDate from, LocalDate to) {
    static final int MAX_DAYS = 366;
    /** Every sort key, undated articles ({@code 0000-00-00#id}) included. */
    static final String FIRST_SORT_KEY = "0000";
    static final String LAST_SORT_KEY = "9999~";

    /** The range the parameters ask for; empty when they name no dates. */
    static Optional<DateRange> of(Parameters parameters) {
        Optional<LocalDate> date = parameters.date("date");
        Optional<LocalDate> from = parameters.date("from");
        Optional<LocalDate> to = parameters.date("to");
        if (date.isPresent()) {
            if (from.isPresent() || to.isPresent()) {
                throw ApiError.badRequest("date: expected either date or from and to, not both");
            }
            return Optional.of(new DateRange(date.get(), date.get()));
        }
        if (from.isPresent() != to.isPresent()) {
            throw ApiError.badRequest((from.isPresent() ? "to" : "from") + ": expected both from and to");
        }
        return from.map(start -> checked(start, to.get()));
    }

    String fromSort() {
        return from + "#";
    }

    /** '~' sorts after every id character, so the last day's articles are all inside. */
    String toSort() {
        return to + "#~";
    }

    private static DateRange checked(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ApiError.badRequest("from: expected a date on or before to (" + to + "), got " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ApiError.badRequest("to: expected at most " + MAX_DAYS + " days from 'from', got "
                    + (ChronoUnit.DAYS.between(from, to) + 1));
        }
        return new DateRange(from, to);
    }
}
