package io.articles.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateReaderTest {
    private static final Optional<LocalDate> JAN_31 = Optional.of(LocalDate.of(2022, 1, 31));

    @ParameterizedTest
    @ValueSource(strings = {"Jan 31,2022", "Jan 31, 2022", "January 31, 2022", "31 January 2022", "2022-01-31",
            "31/01/2022", "31.01.2022", "Last updated at Jan 31,2022", "Monday, January 31, 2022 10:45 AM",
            "Mon 31 Jan 2022 14:05 GMT", "2022-01-31T09:30:00+02:00", "31/01/2022 09:30", "Jan. 31, 2022",
            "31st of January 2022", "JANUARY 31, 2022", "Published: 31 Jan 2022"})
    void readsTheCommonForms(String text) {
        assertEquals(JAN_31, DateReader.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Feb 30, 2022", "31/02/2022", "2022-13-01", "31 April 2022", "Feb 29, 2023",
            "00/01/2022"})
    void refusesDatesThatDoNotExist(String text) {
        assertEquals(Optional.empty(), DateReader.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"By AFP", "", "10:30", "the 15-member council", "May we go", "Jan 2022", "31 2022",
            "2022/01", "99999999999999999999-01-01"})
    void findsNoDateWhereThereIsNone(String text) {
        assertEquals(Optional.empty(), DateReader.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Feb 29, 2024", "29 February 2024", "2024-02-29"})
    void acceptsLeapDays(String text) {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DateReader.find(text));
    }
}
