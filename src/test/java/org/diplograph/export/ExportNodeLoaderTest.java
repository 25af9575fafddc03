package org.diplograph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JavaScript side: {@code src/test/node/export/load-exports.mjs} loads the GEXF (graphology-gexf), the
 * GraphML and yEd files (graphology-graphml) and the Cytoscape.js JSON (cytoscape, headless) and checks
 * the node and edge counts this test writes into {@code expected-counts.json}, a dated call's attributes,
 * and that a multi-valued GEXF attribute arrives as a list.
 *
 * <p>Needs {@code node} and the script's {@code node_modules} ({@code cd src/test/node/export && npm ci};
 * {@code .ci/run} does it). Without them the test fails and says so, unless
 * {@code DIPLOGRAPH_SKIP_NODE_TESTS=1} is set.
 */
class ExportNodeLoaderTest {
    private static final Path SCRIPT_DIR = Path.of("src/test/node/export");

    @TempDir
    Path dir;

    @Test
    void graphologyAndCytoscapeLoadThePropertyGraphExports() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("DIPLOGRAPH_SKIP_NODE_TESTS")),
                "DIPLOGRAPH_SKIP_NODE_TESTS=1: the Node loader test is skipped");
        String node = findNode();
        if (!Files.isDirectory(SCRIPT_DIR.resolve("node_modules/graphology-gexf"))
                || !Files.isDirectory(SCRIPT_DIR.resolve("node_modules/cytoscape"))) {
            fail("the Node loader test needs its packages: run (cd " + SCRIPT_DIR
                    + " && npm ci) first, or set DIPLOGRAPH_SKIP_NODE_TESTS=1 to skip it");
        }

        Map<String, Object> expected = new LinkedHashMap<>();
        try (Tdb2Store store = SeedStore.open()) {
            Exporter exporter = new Exporter(ExportOptions.DEFAULT);
            PropertyGraph g = exporter.propertyGraph(store.datasetGraph());
            PgNode call = g.nodes().stream()
                    .filter(n -> n.attributes().getOrDefault("date", List.of()).contains("2025-07-03"))
                    .filter(n -> n.type().orElse("").equals("PhoneCall")).findFirst().orElseThrow();
            for (ExportFormat f : List.of(ExportFormat.GEXF, ExportFormat.GRAPHML, ExportFormat.YED, ExportFormat.CYTOSCAPE)) {
                String file = "graph-" + f.id() + "." + f.extension();
                ExportResult r = exporter.write(store, f, dir.resolve(file));
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("file", file);
                e.put("nodes", r.nodes());
                e.put("edges", r.edges());
                e.put("datedNode", call.id());
                e.put("date", "2025-07-03");
                e.put("type", "PhoneCall");
                expected.put(f.id(), e);
            }
            assertThat(g.nodes()).hasSizeGreaterThan(30);
        }
        // A list with a comma and quotes, from the small fixture, must come out of graphology-gexf as a list.
        new Exporter(ExportOptions.DEFAULT).write(SeedStore.small(), ExportFormat.GEXF, dir.resolve("small.gexf"));
        PropertyGraph small = new Exporter(ExportOptions.DEFAULT).propertyGraph(SeedStore.small());
        Map<String, Object> smallGexf = new LinkedHashMap<>();
        smallGexf.put("file", "small.gexf");
        smallGexf.put("nodes", small.nodes().size());
        smallGexf.put("edges", small.edges().size());
        smallGexf.put("listAttribute", Map.of("node", "https://w3id.org/diplograph/id/person/volodymyr-zelenskyy",
                "name", "jobTitle", "values", List.of("Oberbefehlshaber, \"Kriegsherr\" a.D.", "Präsident")));
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("expected-counts.json").toFile(), expected);

        Run main = runNode(node, dir);
        assertThat(main.exit()).as(main.output()).isZero();
        assertThat(main.output()).contains("loaded gexf").contains("graphml").contains("yed").contains("cytoscape");

        Path smallDir = Files.createDirectories(dir.resolve("small"));
        Files.copy(dir.resolve("small.gexf"), smallDir.resolve("small.gexf"));
        new ObjectMapper().writeValue(smallDir.resolve("expected-counts.json").toFile(), Map.of("gexf", smallGexf));
        Run list = runNode(node, smallDir);
        assertThat(list.exit()).as(list.output()).isZero();
    }

    /** The script must also fail when the counts are wrong (so a pass above means something). */
    @Test
    void theScriptFailsWhenACountIsWrong() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("DIPLOGRAPH_SKIP_NODE_TESTS")));
        String node = findNode();
        Assumptions.assumeTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules/graphology-gexf")),
                "covered by the failure of graphologyAndCytoscapeLoadThePropertyGraphExports");
        new Exporter(ExportOptions.DEFAULT).write(SeedStore.small(), ExportFormat.GEXF, dir.resolve("small.gexf"));
        new ObjectMapper().writeValue(dir.resolve("expected-counts.json").toFile(),
                Map.of("gexf", Map.of("file", "small.gexf", "nodes", 999, "edges", 17)));
        Run r = runNode(node, dir);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.output()).contains("gexf: 12 nodes, expected 999");
    }

    record Run(int exit, String output) {
    }

    private static Run runNode(String node, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(node, "load-exports.mjs", dir.toAbsolutePath().toString())
                .directory(SCRIPT_DIR.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("node did not finish: " + out);
        }
        return new Run(p.exitValue(), out);
    }

    private static String findNode() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dirName, "node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        fail("the Node loader test needs node (Node.js 18 or later) on the PATH, or set DIPLOGRAPH_SKIP_NODE_TESTS=1");
        return null;
    }
}
