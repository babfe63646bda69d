package io.articles.local;

/** The command line is wrong: exit code 2 and the message. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message, null, false, false);
    }
}
