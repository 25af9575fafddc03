package org.diplograph.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.cli.Main;
import org.diplograph.generate.CorpusGenerator;
import org.diplograph.rdf.DG;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.store.ShapeValidator;
import org.diplograph.store.Tdb2Store;
import org.diplograph.store.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with kill -9 in the middle of writing leaves a store that opens, validates, and that a re-run
 * completes to exactly what a clean build of the same corpus holds. The build runs for real in a child JVM
 * (the test's own class path, {@code org.diplograph.cli.Main build}) that is killed with
 * {@link Process#destroyForcibly()} (SIGKILL) shortly after it reported its first stored articles.
 */
class CrashSafetyTest {
    /** Large enough that the child is still writing when it is killed, small enough for a quick test. */
    private static final int ARTICLES = 300;

    @TempDir
    Path tmp;

    @Test
    void aBuildKilledMidWayLeavesAValidStoreThatAReRunCompletesWithoutDuplicates() throws Exception {
        new CorpusGenerator(EntityCatalog.bundled(), 42).write(tmp.resolve("corpus"), ARTICLES,
                CorpusGenerator.Format.JSONL, CorpusGenerator.GoldOutput.NONE, done -> { });
        Path corpus = tmp.resolve("corpus/articles.jsonl");
        Path killed = tmp.resolve("killed-db");

        int storedBeforeKill = buildAndKill(killed, corpus);

        int partial;
        try (Tdb2Store store = Tdb2Store.open(killed)) {
            partial = store.graphNames().size();
            ValidationReport report = new ShapeValidator().validate(store.datasetGraph());
            assertThat(report.conforms()).as("the killed store validates: %s", ShapeValidator.render(report)).isTrue();
            assertEveryArticleOnce(store);
        }
        assertThat(partial).as("the kill came mid-build: some articles were stored, not all")
                .isGreaterThanOrEqualTo(storedBeforeKill).isLessThan(ARTICLES);
        assertThat(Main.run("validate", "--db", killed.toString())).as("./diplograph validate").isZero();

        assertThat(Main.run("build", "--db", killed.toString(), corpus.toString())).as("the re-run").isZero();
        Path clean = tmp.resolve("clean-db");
        assertThat(Main.run("build", "--db", clean.toString(), corpus.toString())).as("the clean build").isZero();

        try (Tdb2Store resumed = Tdb2Store.open(killed); Tdb2Store reference = Tdb2Store.open(clean)) {
            assertThat(resumed.graphNames()).hasSize(ARTICLES).isEqualTo(reference.graphNames());
            assertEveryArticleOnce(resumed);
            assertThat(resumed.quadCount()).as("quads after the re-run = quads of a clean build")
                    .isEqualTo(reference.quadCount());
            assertThat(quadsPerGraph(resumed)).isEqualTo(quadsPerGraph(reference));
        }
    }

    /** Starts {@code build -v} in a child JVM, kills it after its first stored batch; returns articles seen stored. */
    private static int buildAndKill(Path db, Path corpus) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "-v", "--batch-size", "32", "--db", db.toString(), corpus.toString())
                .redirectErrorStream(true).start();
        AtomicInteger stored = new AtomicInteger();
        CountDownLatch firstBatch = new CountDownLatch(1);
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.contains(": added")) {
                        stored.incrementAndGet();
                        firstBatch.countDown();
                    }
                }
            } catch (IOException e) {
                // the child died: that is the point
            }
        });
        reader.setDaemon(true);
        reader.start();
        boolean started = firstBatch.await(120, TimeUnit.SECONDS);
        // The next batch is being extracted or written now; a short pause lands the kill inside that work.
        Thread.sleep(300);
        boolean aliveAtKill = child.isAlive();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        synchronized (output) {
            assertThat(started).as("the child build stored a first batch; output:%n%s", String.join("\n", output))
                    .isTrue();
            assertThat(aliveAtKill).as("the child was still building when killed; output:%n%s",
                    String.join("\n", output)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return stored.get();
    }

    /** Each article graph holds exactly one dg:Article with one content hash: no article stored twice. */
    private static void assertEveryArticleOnce(Tdb2Store store) {
        Txn.executeRead(store.datasetGraph(), () -> {
            for (String name : store.graphNames()) {
                Node g = NodeFactory.createURI(name);
                Set<Node> articles = new HashSet<>();
                store.datasetGraph().find(g, Node.ANY, RDF.type.asNode(), DG.ARTICLE.asNode())
                        .forEachRemaining(q -> articles.add(q.getSubject()));
                assertThat(articles).as("articles in graph " + name).containsExactly(g);
                List<Quad> hashes = new ArrayList<>();
                store.datasetGraph().find(g, g, DG.CONTENT_HASH.asNode(), Node.ANY).forEachRemaining(hashes::add);
                assertThat(hashes).as("content hashes of " + name).hasSize(1);
            }
        });
    }

    private static Map<String, Integer> quadsPerGraph(Tdb2Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Map<String, Integer> counts = new HashMap<>();
            store.datasetGraph().find().forEachRemaining(q -> counts.merge(q.getGraph().getURI(), 1, Integer::sum));
            return counts;
        });
    }
}
