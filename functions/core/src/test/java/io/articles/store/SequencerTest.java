package io.articles.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequencerTest {
    @Test
    void padsToThirtyTwoDigitsInUpperCase() {
        assertEquals("00000000000000000062E99A88DC4074", Sequencer.normalise("0062e99a88dc4074"));
        assertEquals("00000000000000000000000000000001", Sequencer.normalise("1"));
    }

    @Test
    void makesAShorterSequencerSortAsAWSComparesIt() {
        // AWS: compare after left-padding the shorter with zeros; "FF" is after "0A0", as padded strings say too.
        assertTrue(Sequencer.normalise("FF").compareTo(Sequencer.normalise("0A0")) > 0);
        assertTrue(Sequencer.normalise("100").compareTo(Sequencer.normalise("FF")) > 0);
    }

    @Test
    void refusesWhatIsNotOneToThirtyTwoHexDigits() {
        assertEquals("sequencer: expected 1 to 32 hex digits, got none",
                assertThrows(IllegalArgumentException.class, () -> Sequencer.normalise(null)).getMessage());
        assertEquals("sequencer: expected 1 to 32 hex digits, got 33 characters",
                assertThrows(IllegalArgumentException.class, () -> Sequencer.normalise("1".repeat(33))).getMessage());
        assertEquals("sequencer: expected hex digits only",
                assertThrows(IllegalArgumentException.class, () -> Sequencer.normalise("12G4")).getMessage());
    }
}
