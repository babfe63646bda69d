package io.articles.api;

/**
 * A request the API refuses, with the status and the code and message the client sees. Messages name the
 * parameter and what was expected; they never carry exception text or internal names.
 */
final class ApiError extends RuntimeException {
    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "BadRequest", message);
    }

    /** A nextToken that was altered, or signed by someone else: none of it can be trusted. */
    static ApiError alteredToken() {
        return invalidToken("expected a token exactly as a previous page returned it");
    }

    /** An authentic nextToken handed out for another query (other route, filters or dates). */
    static ApiError foreignToken() {
        return invalidToken("expected the token of a page of this same query; start again without it");
    }

    private static ApiError invalidToken(String message) {
        return new ApiError(400, "InvalidToken", "nextToken: " + message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "NotFound", message);
    }

    static ApiError methodNotAllowed(String method) {
        return new ApiError(405, "MethodNotAllowed", "method: expected " + Responses.ALLOWED_METHODS + ", got "
                + Parameters.quote(method));
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
