package io.articles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParametersTest {
    private static final Set<String> ACCEPTED = Set.of("date", "from", "to", "limit", "q");

    @Test
    void refusesNamesTheRouteDoesNotTake() {
        assertEquals("unknown parameter 'x': expected date, from, limit, q, to", message(() -> of(Map.of("x", "1"))));
        assertEquals("unknown parameter 'x': expected none",
                message(() -> Parameters.of(Map.of("x", "1"), Set.of())));
    }

    @Test
    void readsPlainDatesOnly() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), of(Map.of("date", "2024-02-29")).date("date"));
        assertEquals(Optional.empty(), of(Map.of()).date("date"));
        assertEquals("date: expected a date that exists, got '2023-02-29'",
                message(() -> of(Map.of("date", "2023-02-29")).date("date")));
        for (String bad : new String[] {"+12024-01-01", "2024-1-01", "2024/01/01", "２０２４-01-01", "", " 2024-01-01"}) {
            assertTrue(message(() -> of(Map.of("date", bad)).date("date")).startsWith("date: expected a date as"),
                    bad);
        }
    }

    @Test
    void limitIsOneToAHundredTwentyByDefault() {
        assertEquals(20, of(Map.of()).limit());
        assertEquals(1, of(Map.of("limit", "1")).limit());
        assertEquals(100, of(Map.of("limit", "100")).limit());
        for (String bad : new String[] {"0", "101", "-1", "+5", "1.0", "", "0100", "ten", "９"}) {
            assertTrue(message(() -> of(Map.of("limit", bad)).limit()).startsWith("limit: expected a whole number"),
                    bad);
        }
    }

    @Test
    void textIsOneToTwoHundredCharactersCountingEmojiOnce() {
        assertEquals(Optional.of("🌊".repeat(200)), of(Map.of("q", "🌊".repeat(200))).text("q"));
        assertEquals("q: expected 1 to 200 characters, got 201",
                message(() -> of(Map.of("q", "x".repeat(201))).text("q")));
        assertEquals("q: expected 1 to 200 characters, got 0", message(() -> of(Map.of("q", "")).text("q")));
        assertEquals(Optional.of(" "), of(Map.of("q", " ")).text("q"), "one character: the route says what it lacks");
    }

    @Test
    void aValueThatWasNotUtf8IsNamedSo() {
        assertEquals("q: expected percent-encoded UTF-8, got bytes that are not UTF-8",
                message(() -> of(Map.of("q", "caf\uFFFD"))));
    }

    @Test
    void quotesClientTextClippedWhole() {
        assertEquals("'" + "🌊".repeat(40) + "...'", Parameters.quote("🌊".repeat(41)));
    }

    @Test
    void dateRangesAreADayOrFromToOfAtMost366Days() {
        assertEquals(Optional.of(new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1))),
                DateRange.of(of(Map.of("date", "2022-01-01"))));
        assertEquals(Optional.empty(), DateRange.of(of(Map.of())));
        assertEquals("2022-01-01#", new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 2)).fromSort());
        assertEquals("2022-01-02#~", new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 2)).toSort());
        assertEquals("to: expected at most 366 days from 'from', got 367",
                message(() -> DateRange.of(of(Map.of("from", "2022-01-01", "to", "2023-01-02")))));
        assertEquals("from: expected a date on or before to (2022-01-01), got 2022-01-02",
                message(() -> DateRange.of(of(Map.of("from", "2022-01-02", "to", "2022-01-01")))));
        assertEquals("to: expected both from and to", message(() -> DateRange.of(of(Map.of("from", "2022-01-02")))));
        assertEquals("date: expected either date or from and to, not both",
                message(() -> DateRange.of(of(Map.of("date", "2022-01-02", "to", "2022-01-03")))));
    }

    private static Parameters of(Map<String, String> query) {
        return Parameters.of(query, ACCEPTED);
    }

    private static String message(org.junit.jupiter.api.function.Executable call) {
        ApiError error = assertThrows(ApiError.class, call);
        assertEquals(400, error.status());
        return error.getMessage();
    }
}
