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

    static ApiError notFound(String message) {
        return new ApiError(404, "NotFound", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
