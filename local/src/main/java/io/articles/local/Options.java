package io.articles.local;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options several commands share, and the port type. */
final class Options {
    private Options() {
    }

    /** {@code --data DIR}: where the local stack keeps its data. */
    static final class Data {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = ".local",
                description = "Data folder of the local stack (default: ${DEFAULT-VALUE}).")
        Path dir;
    }

    /** A TCP port, 0 to 65535 (0: any free port). */
    static final class Port implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new CommandLine.TypeConversionException("expected a port number from 0 to 65535, got '" + value
                    + "'");
        }
    }
}
