package io.articles.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code articles-local}: the two functions on this machine, against dynalite and s3rver, as the SAM CLI would
 * run them. Exit codes: 0 success, 2 usage error (the command line is wrong), 1 any other failure, with one line
 * on stderr. The command line is picocli's: every command has {@code --help} and {@code --version}, options are
 * typed and checked before a command starts anything, and {@code generate-completion} prints a bash/zsh script.
 */
@Command(name = "articles-local", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, sortSynopsis = false, usageHelpAutoWidth = true,
        description = "Both functions on this machine, against DynamoDB and S3 emulators, as the SAM CLI would run "
                + "them.",
        subcommands = {ServeCommand.class, IngestCommand.class, InvokeCommand.class, ParseCommand.class,
                ReconcileCommand.class, ReplayCommand.class, CommandLine.HelpCommand.class,
                AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit codes: 0 success, 2 usage error, 1 other failure (one line on stderr).",
                "Run 'articles-local COMMAND --help' for a command's options."})
public final class Main implements Callable<Integer> {
    static final int USAGE = CommandLine.ExitCode.USAGE;
    static final int FAILURE = 1;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.in, System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    /** Runs the command line with these streams; {@code in} is what {@code parse -} reads. */
    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new Main(), new Factory(in));
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> failure(e, command));
        return commandLine.execute(args.toArray(String[]::new));
    }

    /** No command: the usage, as an error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && command.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            err.println("articles-local: unknown command '" + unmatched.getUnmatched().get(0) + "'; expected one of "
                    + String.join(", ", command.getSubcommands().keySet()));
        } else {
            err.println(name + ": " + e.getMessage());
        }
        err.println("Try '" + name + " --help' for its options.");
        return USAGE;
    }

    private static int failure(Exception e, CommandLine command) {
        PrintWriter err = command.getErr();
        if (e instanceof UsageException) {
            err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for its options.");
            return USAGE;
        }
        err.println("articles-local: " + oneLine(e));
        return FAILURE;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** "articles-local VERSION", from the properties the build filters. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("articles-local.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read articles-local.properties", e);
            }
            return new String[] {"articles-local " + properties.getProperty("version", "(unknown version)"),
                    "Java " + System.getProperty("java.version")};
        }
    }

    /** Gives {@code parse} the standard input this run was given. */
    private record Factory(InputStream in) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ParseCommand.class) {
                return type.cast(new ParseCommand(in));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
