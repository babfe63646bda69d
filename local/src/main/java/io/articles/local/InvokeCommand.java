package io.articles.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code invoke ingest|api -e EVENT.json}: one handler, once, on an event file; prints its response as SAM does. */
final class InvokeCommand {
    private InvokeCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("-e", "--event", "--data"));
        if (arguments.positional().size() != 1) {
            throw new UsageException("invoke: expected one function, ingest or api");
        }
        String function = arguments.positional().get(0);
        Path event = eventFile(arguments);
        try (LocalSession session = LocalSession.open(arguments.dataDir(), err)) {
            switch (function) {
                case "ingest" -> {
                    Map<String, Integer> response = session.functions().ingest(Events.fromFile(event, S3Event.class));
                    out.println(toJson(response));
                }
                case "api" -> {
                    APIGatewayV2HTTPResponse response =
                            session.functions().api(Events.fromFile(event, APIGatewayV2HTTPEvent.class));
                    out.println(Events.toJson(response, APIGatewayV2HTTPResponse.class));
                }
                default -> throw new UsageException("invoke: expected ingest or api, got '" + function + "'");
            }
        }
        return 0;
    }

    private static Path eventFile(Arguments arguments) {
        String name = arguments.option("-e", arguments.option("--event", null));
        if (name == null) {
            throw new UsageException("invoke: expected -e EVENT.json");
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("invoke: no such event file " + name);
        }
        return file;
    }

    private static String toJson(Map<String, Integer> counts) {
        StringBuilder json = new StringBuilder("{");
        counts.forEach((name, count) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(count));
        return json.append('}').toString();
    }
}
