package io.articles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {
    private static final String TAG = EntityTags.of("{\"id\":\"x\"}");

    @Test
    void theSameBodyHasTheSameQuotedTag() {
        assertEquals(TAG, EntityTags.of("{\"id\":\"x\"}"));
        assertNotEquals(TAG, EntityTags.of("{\"id\":\"y\"}"));
        assertTrue(TAG.startsWith("\"") && TAG.endsWith("\""));
    }

    @Test
    void matchesTheTagWeakOrStrongInAListOrAStar() {
        assertTrue(EntityTags.matches(TAG, TAG));
        assertTrue(EntityTags.matches("W/" + TAG, TAG));
        assertTrue(EntityTags.matches("\"a\" , " + TAG, TAG));
        assertTrue(EntityTags.matches("*", TAG));
    }

    @Test
    void doesNotMatchOtherTagsOrNothing() {
        assertFalse(EntityTags.matches(null, TAG));
        assertFalse(EntityTags.matches("", TAG));
        assertFalse(EntityTags.matches("\"other\"", TAG));
        assertFalse(EntityTags.matches(TAG.replace("\"", ""), TAG));
    }
}
