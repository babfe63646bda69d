package io.articles.article;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The dateline that opens wire copy, split from the paragraph it opens, or a dateline line of its own.
 *
 * @param place    "WASHINGTON", "AMMAN, Jordan", "Portland, Ore.", or null when only an agency opens the text
 *                 ("(CNN) --")
 * @param agency   the agency in parentheses after it ("LONDON (Reuters) -"), or null
 * @param rest     the paragraph after the dateline ("" for a dateline line of its own)
 * @param date     the full date it gives ("VIENNA 1996-12-06"), or null
 * @param monthDay the month and day it gives without a year ("SAO PAULO, March 4 (Reuters) -"), or null
 */
record Dateline(String place, String agency, String rest, LocalDate date, MonthDay monthDay) {
    Dateline(String place, String agency, String rest) {
        this(place, agency, rest, null, null);
    }
}
