package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.diplograph.InputException;
import org.diplograph.query.BundledQueries;
import org.diplograph.query.QueryInfo;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultFormat;
import org.diplograph.query.ResultTable;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./diplograph query}: runs a bundled query by name, or a SPARQL file, against a store and prints
 * the rows. Only adapts arguments; the work is in {@link org.diplograph.query}.
 */
@Command(name = "query", header = "Ask the graph: a bundled query by name (--list) or your own SPARQL file.", mixinStandardHelpOptions = true,
        description = {
            "Ask the graph a question: a bundled query by name or your own SPARQL file. Queries see the",
            "union of all article graphs; GRAPH ?g reaches one article's claims. Parameters are bound as",
            "string literals (never pasted into the query text).",
            "",
            "Examples:",
            "  ./diplograph query --list",
            "  ./diplograph query calls-mentioning --param topic=Iran",
            "  ./diplograph query calls-between --param person1=Putin --param person2=Q22686 --format csv",
            "  ./diplograph query conflicts --format json",
            "  ./diplograph query --db news.db my-question.rq"})
public final class QueryCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "diplograph-db",
            description = "The TDB2 dataset folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--list", description = "List the bundled queries with their parameters.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "A query parameter, e.g. --param topic=Iran (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (aligned columns), csv (RFC 4180), tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = {"Query a SPARQL 1.1 endpoint instead of --db, e.g. http://localhost:3030/ds/sparql",
                "(its default graph must be the union of the article graphs)."})
    String endpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1",
            description = "A bundled query (see --list) or a file holding a SPARQL query.")
    String query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            printList(out);
            out.flush();
            return 0;
        }
        if (query == null) {
            err.println("query: name a query (one of: " + String.join(", ", BundledQueries.names())
                    + "), give a FILE.rq, or use --list");
            err.flush();
            return 2;
        }
        if (timeoutSeconds <= 0) {
            err.println("query: --timeout must be a positive number of seconds");
            err.flush();
            return 2;
        }
        ResultFormat fmt = ResultFormat.parse(format);
        String source;
        String sparql;
        Path file = Path.of(query);
        if (query.endsWith(".rq") || (!BundledQueries.exists(query) && Files.isRegularFile(file))) {
            source = query;
            sparql = readFile(file);
        } else {
            source = query;
            sparql = BundledQueries.load(query);
        }
        QueryRunner runner = new QueryRunner(Duration.ofSeconds(timeoutSeconds));
        if (endpoint != null) {
            fmt.write(runner.runRemote(endpoint, source, sparql, params), out);
            out.flush();
            return 0;
        }
        if (!Tdb2Store.exists(db)) {
            err.println("query: no store at " + db + " (run ./diplograph build first)");
            err.flush();
            return 2;
        }
        ResultTable table;
        try (Tdb2Store store = Tdb2Store.openExisting(db, "query")) {
            table = runner.run(store.dataset(), source, sparql, params);
        }
        fmt.write(table, out);
        out.flush();
        return 0;
    }

    private static String readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "no such query file");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file, "cannot read query file: " + e.getMessage(), e);
        }
    }

    private static void printList(PrintWriter out) {
        for (QueryInfo info : BundledQueries.list()) {
            out.println(info.name() + " - " + info.title());
            if (!info.description().isEmpty()) {
                wrap(info.description(), "    ", 100).forEach(out::println);
            }
            for (QueryInfo.Param p : info.params()) {
                out.println("    --param " + p.name() + "=VALUE   " + p.description());
            }
            out.println();
        }
    }

    private static java.util.List<String> wrap(String text, String indent, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > indent.length()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
