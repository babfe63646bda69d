package io.articles.article;

import io.articles.text.Lines;
import java.util.Optional;

/**
 * The closing lines of wire and site copy that are not body: the credit "(Reporting by A and B; Editing by C)",
 * a signature "-- Staff writer" or "-- NAME, Staff Writer", and a desk's contact line "-- Vienna Newsroom, +43 1
 * 53112 274". Read from the end up; the credit is a byline when the header has none.
 */
final class Trailer {
    /** Trailers stack at most this deep: a credit and a contact line, say. */
    private static final int MAX_LINES = 3;

    private Trailer() {
    }

    /**
     * The body lines without their trailer, and the credit it gave (or null).
     *
     * @param body  the lines below the header
     */
    static Read read(Lines body) {
        int end = body.size();
        Byline credit = null;
        while (end > 1 && body.size() - end < MAX_LINES) {
            String line = body.get(end - 1);
            if (BylineReader.isContactLine(line)) {
                end--;
                continue;
            }
            Optional<Byline> found = BylineReader.readCredit(line);
            if (found.isEmpty()) {
                break;
            }
            credit = credit == null ? found.get() : credit;
            end--;
        }
        return new Read(end == body.size() ? body : body.range(0, end), credit);
    }

    /** The body lines left and the credit read from the trailer. */
    record Read(Lines body, Byline credit) {
    }
}
