package org.khotin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khotin} command. Only {@link #main} exits; everything else returns an exit code. */
@Command(name = "khotin", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a bilingual Vietnamese/English news archive from Markdown.",
        subcommands = {BuildCommand.class, ImportCommand.class, ServeCommand.class, CheckCommand.class,
                NewCommand.class, KeywordsCommand.class, RelatedCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "In the repository, './khotin bench' also runs the benchmark (its own module; docs/benchmarks.md).",
                "", "Exit codes: 0 success, 1 content or build errors, 2 usage errors."})
public final class Main implements java.util.concurrent.Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, also print where it happened (as KHOTIN_DEBUG=1 does).")
    boolean debug;

    /** No command given: show what there is, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing command: try 'khotin build'.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs a command. No exception or error ends in a stack trace: a file system failure is told with its
     * path and a hint, anything else as an internal error (with the trace under {@code --debug} or
     * {@code KHOTIN_DEBUG=1}); both exit {@link #FAILED}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, debugFromEnvironment());
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, boolean debugFromEnvironment) {
        Main main = new Main();
        return execute(main, args, out, err, () -> main.debug || debugFromEnvironment);
    }

    /**
     * A command built on khotin outside this jar (the benchmark, {@code khotin bench}) run as khotin's own are: the
     * same usage errors, failure messages and exit codes; {@code --debug} or {@code KHOTIN_DEBUG=1} shows the trace.
     */
    public static int runCommand(Object command, String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = debugFromEnvironment() || Arrays.asList(args).contains("--debug");
        return execute(command, args, out, err, () -> debug);
    }

    private static boolean debugFromEnvironment() {
        String env = System.getenv("KHOTIN_DEBUG");
        return env != null && !env.isBlank() && !env.strip().equals("0");
    }

    private static int execute(Object command, String[] args, PrintWriter out, PrintWriter err, BooleanSupplier debug) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getOut().flush();
            return failed(err, FailureMessage.describe(e, debug.getAsBoolean()));
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return failed(err, outOfMemory(e, Runtime.getRuntime().maxMemory()));
        } catch (RuntimeException | Error e) {
            // an error (a stack overflow, say) passes picocli's handler; so could a failure in the handler
            return failed(err, FailureMessage.describe(e, debug.getAsBoolean()));
        }
    }

    /** A usage error: what was wrong, picocli's "did you mean" when it has one, and where the usage is; exit 2. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("  hint: '" + command.getCommandSpec().qualifiedName() + " --help' shows the options");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int failed(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return FAILED;
    }

    /** What to tell the user when Java's heap is too small for the archive, instead of a stack trace. */
    static String outOfMemory(OutOfMemoryError e, long maxHeapBytes) {
        String why = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
        return "khotin: out of memory" + why + " with a heap limit of " + maxHeapBytes / (1024 * 1024)
                + " MB; nothing was published\n  hint: give Java more, e.g. KHOTIN_JAVA_OPTS=-Xmx4g ./khotin …; "
                + "'khotin serve' keeps every page in memory and needs several times what 'khotin build' does";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {"khotin " + p.getProperty("version", "unknown")};
        }
    }
}
