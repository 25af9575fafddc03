package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.build.Builder;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.generate.CorpusGenerator;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.resolve.EventIdentity.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into an empty store reconciles events from the reports it read off the quads it wrote, instead of
 * querying them back; both ways must see exactly the same reports, or builds would depend on the store's state.
 */
class EventReconcilerTest {
    private static final Comparator<Report> ORDER = Comparator.comparing(Report::articleId)
            .thenComparing(Report::iri).thenComparing(r -> r.type().name());

    @Test
    void reportsReadFromAnArticlesQuadsEqualTheReportsTheStoreWideQueryFinds(@TempDir Path tmp) throws Exception {
        EntityCatalog catalog = EntityCatalog.bundled();
        new CorpusGenerator(catalog, 11).write(tmp.resolve("corpus"), 400, CorpusGenerator.Format.JSONL,
                CorpusGenerator.GoldOutput.NONE, done -> { });
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog)).build(store,
                    List.of(tmp.resolve("corpus/articles.jsonl"), Path.of("data")), true, Builder.Listener.NONE);

            List<Report> fromQuery = new ArrayList<>(EventReconciler.storedReports(store));
            List<Report> fromQuads = new ArrayList<>();
            Txn.executeRead(store.datasetGraph(), () -> {
                for (String graph : store.graphNames()) {
                    Node g = NodeFactory.createURI(graph);
                    List<Quad> quads = new ArrayList<>();
                    store.datasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                    fromQuads.addAll(EventReconciler.reportsOf(graph, quads));
                }
            });
            fromQuery.sort(ORDER);
            fromQuads.sort(ORDER);

            assertThat(fromQuery).as("events in 400 generated articles and the seeds").hasSizeGreaterThan(400);
            assertThat(fromQuery.stream().filter(r -> r.date() == null)).as("undated reports are covered").isNotEmpty();
            assertThat(fromQuery.stream().filter(r -> r.ordinal() != null)).as("ordinals are covered").isNotEmpty();
            assertThat(fromQuery.stream().filter(r -> !r.topics().isEmpty())).as("topics are covered").isNotEmpty();
            assertThat(fromQuads).isEqualTo(fromQuery);
        }
    }
}
