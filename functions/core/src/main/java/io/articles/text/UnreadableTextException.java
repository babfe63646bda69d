package io.articles.text;

/**
 * The bytes are not text this package can read: empty, too large, a binary format, or not valid in the encoding they
 * announce. Permanent, like every answer about the same bytes; the article parser reports it as a rejection.
 */
public final class UnreadableTextException extends Exception {

    /** Why the bytes are not readable text. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        BINARY,
        UNDECODABLE
    }

    private final Reason reason;

    public UnreadableTextException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
