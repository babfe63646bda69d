package io.articles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articles.store.Cursor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTokensTest {
    private static final PageTokens TOKENS = new PageTokens("key".getBytes(StandardCharsets.UTF_8));
    private static final Cursor CURSOR = new Cursor(3, Map.of("lpk", "D#2022-01", "lsk", "2022-01-31#abc",
            "pk", "A#abc", "sk", "I#D"));

    @Test
    void decodesWhatItEncodedForTheSameQuery() {
        assertEquals(CURSOR, TOKENS.decode(TOKENS.encode("query", CURSOR), "query"));
        assertEquals(Cursor.START, TOKENS.decode(TOKENS.encode("query", Cursor.START), "query"));
    }

    @Test
    void tokensAreUrlSafeWithoutPadding() {
        assertTrue(TOKENS.encode("query", CURSOR).matches("[A-Za-z0-9_-]+"));
    }

    @Test
    void refusesATokenOfAnotherQuery() {
        assertEquals("InvalidToken", refusal(() -> TOKENS.decode(TOKENS.encode("query", CURSOR), "other")).code());
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        String foreign = new PageTokens("other".getBytes(StandardCharsets.UTF_8)).encode("query", CURSOR);
        assertEquals("InvalidToken", refusal(() -> TOKENS.decode(foreign, "query")).code());
    }

    @Test
    void refusesEveryTokenWithAnyByteChanged() {
        byte[] bytes = Base64.getUrlDecoder().decode(TOKENS.encode("query", CURSOR));
        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 1;
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertEquals(400, refusal(() -> TOKENS.decode(token, "query")).status(), "byte " + i);
        }
    }

    @Test
    void refusesMalformedTokens() {
        for (String token : new String[] {"", "!!!", "AAAA", "A", "A".repeat(5000), "a b"}) {
            assertEquals("InvalidToken", refusal(() -> TOKENS.decode(token, "query")).code(), token);
        }
    }

    @Test
    void anEmptyKeyIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new PageTokens(new byte[0]));
    }

    private static ApiError refusal(org.junit.jupiter.api.function.Executable decode) {
        return assertThrows(ApiError.class, decode);
    }
}
