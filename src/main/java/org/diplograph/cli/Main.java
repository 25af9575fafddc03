package org.diplograph.cli;

import java.io.PrintWriter;

import org.diplograph.DiplographException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./diplograph} command line. Each subcommand only adapts arguments to the library; errors
 * Diplograph reports on purpose become one line on stderr and a non-zero exit code.
 */
@Command(name = "diplograph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
            "Turns German news articles about diplomacy into an evidenced RDF knowledge graph:",
            "persons, countries, places, dates, phone calls and negotiation rounds, each fact with",
            "the article, character offsets and sentence it comes from, stored in Apache Jena TDB2.",
            "",
            "Start with:  ./diplograph build          (the bundled articles into ./diplograph-db)",
            "then:        ./diplograph query --list   (the bundled questions)",
            "             ./diplograph query calls-mentioning --param topic=Iran"},
        subcommands = {BuildCommand.class, QueryCommand.class, ValidateCommand.class, EvaluateCommand.class, ServeCommand.class, ExportCommand.class, LinkCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setUsageHelpWidth(110); // the descriptions are written for 100 columns
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof DiplographException) {
                err.println(commandLine.getCommandName() + ": " + ex.getMessage());
                if (System.getenv("DIPLOGRAPH_DEBUG") != null) {
                    ex.printStackTrace(err);
                }
                err.flush();
                return 2;
            }
            throw ex;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"diplograph " + (v == null ? "(development build)" : v)};
        }
    }
}
