package io.articles.article;

/**
 * The one exception the parser throws: the input is not an article. Permanent: retrying the same bytes gives the
 * same answer, so callers record the reason instead of retrying.
 */
public final class RejectedInputException extends Exception {

    /** Why an input is not an article. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        BINARY,
        UNDECODABLE,
        NOT_AN_ARTICLE
    }

    private final Reason reason;

    public RejectedInputException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
