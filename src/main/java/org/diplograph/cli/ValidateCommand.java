package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplograph.store.ShapeValidator;
import org.diplograph.store.Tdb2Store;
import org.diplograph.store.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./diplograph validate --db DIR}: checks the union graph of a store against the bundled SHACL
 * shapes ({@link ShapeValidator}). Exit 0 when it conforms, 1 with one line per violation, 2 when there
 * is no store at {@code DIR}.
 */
@Command(name = "validate", header = "Check the stored graph against the SHACL shapes and the evidence offsets.", mixinStandardHelpOptions = true,
        description = "Check the store's graph against the Diplograph SHACL shapes (ontology/shapes.ttl).")
public final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "diplograph-db",
            description = "The TDB2 dataset folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Tdb2Store.exists(db)) {
            err.println("validate: no store at " + db + " (run ./diplograph build first)");
            err.flush();
            return 2;
        }
        ValidationReport report;
        try (Tdb2Store store = Tdb2Store.openExisting(db, "validate")) {
            report = new ShapeValidator().validate(store.datasetGraph());
        }
        if (report.conforms()) {
            out.println("conforms: " + report.events() + " events, " + report.mentions() + " mentions checked");
            out.flush();
            return 0;
        }
        ShapeValidator.render(report).forEach(out::println);
        out.flush();
        err.println("validate: " + report.violations().size() + " violations (" + report.events() + " events, "
                + report.mentions() + " mentions checked)");
        err.flush();
        return 1;
    }
}
