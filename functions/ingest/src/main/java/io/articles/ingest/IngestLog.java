package io.articles.ingest;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/**
 * One structured line per record: outcome, key, detail. With the function's JSON log format the runtime adds the
 * timestamp, level and request id; the fields here are escaped JSON (control
 * characters too), so a hostile key cannot forge a log line.
 */
public final class IngestLog {
    private final LambdaLogger logger;

    public IngestLog(LambdaLogger logger) {
        this.logger = logger;
    }

    void info(String outcome, String key, String detail) {
        logger.log(line(outcome, key, detail), LogLevel.INFO);
    }

    void warn(String outcome, String key, String detail) {
        logger.log(line(outcome, key, detail), LogLevel.WARN);
    }

    static String line(String outcome, String key, String detail) {
        return "{\"outcome\":" + quote(outcome) + ",\"key\":" + quote(key) + ",\"detail\":" + quote(detail) + "}";
    }

    private static String quote(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
}
