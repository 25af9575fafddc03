package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.diplograph.StoreException;
import org.diplograph.build.BuildSummary;
import org.diplograph.build.Builder;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.query.BundledQueries;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EntityCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same build into a real SPARQL server (Jena Fuseki on loopback) through the SPARQL 1.1 protocol
 * ({@code sparql:}) and through RDF4J's client ({@code rdf4j:}) gives exactly the graph the embedded
 * TDB2 store gets, and re-ingesting is idempotent there too. No mocks of the protocol.
 */
class RemoteStoreTest {
    private static final List<Path> DATA = List.of(Path.of("data"));
    private static Builder builder;
    private static Set<Quad> local;

    private FusekiServer server;
    private DatasetGraph served;
    private String url;

    @BeforeAll
    static void buildLocally() {
        EntityCatalog catalog = EntityCatalog.bundled();
        builder = new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog));
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            builder.build(store, DATA, false, Builder.Listener.NONE);
            local = quads(store.datasetGraph());
        }
    }

    @BeforeEach
    void startFuseki() throws IOException {
        served = DatabaseMgr.createDatasetGraph();
        served.getContext().set(TDB2.symUnionDefaultGraph, true);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = FusekiServer.create().loopback(true).port(port).add("/ds", served, true).build().start();
        url = "http://localhost:" + port + "/ds";
    }

    @AfterEach
    void stopFuseki() {
        server.stop();
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    @Test
    void sparqlStoreGetsTheSameGraphAndReingestingChangesNothing() {
        try (GraphStore store = GraphStores.open("sparql:" + url)) {
            BuildSummary first = builder.build(store, DATA, false, Builder.Listener.NONE);
            assertThat(first.added()).isEqualTo(5);
            assertThat(quads(served)).isEqualTo(local);
            BuildSummary again = builder.build(store, DATA, false, Builder.Listener.NONE);
            assertThat(again.unchanged()).isEqualTo(5);
            assertThat(quads(served)).isEqualTo(local);
            assertThat(again.counts()).isEqualTo(first.counts());

            ResultTable iran = new QueryRunner().runRemote(url + "/sparql", "calls-mentioning",
                    BundledQueries.load("calls-mentioning"), Map.of("topic", "Iran"));
            assertThat(iran.rows()).hasSize(2);
            assertThat(iran.rows()).extracting(r -> r.get(iran.columns().indexOf("date")))
                    .containsExactly("2025-06-14", "2025-07-03");
        }
    }

    @Test
    void addingArticlesToARemoteStoreReconcilesTheirGroupsToTheSameGraph() throws IOException {
        // four seeds first, then the fifth: the second build reconciles only the groups the fifth touches, with
        // the group look-up queries sent over the protocol (sparql:) and through RDF4J's client (rdf4j:)
        List<Path> files;
        try (Stream<Path> s = Files.list(DATA.get(0))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (String scheme : List.of("sparql:", "rdf4j:")) {
            Txn.executeWrite(served, served::clear);
            try (GraphStore store = GraphStores.open(scheme + url)) {
                builder.build(store, files.subList(1, files.size()), false, Builder.Listener.NONE);
                BuildSummary last = builder.build(store, files.subList(0, 1), false, Builder.Listener.NONE);
                assertThat(last.added()).as(scheme).isEqualTo(1);
                assertThat(last.merged()).as(scheme + " 000 joins calls the others report").isPositive();
                assertThat(quads(served)).as(scheme).isEqualTo(local);
            }
        }
    }

    @Test
    void rdf4jClientGetsTheSameGraph() {
        try (GraphStore store = GraphStores.open("rdf4j:" + url)) {
            BuildSummary first = builder.build(store, DATA, false, Builder.Listener.NONE);
            assertThat(first.problems()).isEmpty();
            assertThat(first.added()).isEqualTo(5);
            assertThat(quads(served)).isEqualTo(local);
            assertThat(builder.build(store, DATA, false, Builder.Listener.NONE).unchanged()).isEqualTo(5);
        }
    }

    @Test
    void anUnreachableServerIsAOneLineStoreError() {
        server.stop();
        try (GraphStore store = GraphStores.open("sparql:" + url)) {
            assertThatThrownBy(() -> store.contentHash("https://w3id.org/diplograph/article/x"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("sparql:" + url + "/sparql: query failed");
        }
    }

    @Test
    void anAddressWithoutAUrlIsRefused() {
        assertThatThrownBy(() -> GraphStores.open("sparql:localhost:3030/ds"))
                .isInstanceOf(StoreException.class).hasMessageContaining("expected sparql:http://");
    }
}
