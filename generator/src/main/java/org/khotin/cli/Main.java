package org.khotin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khotin} command. Only {@link #main} exits; everything else returns an exit code. */
@Command(name = "khotin", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a bilingual Vietnamese/English news archive from Markdown.",
        subcommands = {BuildCommand.class, ImportCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 content or build errors, 2 usage errors."})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'khotin build'");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cli.getCommandSpec().exitCodeOnUsageHelp(OK);
        return cli.execute(args);
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
