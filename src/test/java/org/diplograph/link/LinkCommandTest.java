package org.diplograph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.diplograph.build.BuildSummary;
import org.diplograph.build.Builder;
import org.diplograph.cli.LinkCommand;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.store.ShapeValidator;
import org.diplograph.store.Tdb2Store;
import org.diplograph.store.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code ./diplograph link} on the seed articles, against a fake API on loopback. */
class LinkCommandTest {
    @TempDir
    static Path tmp;
    static Path db;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void buildSeeds() {
        db = tmp.resolve("db");
        EntityCatalog catalog = EntityCatalog.bundled();
        try (Tdb2Store store = Tdb2Store.open(db)) {
            BuildSummary s = new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog))
                    .build(store, List.of(Path.of("data")), false, Builder.Listener.NONE);
            assertThat(s.added()).isPositive();
        }
    }

    static Run link(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new LinkCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static long quads() {
        try (Tdb2Store store = Tdb2Store.openExisting(db, "test")) {
            return store.tripleCount();
        }
    }

    @Test
    void withoutOnlineNothingIsSent() {
        Run r = link("--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("link: give --online");
    }

    @Test
    void anUnreachableApiIsOneLineAndExitOne() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long before = quads();
        String endpoint = "http://127.0.0.1:" + port + "/w/api.php";
        Run r = link("--online", "--db", db.toString(), "--endpoint", endpoint, "--cache", tmp.resolve("c1").toString(),
                "--review", tmp.resolve("r1.tsv").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("link: Wikidata API unreachable (connection refused: " + endpoint
                + "); nothing changed" + System.lineSeparator());
        assertThat(quads()).isEqualTo(before);
        assertThat(tmp.resolve("r1.tsv")).doesNotExist();
    }

    @Test
    void linkingTheSeedStoreKeepsItValid() {
        List<UnlinkedEntity> unlinked;
        ValidationReport before;
        try (Tdb2Store store = Tdb2Store.openExisting(db, "test")) {
            unlinked = LinkGraph.unlinked(store.datasetGraph());
            before = new ShapeValidator().validate(store.datasetGraph());
        }
        UnlinkedEntity person = unlinked.stream()
                .filter(e -> e.kind() == EntityKind.PERSON && e.labelTexts().get(0).contains(" ")).findFirst()
                .orElseThrow(() -> new AssertionError("the seeds have no unlinked person with a full name"));
        String name = person.labelTexts().get(0);
        try (FakeWikidataApi api = FakeWikidataApi.start(
                FakeWikidataApi.Item.of("Q9900001", name, name, "fictional stand-in", "Q5"))) {
            Run r = link("--online", "--db", db.toString(), "--endpoint", api.endpoint().toString(), "--interval", "0",
                    "--cache", tmp.resolve("c2").toString(), "--review", tmp.resolve("r2.tsv").toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("linked  " + person.key() + "  Q9900001  " + name)
                    .contains("link: " + unlinked.size() + " entities without a Wikidata link: 1 linked, "
                            + (unlinked.size() - 1) + " to review");
        }
        try (Tdb2Store store = Tdb2Store.openExisting(db, "test")) {
            ValidationReport after = new ShapeValidator().validate(store.datasetGraph());
            assertThat(after.violations()).containsExactlyInAnyOrderElementsOf(before.violations());
            assertThat(LinkGraph.unlinked(store.datasetGraph())).hasSize(unlinked.size() - 1);
        }
        assertThat(tmp.resolve("r2.tsv")).exists();
    }
}
