package io.articles.ingest;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/**
 * One structured line per record: outcome, key, detail. With the function's JSON log format the runtime adds the
 * timestamp, level and request id; the fields here are escaped JSON, so a hostile key cannot forge a log line.
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

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
