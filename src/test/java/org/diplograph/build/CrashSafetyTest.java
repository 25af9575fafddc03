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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * A build killed with kill -9 in the middle leaves a store that opens, validates, and that a re-run completes to
 * exactly what a clean build of the same corpus holds. The build runs for real in a child JVM (the test's own
 * class path, {@code org.diplograph.cli.Main build}) that is killed with {@link Process#destroyForcibly()}
 * (SIGKILL) while it is still working. Two ways of writing are covered: the default build into an empty store
 * (one bulk-load transaction, so the kill leaves the store as it was: empty) and a build that commits every
 * 32 articles (the kill leaves the committed part).
 */
class CrashSafetyTest {
    /** Large enough that the child is still writing when it is killed, small enough for a quick test. */
    private static final int ARTICLES = 300;

    @TempDir
    Path tmp;

    @Test
    void aFreshBuildKilledBeforeItsCommitLeavesTheStoreAsItWasAndAReRunCompletesIt() throws Exception {
        Path corpus = corpus();
        Path killed = tmp.resolve("killed-db");

        // batches of 16: articles are reported as processed long before the single commit at the end
        Kill kill = buildAndKill(killed, corpus, ": added", 0, "--batch-size", "16");

        try (Tdb2Store store = Tdb2Store.open(killed)) {
            assertThat(kill.reported()).as("articles processed before the kill").isPositive();
            assertThat(store.graphNames()).as("nothing committed: the store is as it was before the build").isEmpty();
            ValidationReport report = new ShapeValidator().validate(store.datasetGraph());
            assertThat(report.conforms()).as("the killed store validates: %s", ShapeValidator.render(report)).isTrue();
        }
        assertThat(Main.run("validate", "--db", killed.toString())).as("./diplograph validate").isZero();
        assertReRunEqualsCleanBuild(killed, corpus);
    }

    @Test
    void aBuildKilledBetweenCommitsKeepsTheCommittedArticlesAndAReRunCompletesItWithoutDuplicates()
            throws Exception {
        Path corpus = corpus();
        Path killed = tmp.resolve("killed-db");

        Kill kill = buildAndKill(killed, corpus, "committed:", 300, "--batch-size", "32", "--commit-every", "32");

        int partial;
        try (Tdb2Store store = Tdb2Store.open(killed)) {
            partial = articleGraphs(store).size();
            ValidationReport report = new ShapeValidator().validate(store.datasetGraph());
            assertThat(report.conforms()).as("the killed store validates: %s", ShapeValidator.render(report)).isTrue();
            assertEveryArticleOnce(store);
        }
        assertThat(partial).as("the kill came mid-build: the committed articles were stored, not all")
                .isGreaterThanOrEqualTo(kill.committed()).isLessThan(ARTICLES);
        assertThat(Main.run("validate", "--db", killed.toString())).as("./diplograph validate").isZero();
        assertReRunEqualsCleanBuild(killed, corpus);
    }

    private Path corpus() throws IOException {
        new CorpusGenerator(EntityCatalog.bundled(), 42).write(tmp.resolve("corpus"), ARTICLES,
                CorpusGenerator.Format.JSONL, CorpusGenerator.GoldOutput.NONE, done -> { });
        return tmp.resolve("corpus/articles.jsonl");
    }

    private void assertReRunEqualsCleanBuild(Path killed, Path corpus) {
        assertThat(Main.run("build", "--db", killed.toString(), corpus.toString())).as("the re-run").isZero();
        Path clean = tmp.resolve("clean-db");
        assertThat(Main.run("build", "--db", clean.toString(), corpus.toString())).as("the clean build").isZero();

        try (Tdb2Store resumed = Tdb2Store.open(killed); Tdb2Store reference = Tdb2Store.open(clean)) {
            assertThat(articleGraphs(resumed)).hasSize(ARTICLES);
            assertThat(resumed.graphNames()).isEqualTo(reference.graphNames());
            assertEveryArticleOnce(resumed);
            assertThat(resumed.tripleCount()).as("quads after the re-run = quads of a clean build")
                    .isEqualTo(reference.tripleCount());
            assertThat(quadsPerGraph(resumed)).isEqualTo(quadsPerGraph(reference));
        }
    }

    /** What the child reported before it was killed: articles processed, and new articles committed. */
    private record Kill(int reported, int committed) {
    }

    /**
     * Starts {@code build -v ARGS} in a child JVM and kills it {@code pauseMillis} after the first output line
     * containing {@code trigger}.
     */
    private static Kill buildAndKill(Path db, Path corpus, String trigger, long pauseMillis, String... args)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "-v", "--db", db.toString()));
        command.addAll(List.of(args));
        command.add(corpus.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        AtomicInteger reported = new AtomicInteger();
        AtomicInteger committed = new AtomicInteger();
        CountDownLatch triggered = new CountDownLatch(1);
        List<String> output = new ArrayList<>();
        Pattern committedLine = Pattern.compile("committed: ([\\d,]+)");
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.contains(": added")) {
                        reported.incrementAndGet();
                    }
                    Matcher m = committedLine.matcher(line);
                    if (m.find()) {
                        committed.set(Integer.parseInt(m.group(1).replace(",", "")));
                    }
                    if (line.contains(trigger)) {
                        triggered.countDown();
                    }
                }
            } catch (IOException e) {
                // the child died: that is the point
            }
        });
        reader.setDaemon(true);
        reader.start();
        boolean started = triggered.await(120, TimeUnit.SECONDS);
        // a short pause lands the kill inside the next batch's extraction or write
        Thread.sleep(pauseMillis);
        boolean aliveAtKill = child.isAlive();
        int committedAtKill = committed.get();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        synchronized (output) {
            assertThat(started).as("the child printed '%s'; output:%n%s", trigger, String.join("\n", output))
                    .isTrue();
            assertThat(aliveAtKill).as("the child was still building when killed; output:%n%s",
                    String.join("\n", output)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return new Kill(reported.get(), committedAtKill);
    }

    /** Each article graph holds exactly one dg:Article with one content hash: no article stored twice. */
    private static void assertEveryArticleOnce(Tdb2Store store) {
        Txn.executeRead(store.datasetGraph(), () -> {
            for (String name : articleGraphs(store)) {
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

    /** The article graphs; a store killed between a commit and the event reconciliation also holds the build graph. */
    private static List<String> articleGraphs(Tdb2Store store) {
        return store.graphNames().stream().filter(g -> g.startsWith(DG.ARTICLE_BASE)).toList();
    }

    private static Map<String, Integer> quadsPerGraph(Tdb2Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Map<String, Integer> counts = new HashMap<>();
            store.datasetGraph().find().forEachRemaining(q -> counts.merge(q.getGraph().getURI(), 1, Integer::sum));
            return counts;
        });
    }
}
