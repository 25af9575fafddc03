package org.diplograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diplograph.cli.ExportCommand;
import org.diplograph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import picocli.CommandLine;

/** {@code ./diplograph export} through the real command line, on a store built from the seed articles. */
class ExportCliTest {
    @TempDir
    static Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        if (!cl.getSubcommands().containsKey("export")) {
            cl.addSubcommand(new ExportCommand()); // until the lead registers it in Main
        }
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String db() {
        return SeedStore.dir().toString();
    }

    @ParameterizedTest
    @CsvSource({
        "turtle,    'PREFIX dg: <https://w3id.org/diplograph/ontology#>'",
        "nquads,    '<https://w3id.org/diplograph/article/000_fae01da9c4644b48> .'",
        "gexf,      '<gexf xmlns=\"http://gexf.net/1.3\"'",
        "yed,       '<y:ShapeNode>'",
    })
    void singleFileFormatsGoToStandardOutput(String format, String expected) {
        Run r = run("export", "--db", db(), "--format", format);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(expected).hasSizeGreaterThan(10_000);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatGoesToAFileOrDirectoryAndSaysWhatItWrote(ExportFormat format) throws Exception {
        Path out = dir.resolve("out-" + format.id() + (format.writesDirectory() ? "" : "." + format.extension()));
        Run r = run("export", "--db", db(), "--format", format.id(), "--out", out.toString(), "--lang", "de");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).startsWith("Exported " + format.id()).contains(out.toString());
        if (format.writesDirectory()) {
            assertThat(Files.size(out.resolve("nodes.csv"))).isGreaterThan(1000);
            assertThat(Files.size(out.resolve("edges.csv"))).isGreaterThan(1000);
        } else {
            assertThat(Files.size(out)).isGreaterThan(10_000);
        }
        try (var leftovers = Files.list(out.toAbsolutePath().getParent())) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void optionsShapeThePropertyGraph() {
        Run plain = run("export", "--db", db(), "--format", "cytoscape", "--lang", "de");
        Run collapsed = run("export", "--db", db(), "--format", "cytoscape", "--collapse-events");
        Run evidence = run("export", "--db", db(), "--format", "cytoscape", "--with-evidence");
        assertThat(plain.out()).contains("\"label\" : \"Wladimir Putin\"").doesNotContain("\"Mention\"");
        assertThat(collapsed.out()).contains("\"label\" : \"PhoneCall\"").contains("\"label\" : \"Vladimir Putin\"");
        assertThat(evidence.out()).contains("\"type\" : \"Mention\"").contains("\"sentence\"");
        assertThat(evidence.out().length()).isGreaterThan(plain.out().length() * 3);
    }

    @Test
    void anUnknownFormatIsOneLineListingTheFormats() {
        Run r = run("export", "--db", db(), "--format", "pajek");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("pajek").contains(ExportFormat.names());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingStoreIsOneLineAndCreatesNothing() {
        Path nowhere = dir.resolve("no-store");
        Run r = run("export", "--db", nowhere.toString(), "--format", "gexf");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err().strip()).isEqualTo("export: no store at " + nowhere + " (run ./diplograph build first)");
        assertThat(Files.exists(nowhere)).isFalse();
    }

    @Test
    void csvWithoutADirectoryIsAClearError() {
        Run r = run("export", "--db", db(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("--out DIR");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownLanguageIsOneLine() {
        Run r = run("export", "--db", db(), "--format", "gexf", "--lang", "fr");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("fr").contains("de or en");
    }

    @Test
    void aSingleFileFormatCannotOverwriteADirectory() {
        Run r = run("export", "--db", db(), "--format", "gexf", "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("is a directory");
    }
}
