package io.articles.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: {@code --name value} options from a known set, and the rest in order. */
final class Arguments {
    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    Arguments(List<String> args, Set<String> known) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-") && !arg.equals("-")) {
                if (!known.contains(arg)) {
                    throw new UsageException("unknown option " + arg + "; expected one of " + known);
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + ": expected a value after it");
                }
                options.put(arg, args.get(++i));
            } else {
                positional.add(arg);
            }
        }
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int port(String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": expected a port number from 0 to 65535, got '" + value + "'");
        }
    }

    Path dataDir() {
        return Path.of(option("--data", ".local"));
    }

    List<String> positional() {
        return positional;
    }
}
