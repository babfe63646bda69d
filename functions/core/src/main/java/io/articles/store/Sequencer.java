package io.articles.store;

import java.util.Locale;

/**
 * S3 event sequencers. AWS: "compare the sequencer strings lexicographically after left-padding the shorter one
 * with zeros". Stored padded to a fixed width, so DynamoDB's string comparison in a condition is that comparison.
 */
public final class Sequencer {
    static final int WIDTH = 32;

    private Sequencer() {
    }

    /** The sequencer padded to the stored width, upper case; rejects anything that is not hex. */
    public static String normalise(String sequencer) {
        if (sequencer == null || sequencer.isEmpty() || sequencer.length() > WIDTH) {
            throw new IllegalArgumentException("sequencer: expected 1 to " + WIDTH + " hex digits, got "
                    + (sequencer == null ? "none" : sequencer.length() + " characters"));
        }
        for (int i = 0; i < sequencer.length(); i++) {
            if (Character.digit(sequencer.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("sequencer: expected hex digits only");
            }
        }
        return "0".repeat(WIDTH - sequencer.length()) + sequencer.toUpperCase(Locale.ROOT);
    }
}
