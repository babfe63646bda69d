package io.articles.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.articles.store.Cursor;
import io.articles.store.Lookup;
import io.articles.store.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LookupQueryTest {
    private static final List<Lookup> LOOKUPS = List.of(
            new Lookup(List.of("H#ukraine talks"), "2022-01-01#", "2022-01-31#~", List.of(), null),
            new Lookup(List.of("W#ukraine"), "2022-01-01#", "2022-01-31#~", List.of("talks"), "ukraine talks"));
    private final List<Lookup> read = new ArrayList<>();
    private final List<Cursor> cursors = new ArrayList<>();

    @Test
    void readsOnePartitionPerPageThenMovesToTheNext() {
        LookupQuery<String> query = query(new Page<>(List.of("a"), new Cursor(0, key("W#ukraine", "2022-01-09#x"))));
        Page<String> first = query.read(5, Cursor.START);
        assertEquals(new Cursor(1, Map.of()), first.next(), "the H# partition ended");
        assertEquals(List.of(LOOKUPS.get(0)), read);

        Page<String> second = query.read(5, first.next());
        assertEquals(new Cursor(1, key("W#ukraine", "2022-01-09#x")), second.next());
        assertEquals(LOOKUPS.get(1), read.get(1));
        assertEquals(new Cursor(0, Map.of()), cursors.get(1), "the store sees a one-partition lookup");
    }

    @Test
    void positionsNameTheLookupTheyResumeAndOnlyWordLookupsFilter() {
        Cursor inside = new Cursor(0, key("W#ukraine", "2022-01-20#y"));
        LookupQuery<String> query = query(new Page<>(List.of("a"), List.of(inside), null));
        assertEquals(List.of(new Cursor(1, key("W#ukraine", "2022-01-20#y"))),
                query.read(5, new Cursor(1, Map.of())).positions());
        assertEquals(false, query.filters(Cursor.START), "exact headline matches are not filtered");
        assertEquals(true, query.filters(new Cursor(1, Map.of())));
    }

    @Test
    void endsAfterTheLastPartition() {
        assertNull(query(new Page<>(List.of(), null)).read(5, new Cursor(1, Map.of())).next());
    }

    @Test
    void acceptsCursorsItsPagesCouldHaveProduced() {
        LookupQuery<String> query = query(null);
        assertDoesNotThrow(() -> query.check(Cursor.START));
        assertDoesNotThrow(() -> query.check(new Cursor(1, key("W#ukraine", "2022-01-31#zz"))));
    }

    @Test
    void refusesCursorsOutsideTheQuery() {
        LookupQuery<String> query = query(null);
        for (Cursor cursor : List.of(new Cursor(2, Map.of()), new Cursor(0, key("W#ukraine", "2022-01-09#x")),
                new Cursor(1, key("W#ukraine", "2021-12-31#x")), new Cursor(1, key("W#ukraine", "2022-02-01#")),
                new Cursor(1, Map.of("lsk", "2022-01-09#x")), new Cursor(1, Map.of("lpk", "W#ukraine")),
                new Cursor(1, Map.of("lpk", "W#ukraine", "lsk", "2022-01-09#x", "other", "1")),
                new Cursor(1, Map.of("lpk", "W#ukraine", "lsk", "2022-01-09#x", "pk", "")))) {
            ApiError error = assertThrows(ApiError.class, () -> query.check(cursor), cursor.toString());
            assertEquals("InvalidToken", error.code());
        }
    }

    @Test
    void theDescriptionChangesWithAnyPartOfAnyLookup() {
        String description = query(null).description();
        List<Lookup> changed = List.of(LOOKUPS.get(0),
                new Lookup(List.of("W#ukraine"), "2022-01-01#", "2022-01-31#~", List.of("talk"), "ukraine talks"));
        assertEquals(description, query(null).description());
        assertNotEquals(description, new LookupQuery<String>("articles", changed, null).description());
        assertNotEquals(description, new LookupQuery<String>("ingest-errors", LOOKUPS, null).description());
    }

    private LookupQuery<String> query(Page<String> wordPage) {
        return new LookupQuery<>("articles", LOOKUPS, (lookup, limit, cursor) -> {
            read.add(lookup);
            cursors.add(cursor);
            return lookup.partitions().get(0).startsWith("H#") ? new Page<>(List.of(), null) : wordPage;
        });
    }

    private static Map<String, String> key(String partition, String sort) {
        return Map.of("lpk", partition, "lsk", sort, "pk", "A#x", "sk", "I#W#ukraine");
    }
}
