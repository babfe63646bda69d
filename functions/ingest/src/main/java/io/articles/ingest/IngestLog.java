package io.articles.ingest;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import io.articles.json.JsonWriter;

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
        return JsonWriter.write(json -> {
            json.writeStartObject();
            json.writeStringField("outcome", outcome);
            json.writeStringField("key", key);
            json.writeStringField("detail", detail);
            json.writeEndObject();
        });
    }
}
