package io.articles.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A request's query parameters, checked against the names its route accepts; every getter validates. */
final class Parameters {
    static final String LIMIT = "limit";
    static final String NEXT_TOKEN = "nextToken";
    static final int MAX_TEXT = 200;
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    private static final int MAX_QUOTED = 40;
    /** What a decoder puts where the bytes were not UTF-8 (API Gateway and the local server alike). */
    private static final char NOT_UTF8 = '\uFFFD';

    private final Map<String, String> values;

    private Parameters(Map<String, String> values) {
        this.values = values;
    }

    /** The parameters, if every name is one of {@code accepted} (the paging names are added for lists). */
    static Parameters of(Map<String, String> query, Set<String> accepted) {
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            String name = parameter.getKey();
            if (!accepted.contains(name)) {
                throw ApiError.badRequest("unknown parameter " + quote(name) + ": expected "
                        + (accepted.isEmpty() ? "none" : String.join(", ", new TreeSet<>(accepted))));
            }
            if (parameter.getValue().indexOf(NOT_UTF8) >= 0) {
                throw ApiError.badRequest(name + ": expected percent-encoded UTF-8, got bytes that are not UTF-8");
            }
        }
        return new Parameters(query);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** Free text, 1 to 200 characters (whether they hold a letter is the route's to say). */
    Optional<String> text(String name) {
        String value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        int length = value.codePointCount(0, value.length());
        if (length == 0 || length > MAX_TEXT) {
            throw ApiError.badRequest(name + ": expected 1 to " + MAX_TEXT + " characters, got " + length);
        }
        return Optional.of(value);
    }

    /** A calendar date as YYYY-MM-DD. */
    Optional<LocalDate> date(String name) {
        String value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!isDateShaped(value)) {
            throw ApiError.badRequest(name + ": expected a date as YYYY-MM-DD, got " + quote(value));
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + ": expected a date that exists, got " + quote(value));
        }
    }

    /** The page size: 1 to 100, 20 when absent. */
    int limit() {
        String value = values.get(LIMIT);
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (value.isEmpty() || value.length() > 3 || !value.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_LIMIT) {
            throw ApiError.badRequest(LIMIT + ": expected a whole number from 1 to " + MAX_LIMIT + ", got "
                    + quote(value));
        }
        return Integer.parseInt(value);
    }

    Optional<String> nextToken() {
        return Optional.ofNullable(values.get(NEXT_TOKEN));
    }

    /** Client text in a message: quoted, clipped, so an error never grows with the request. */
    static String quote(String text) {
        String clipped = text.codePointCount(0, text.length()) <= MAX_QUOTED ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_QUOTED)) + "...";
        return "'" + clipped + "'";
    }

    /** Only the plain form: LocalDate.parse alone would also take signed years of five or more digits. */
    private static boolean isDateShaped(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }
}
