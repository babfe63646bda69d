package io.articles.article;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the calendar date in a piece of text written the ways bylines write them: "Jan 31,2022", "January 31, 2022",
 * "31 January 2022", "2022-01-31", "31/01/2022" (day first), with or without weekdays and times. The first
 * date-shaped sequence decides: if it names no real day ("Feb 30, 2022") the text has no date.
 */
final class DateReader {
    private static final int MONTH = 1;
    private static final int NUMBER = 2;
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};

    private final String text;
    /** The last three date parts seen in a row: month names and numbers, with their digit counts. */
    private final int[] kinds = new int[3];
    private final int[] values = new int[3];
    private final int[] digits = new int[3];
    private Optional<LocalDate> result;

    private DateReader(String text) {
        this.text = text;
    }

    static Optional<LocalDate> find(String text) {
        return new DateReader(text).scan();
    }

    /**
     * The month and day that open {@code text} with no year after them, as wire datelines write them: "March 4",
     * "Mar 4", "Feb. 26", "26 Feb", "Dec 30". Empty when the text opens otherwise or names no real day.
     */
    static Optional<MonthDay> monthDay(String text) {
        DateReader reader = new DateReader(text);
        int at = 0;
        int end = reader.wordEnd(at);
        int month = reader.month(at, end);
        int day;
        if (month > 0) {
            at = reader.skipDotAndSpaces(end);
            int dayEnd = reader.digitsEnd(at);
            if (dayEnd == at || dayEnd - at > 2) {
                return Optional.empty();
            }
            day = reader.value(at, dayEnd);
            at = reader.ordinalSuffixEnd(dayEnd);
        } else {
            int dayEnd = reader.digitsEnd(at);
            if (dayEnd == at || dayEnd - at > 2) {
                return Optional.empty();
            }
            day = reader.value(at, dayEnd);
            at = reader.skipDotAndSpaces(reader.ordinalSuffixEnd(dayEnd));
            end = reader.wordEnd(at);
            month = reader.month(at, end);
            if (month == 0 || end == at) {
                return Optional.empty();
            }
            at = end;
        }
        if (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
            return Optional.empty();
        }
        return day >= 1 && day <= java.time.Month.of(month).maxLength()
                ? Optional.of(MonthDay.of(month, day)) : Optional.empty();
    }

    /** The date of a month and day in the year of {@code upload}, or the year before when it falls after the upload. */
    static LocalDate inUploadYear(MonthDay monthDay, LocalDate upload) {
        return monthDay.atYear(monthDay.isAfter(MonthDay.from(upload)) ? upload.getYear() - 1 : upload.getYear());
    }

    private int wordEnd(int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private int skipDotAndSpaces(int from) {
        int at = from < text.length() && text.charAt(from) == '.' ? from + 1 : from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private Optional<LocalDate> scan() {
        int i = 0;
        while (i < text.length() && result == null) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i = number(i);
            } else if (Character.isLetter(c)) {
                i = word(i);
            } else {
                i++;
            }
        }
        return result == null ? Optional.empty() : result;
    }

    private int number(int start) {
        int end = digitsEnd(start);
        if (end < text.length() && text.charAt(end) == ':') {
            return timeEnd(end);
        }
        char separator = end + 1 < text.length() ? text.charAt(end) : ' ';
        if ((separator == '-' || separator == '/' || separator == '.') && isDigit(text.charAt(end + 1))) {
            return numericDate(start, end, separator);
        }
        push(NUMBER, value(start, end), end - start);
        return ordinalSuffixEnd(end);
    }

    /** "2022-01-31" (year first) or "31/01/2022", "31.01.2022" (day first). */
    private int numericDate(int start, int end, char separator) {
        int secondEnd = digitsEnd(end + 1);
        boolean third = secondEnd + 1 < text.length() && text.charAt(secondEnd) == separator
                && isDigit(text.charAt(secondEnd + 1));
        if (!third) {
            clear();
            return secondEnd;
        }
        int thirdEnd = digitsEnd(secondEnd + 1);
        int first = value(start, end);
        int second = value(end + 1, secondEnd);
        int last = value(secondEnd + 1, thirdEnd);
        if (end - start == 4 && thirdEnd - secondEnd - 1 <= 2) {
            decide(first, second, last);
        } else if (thirdEnd - secondEnd - 1 == 4 && end - start <= 2) {
            decide(last, second, first);
        } else {
            clear();
        }
        return thirdEnd;
    }

    private int word(int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        int month = month(start, end);
        if (month > 0) {
            push(MONTH, month, 0);
        } else if (!text.regionMatches(true, start, "of", 0, 2) || end - start != 2) {
            clear();
        }
        return end;
    }

    /** 1 to 12 for a month name or its three-letter abbreviation ("Sept" too), else 0. */
    private int month(int start, int end) {
        int length = end - start;
        if (length < 3 || length > 9) {
            return 0;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (int m = 0; m < MONTHS.length; m++) {
            String full = MONTHS[m];
            if (word.equals(full) || (length == 3 && full.startsWith(word)) || (m == 8 && word.equals("sept"))) {
                return m + 1;
            }
        }
        return 0;
    }

    private void push(int kind, int value, int digitCount) {
        for (int i = 0; i < 2; i++) {
            kinds[i] = kinds[i + 1];
            values[i] = values[i + 1];
            digits[i] = digits[i + 1];
        }
        kinds[2] = kind;
        values[2] = value;
        digits[2] = digitCount;
        if (isDay(1) && isYear(2) && kinds[0] == MONTH) {
            decide(values[2], values[0], values[1]);
        } else if (isDay(0) && kinds[1] == MONTH && isYear(2)) {
            decide(values[2], values[1], values[0]);
        }
    }

    private boolean isDay(int at) {
        return kinds[at] == NUMBER && digits[at] <= 2;
    }

    private boolean isYear(int at) {
        return kinds[at] == NUMBER && digits[at] == 4;
    }

    private void clear() {
        kinds[0] = 0;
        kinds[1] = 0;
        kinds[2] = 0;
    }

    private void decide(int year, int month, int day) {
        boolean real = month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
        result = real ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    private int digitsEnd(int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Past "10:30" or "10:30:00": times are noise around a date. */
    private int timeEnd(int from) {
        int end = from;
        while (end < text.length() && (isDigit(text.charAt(end)) || text.charAt(end) == ':')) {
            end++;
        }
        return end;
    }

    /** Past the "st" of "31st". */
    private int ordinalSuffixEnd(int end) {
        if (end + 1 < text.length() && Character.isLetter(text.charAt(end)) && Character.isLetter(text.charAt(end + 1))
                && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)))) {
            return end + 2;
        }
        return end;
    }

    /** The number's value; long runs of digits are capped, which no date part reaches. */
    private int value(int start, int end) {
        return end - start > 4 ? Integer.MAX_VALUE : Integer.parseInt(text, start, end, 10);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
