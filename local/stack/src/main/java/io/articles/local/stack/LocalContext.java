package io.articles.local.stack;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import io.articles.json.JsonWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A Lambda context for local invocations: a fresh request id, logs to a stream as JSON-format Lambda does. */
public final class LocalContext implements Context {
    private final String functionName;
    private final String requestId = UUID.randomUUID().toString();
    private final LambdaLogger logger;

    public LocalContext(String functionName, PrintStream log) {
        this.functionName = functionName;
        this.logger = new StreamLogger(log, requestId);
    }

    @Override public String getAwsRequestId() { return requestId; }
    @Override public String getLogGroupName() { return "/aws/lambda/" + functionName; }
    @Override public String getLogStreamName() { return "local"; }
    @Override public String getFunctionName() { return functionName; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return 30_000; }
    @Override public int getMemoryLimitInMB() { return 1024; }
    @Override public LambdaLogger getLogger() { return logger; }

    private record StreamLogger(PrintStream out, String requestId) implements LambdaLogger {
        @Override
        public void log(String message) {
            log(message, LogLevel.INFO);
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8));
        }

        @Override
        public void log(String message, LogLevel level) {
            // The runtime's JSON format: a JSON message is nested as is, anything else becomes a string.
            out.println(JsonWriter.write(json -> {
                json.writeStartObject();
                json.writeStringField("level", level.toString());
                json.writeStringField("requestId", requestId);
                json.writeFieldName("message");
                if (message.startsWith("{")) {
                    json.writeRawValue(message);
                } else {
                    json.writeString(message);
                }
                json.writeEndObject();
            }));
        }
    }
}
