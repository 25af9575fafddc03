package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DG;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ValidateCommandTest {

    private static final String FIXTURE = "/org/diplograph/store/valid.trig";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new ValidateCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }

    /** A TDB2 store in {@code dir} holding the valid two-article fixture. */
    private static void writeFixtureStore(Path dir) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(dir);
             InputStream in = ValidateCommandTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            Txn.executeWrite(store.datasetGraph(),
                    () -> RDFParser.source(in).lang(Lang.TRIG).parse(store.datasetGraph()));
        }
    }

    @Test
    void missingStoreIsExitCode2WithOneLineOnStderr() {
        Path db = tmp.resolve("nothing-here");

        assertThat(run("--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("validate: no store at " + db + " (run ./diplograph build first)"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(db).doesNotExist();
    }

    @Test
    void aFolderThatIsNotAStoreIsLeftAlone() throws Exception {
        Path db = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(db.resolve("readme.txt"), "not a store");

        assertThat(run("--db", db.toString())).isEqualTo(2);
        try (var children = Files.list(db)) {
            assertThat(children).containsExactly(db.resolve("readme.txt"));
        }
    }

    @Test
    void conformingStorePrintsCountsAndExits0() throws Exception {
        Path db = tmp.resolve("db");
        writeFixtureStore(db);

        assertThat(run("--db", db.toString())).isEqualTo(0);
        assertThat(out.toString().strip()).isEqualTo("conforms: 2 events, 9 mentions checked");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void violationsArePrintedOnePerLineAndExit1() throws Exception {
        Path db = tmp.resolve("db");
        writeFixtureStore(db);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(
                    NodeFactory.createURI(DG.articleIri("001")),
                    NodeFactory.createURI(DG.idIri("round/r1")),
                    DG.ORDINAL.asNode(),
                    NodeFactory.createLiteralString("zweite")));
        }

        assertThat(run("--db", db.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                "dgid:round/r1  dg:ordinal  A dg:ordinal must be an xsd:integer of at least 1. [value: \"zweite\"]");
        assertThat(err.toString().strip()).isEqualTo("validate: 1 violations (2 events, 9 mentions checked)");
    }
}
