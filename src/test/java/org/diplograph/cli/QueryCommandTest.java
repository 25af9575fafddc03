package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class QueryCommandTest {
    private static final String FIXTURE = "/org/diplograph/query/fixture.trig";

    @TempDir
    static Path tmp;
    static Path db;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void writeStore() throws Exception {
        db = tmp.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db); InputStream in = QueryCommandTest.class.getResourceAsStream(FIXTURE)) {
            Txn.executeWrite(store.datasetGraph(), () -> RDFParser.source(in).lang(Lang.TRIG).parse(store.datasetGraph()));
        }
    }

    /** Through Main, so errors are reported the way users see them. */
    private int run(String... args) {
        CommandLine cl = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "query";
        System.arraycopy(args, 0, all, 1, args.length);
        return cl.execute(all);
    }

    @Test
    void bundledQueryWithParamAsCsv() {
        int code = run("--db", db.toString(), "calls-mentioning", "--param", "topic=iran", "--format", "csv");
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("call,date,duration,status,ordinal,participants,topics,sources\r\n"
                + "dgid:call/c1,2025-07-03,PT1H; PT50M,held,6,Donald Trump; Vladimir Putin,Iran; Middle East; Ukraine,"
                + "a1; a2\r\n");
    }

    @Test
    void jsonOutputParses() throws Exception {
        assertThat(run("--db", db.toString(), "calls-between", "-p", "person1=Trump", "-p", "person2=Q7747",
                "--format", "json")).isZero();
        List<Map<String, String>> rows = new ObjectMapper().readValue(out.toString(), new TypeReference<>() { });
        assertThat(rows).extracting(r -> r.get("call")).containsExactly("dgid:call/c2", "dgid:call/c1");
    }

    @Test
    void textIsTheDefault() {
        assertThat(run("--db", db.toString(), "negotiation-rounds")).isZero();
        assertThat(out.toString()).startsWith("round          date        place     parties          ordinal")
                .endsWith("(2 rows)" + System.lineSeparator().replace("\r", ""));
    }

    @Test
    void aQueryFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("mine.rq"),
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");
        assertThat(run("--db", db.toString(), file.toString(), "--format", "tsv")).isZero();
        assertThat(out.toString()).startsWith("g\tn\ndga:a1\t");
    }

    @Test
    void listShowsNamesTitlesAndParams() {
        assertThat(run("--list")).isZero();
        assertThat(out.toString())
                .contains("calls-mentioning - Calls mentioning a topic")
                .contains("    --param topic=VALUE   a name in any language")
                .contains("conflicts - Conflicting reports")
                .contains("timeline - Timeline of events");
    }

    @Test
    void missingStoreIsOneLineAndExit2() {
        Path none = tmp.resolve("nothing");
        assertThat(run("--db", none.toString(), "timeline")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("query: no store at " + none + " (run ./diplograph build first)"
                + System.lineSeparator());
        assertThat(none).doesNotExist();
    }

    @Test
    void unknownQueryMissingParamAndBadFormatAreOneLine() {
        assertThat(run("--db", db.toString(), "calls-about")).isEqualTo(2);
        assertThat(err.toString()).startsWith("query: unknown query 'calls-about' (available: calls-between, ");
        assertThat(err.toString().strip().lines()).hasSize(1);

        err.getBuffer().setLength(0);
        assertThat(run("--db", db.toString(), "calls-mentioning")).isEqualTo(2);
        assertThat(err.toString()).startsWith("query: calls-mentioning: missing parameter 'topic'");

        err.getBuffer().setLength(0);
        assertThat(run("--db", db.toString(), "timeline", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).startsWith("query: unknown format 'xml' (available: text, csv, tsv, json)");

        err.getBuffer().setLength(0);
        assertThat(run("--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("query: name a query (one of: calls-between");
    }
}
