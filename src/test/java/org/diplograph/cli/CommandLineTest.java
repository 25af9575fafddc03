package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The acceptance checks of the README, run through the real command line on the bundled articles. */
class CommandLineTest {
    @TempDir
    static Path dir;
    static Path db;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void build() {
        db = dir.resolve("db");
        Run r = run("build", "--db", db.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 added").contains("articles").contains("persons").contains("countries")
                .contains("calls").contains("rounds").contains("triples").contains("time");
    }

    @Test
    void aSecondBuildAddsNothing() {
        Run r = run("build", "--db", db.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("0 added, 0 updated, 5 unchanged, 0 failed");
    }

    @Test
    void callsMentioningIranAreTheTwoTrumpPutinCallsWithTheirSources() throws Exception {
        Run r = run("query", "--db", db.toString(), "calls-mentioning", "--param", "topic=Iran", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        List<Map<String, Object>> rows = new ObjectMapper().readValue(r.out(), new TypeReference<>() { });
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(row -> String.valueOf(row.get("date"))).containsExactly("2025-06-14", "2025-07-03");
        for (Map<String, Object> row : rows) {
            assertThat(String.valueOf(row.get("participants"))).contains("Donald Trump").contains("Vladimir Putin");
            assertThat(String.valueOf(row.get("sources"))).isNotBlank();
        }
    }

    @Test
    void csvAndTsvHaveAHeaderAndOneLinePerCall() {
        for (String format : List.of("csv", "tsv")) {
            Run r = run("query", "--db", db.toString(), "calls-mentioning", "--param", "topic=iran", "--format", format);
            assertThat(r.exit()).as(r.err()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines).as(format).hasSize(3);
            assertThat(lines.get(0)).contains("date");
        }
    }

    @Test
    void theQidFindsTheSameCalls() {
        Run byName = run("query", "--db", db.toString(), "calls-mentioning", "--param", "topic=Iran", "--format", "csv");
        Run byQid = run("query", "--db", db.toString(), "calls-mentioning", "--param", "topic=Q794", "--format", "csv");
        assertThat(byQid.out()).isEqualTo(byName.out());
    }

    @Test
    void theSeedGraphConformsToTheShapes() {
        Run r = run("validate", "--db", db.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("conforms");
    }

    @Test
    void anUnknownQueryIsOneLineNamingTheChoices() {
        Run r = run("query", "--db", db.toString(), "no-such-query");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("no-such-query").contains("calls-mentioning");
    }

    @Test
    void aMissingInputIsReportedAndTheStoreKeepsItsArticles() {
        Path missing = dir.resolve("nowhere.txt");
        Run r = run("build", "--db", db.toString(), missing.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(missing.toString());
        Run count = run("query", "--db", db.toString(), "timeline", "--format", "csv");
        assertThat(count.out().lines().count()).isGreaterThan(5);
    }

    @Test
    void queryingAStoreThatDoesNotExistSaysToBuildFirst() {
        Run r = run("query", "--db", dir.resolve("empty").toString(), "persons");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).endsWith("(run ./diplograph build first)");
        assertThat(Files.exists(dir.resolve("empty"))).isFalse();
    }
}
