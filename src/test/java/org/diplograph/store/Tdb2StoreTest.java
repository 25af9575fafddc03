package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.StoreException;
import org.diplograph.rdf.DG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2StoreTest {
    private static final String G1 = DG.ARTICLE_BASE + "a1";
    private static final String G2 = DG.ARTICLE_BASE + "a2";

    private static Quad quad(String g, String s, String o) {
        Node gn = NodeFactory.createURI(g);
        return Quad.create(gn, NodeFactory.createURI(s), DG.TEXT.asNode(), NodeFactory.createLiteralString(o));
    }

    /** The quad that makes a graph an article graph ({@link GraphStore#isEmpty} looks for it). */
    private static Quad article(String g) {
        Node gn = NodeFactory.createURI(g);
        return Quad.create(gn, gn, org.apache.jena.vocabulary.RDF.type.asNode(), DG.ARTICLE.asNode());
    }

    private static Quad hash(String g, String h) {
        Node gn = NodeFactory.createURI(g);
        return Quad.create(gn, gn, DG.CONTENT_HASH.asNode(), NodeFactory.createLiteralString(h));
    }

    @Test
    void replacingAGraphLeavesTheOthersAlone(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            store.replaceGraph(G1, List.of(hash(G1, "h1"), quad(G1, "urn:x", "one")));
            store.replaceGraph(G2, List.of(hash(G2, "h2"), quad(G2, "urn:y", "two")));
            store.replaceGraph(G1, List.of(hash(G1, "h1b"), quad(G1, "urn:x", "uno")));
            assertThat(store.tripleCount()).isEqualTo(4);
            assertThat(store.contentHash(G1)).contains("h1b");
            assertThat(store.contentHash(G2)).contains("h2");
            assertThat(store.graphNames()).containsExactly(G1, G2);
        }
    }

    @Test
    void aBulkLoadIsVisibleOnlyAfterItsCommitAndClosingWithoutOneKeepsWhatWasStored(@TempDir Path dir) {
        Path db = dir.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertThat(store.isEmpty()).isTrue();
            try (BulkLoad bulk = store.bulkLoad()) {
                bulk.add(List.of(new GraphStore.GraphContent(G1, List.of(article(G1), hash(G1, "h1")))));
                bulk.commit();
                bulk.add(List.of(new GraphStore.GraphContent(G2, List.of(hash(G2, "h2"), quad(G2, "urn:y", "two")))));
                // given up: no commit
            }
            assertThat(store.graphNames()).containsExactly(G1);
            assertThat(store.tripleCount()).isEqualTo(2);
            assertThat(store.isEmpty()).isFalse();
            // the store takes ordinary writes again after a bulk load was given up
            store.replaceGraph(G2, List.of(hash(G2, "h2")));
        }
        try (Tdb2Store store = Tdb2Store.openExisting(db, "query")) {
            assertThat(store.graphNames()).containsExactly(G1, G2);
            assertThat(store.contentHash(G1)).contains("h1");
        }
    }

    @Test
    void aBulkLoadIntoAStoreThatHoldsGraphsAddsToThem(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            store.replaceGraph(G1, List.of(hash(G1, "h1"), quad(G1, "urn:x", "one")));
            try (BulkLoad bulk = store.bulkLoad()) {
                bulk.add(List.of(new GraphStore.GraphContent(G2, List.of(hash(G2, "h2"), quad(G2, "urn:x", "one")))));
                bulk.commit();
            }
            assertThat(store.graphNames()).containsExactly(G1, G2);
            assertThat(store.tripleCount()).isEqualTo(4);
            List<String> graphs = store.select("SELECT ?g WHERE { GRAPH ?g { <urn:x> ?p \"one\" } } ORDER BY ?g",
                    rows -> {
                        List<String> out = new java.util.ArrayList<>();
                        rows.forEachRemaining(b -> out.add(b.get("g").getURI()));
                        return out;
                    });
            assertThat(graphs).as("both graphs are found through the secondary indexes too").containsExactly(G1, G2);
        }
    }

    @Test
    void aBulkLoadRejectsAQuadOutsideItsGraphAndWritesNothing(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            try (BulkLoad bulk = store.bulkLoad()) {
                assertThatThrownBy(() -> bulk.add(List.of(new GraphStore.GraphContent(G1,
                        List.of(hash(G1, "h1"), quad(G2, "urn:x", "one"))))))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside graph");
            }
            assertThat(store.isEmpty()).isTrue();
        }
    }

    @Test
    void storedGraphsSurviveReopening(@TempDir Path dir) {
        Path db = dir.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db)) {
            store.replaceGraph(G1, List.of(hash(G1, "h1")));
        }
        try (Tdb2Store store = Tdb2Store.openExisting(db, "query")) {
            assertThat(store.contentHash(G1)).contains("h1");
        }
    }

    @Test
    void aQuadOutsideTheGraphIsRejectedAndNothingIsWritten(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("db"))) {
            store.replaceGraph(G1, List.of(hash(G1, "h1")));
            assertThatThrownBy(() -> store.replaceGraph(G1, List.of(hash(G1, "h2"), quad(G2, "urn:y", "x"))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.contentHash(G1)).contains("h1");
            assertThat(store.graphNames()).containsExactly(G1);
        }
    }

    @Test
    void aDirectoryWithOtherFilesIsNotTakenOver(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Tdb2Store.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Diplograph store");
        assertThat(Files.list(dir)).hasSize(1);
    }

    @Test
    void openingAMissingStoreForReadingSaysToBuildFirst(@TempDir Path dir) {
        assertThatThrownBy(() -> Tdb2Store.openExisting(dir.resolve("nope"), "query"))
                .isInstanceOf(StoreException.class)
                .hasMessage("query: no store at " + dir.resolve("nope") + " (run ./diplograph build first)");
    }

    @Test
    void aSecondProcessGetsAOneLineExplanation(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(db)) {
            store.replaceGraph(G1, List.of(hash(G1, "h1")));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    LockProbe.class.getName(), db.toString())
                    .redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.exitValue()).isEqualTo(3);
            assertThat(output).isEqualTo(db + ": the store is in use by another process (pid " + ProcessHandle.current().pid()
                    + ") (a build or a server); wait for it to finish or stop it, then retry");
        }
    }

    /** Run in a child JVM by {@link #aSecondProcessGetsAOneLineExplanation}. */
    public static final class LockProbe {
        public static void main(String[] args) {
            try (Tdb2Store store = Tdb2Store.open(Path.of(args[0]))) {
                System.out.println("opened");
                System.exit(0);
            } catch (StoreException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
        }
    }
}
