package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplograph.export.ExportFormat;
import org.diplograph.export.ExportOptions;
import org.diplograph.export.ExportResult;
import org.diplograph.export.Exporter;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./diplograph export}: writes the stored graph as RDF or as a property graph for Gephi, yEd,
 * Cytoscape or Neo4j. Only adapts arguments; the work is in {@link org.diplograph.export}.
 */
@Command(name = "export", header = "Write the graph for Gephi, yEd, Cytoscape, Neo4j or as RDF.", mixinStandardHelpOptions = true,
        description = {
            "Write the graph for other tools. RDF: turtle (the union of all articles), trig, nquads and",
            "jsonld (one named graph per article; jsonld also writes context.jsonld beside --out).",
            "Property graphs (convention: docs/export.md): gexf (Gephi, with a timeline), graphml,",
            "yed (GraphML with yFiles graphics), cytoscape (Cytoscape.js JSON), csv (nodes.csv and",
            "edges.csv for neo4j-admin import; --out is then a directory).",
            "",
            "Examples:",
            "  ./diplograph export --format gexf --out calls.gexf --collapse-events",
            "  ./diplograph export --format trig > graph.trig",
            "  ./diplograph export --format csv --out neo4j-import/ --lang de"})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "diplograph-db",
            description = "The TDB2 dataset folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
            description = "turtle, trig, nquads, jsonld, gexf, graphml, yed, cytoscape or csv.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "The file to write (a directory for csv); default: standard output.")
    Path out;

    @Option(names = "--lang", paramLabel = "de|en", defaultValue = "en",
            description = "Which rdfs:label becomes a node's label; the other language is the fallback "
                    + "(default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--with-evidence",
            description = "Property graphs: keep the evidence mentions, their edges and the article texts.")
    boolean withEvidence;

    @Option(names = "--collapse-events",
            description = "Property graphs: draw each call or round as direct edges between its participants, "
                    + "carrying its date, duration, topics, status and sources.")
    boolean collapseEvents;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat fmt = ExportFormat.parse(format);
        ExportOptions options = new ExportOptions(lang, withEvidence, collapseEvents);
        if (fmt.writesDirectory() && out == null) {
            err.println("export: " + fmt.id() + " writes nodes.csv and edges.csv into a directory; give one with --out DIR");
            err.flush();
            return 2;
        }
        if (!Tdb2Store.exists(db)) {
            err.println("export: no store at " + db + " (run ./diplograph build first)");
            err.flush();
            return 2;
        }
        Exporter exporter = new Exporter(options);
        try (Tdb2Store store = Tdb2Store.openExisting(db, "export")) {
            if (out == null) {
                exporter.write(store, fmt, stdout);
                stdout.flush();
            } else {
                ExportResult r = exporter.write(store, fmt, out);
                stdout.println(r.summary());
                stdout.flush();
            }
        }
        return 0;
    }
}
