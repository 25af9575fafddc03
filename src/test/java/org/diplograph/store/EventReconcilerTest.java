package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleSources;
import org.diplograph.article.ReadResult;
import org.diplograph.build.Builder;
import org.diplograph.build.Fingerprint;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.generate.CorpusGenerator;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.resolve.EventIdentity;
import org.diplograph.resolve.EventIdentity.Report;
import org.diplograph.extract.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into an empty store reconciles events from the reports it read off the quads it wrote, instead of
 * querying them back; both ways must see exactly the same reports, or builds would depend on the store's state.
 */
class EventReconcilerTest {
    private static final Comparator<Report> ORDER = Comparator.comparing(Report::articleId)
            .thenComparing(Report::iri).thenComparing(r -> r.type().name());

    private static List<Path> corpus(Path tmp, EntityCatalog catalog, int articles) throws Exception {
        new CorpusGenerator(catalog, 11).write(tmp.resolve("corpus"), articles, CorpusGenerator.Format.JSONL,
                CorpusGenerator.GoldOutput.NONE, done -> { });
        return List.of(tmp.resolve("corpus/articles.jsonl"), Path.of("data"));
    }

    /** A store holding {@code articles} generated articles and the seeds, built into an empty store. */
    private static Tdb2Store built(Path tmp, int articles) throws Exception {
        EntityCatalog catalog = EntityCatalog.bundled();
        Tdb2Store store = Tdb2Store.inMemory();
        new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog)).build(store, corpus(tmp, catalog, articles),
                true, Builder.Listener.NONE);
        return store;
    }

    /** The article graphs' quads (the catalogue graphs are not the reconciliation's business). */
    private static Set<Quad> articleQuads(Tdb2Store store) {
        return quads(store, true);
    }

    /** Every quad in the store. */
    private static Set<Quad> allQuads(Tdb2Store store) {
        return quads(store, false);
    }

    private static Set<Quad> quads(Tdb2Store store, boolean articleGraphsOnly) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> out = new HashSet<>();
            store.datasetGraph().find().forEachRemaining(q -> {
                if (!articleGraphsOnly || q.getGraph().getURI().startsWith(DG.ARTICLE_BASE)) {
                    out.add(q);
                }
            });
            return out;
        });
    }

    /** {@code store}, except that every SPARQL update after the first {@code updates} fails as if the process died. */
    private static GraphStore failingAfter(int updates, GraphStore store) {
        int[] left = {updates};
        return new GraphStore() {
            @Override
            public String address() {
                return store.address();
            }

            @Override
            public java.util.Optional<String> contentHash(String articleIri) {
                return store.contentHash(articleIri);
            }

            @Override
            public void replaceGraphs(List<GraphContent> graphs) {
                store.replaceGraphs(graphs);
            }

            @Override
            public void clear() {
                store.clear();
            }

            @Override
            public <T> T select(String sparql, java.util.function.Function<org.apache.jena.sparql.exec.RowSet, T> reader) {
                return store.select(sparql, reader);
            }

            @Override
            public BulkLoad bulkLoad() {
                return store.bulkLoad();
            }

            @Override
            public void update(String sparqlUpdate) {
                if (left[0]-- <= 0) {
                    throw new IllegalStateException("killed before this update");
                }
                store.update(sparqlUpdate);
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * A large store is reconciled from buckets on disk, its reports read a few article graphs at a time and its
     * renames sent in many updates, and a kill between two updates is finished by the next reconciliation. None of
     * that may change the graph: it must equal what a fresh build makes with every report in memory.
     */
    @Test
    void reconcilingInBucketsOnDiskAndManyUpdatesGivesTheGraphOfAFreshBuild(@TempDir Path tmp) throws Exception {
        EntityCatalog catalog = EntityCatalog.bundled();
        List<Path> inputs = corpus(tmp, catalog, 150);
        Builder builder = new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog));
        try (Tdb2Store built = Tdb2Store.inMemory(); Tdb2Store unreconciled = Tdb2Store.inMemory()) {
            builder.build(built, inputs, true, Builder.Listener.NONE);
            // the article graphs as extraction writes them, before any reconciliation (as batch extraction does)
            try (var results = ArticleSources.read(inputs)) {
                results.forEach(r -> {
                    Article a = ((ReadResult.Ok) r).article();
                    unreconciled.replaceGraph(RdfMapper.articleIri(a.id()), builder.toQuads(a, Fingerprint.of(a)));
                });
            }
            assertThat(articleQuads(unreconciled)).isNotEqualTo(articleQuads(built));
            unreconciled.replaceGraphs(List.of(EventReconciler.pendingMarker()));

            // killed after the first update of renames: the store says the reconciliation is still pending
            GraphStore killedAfterOneUpdate = failingAfter(1, unreconciled);
            try (ReportBuckets buckets = new ReportBuckets(10)) {
                EventReconciler.readStoredReports(unreconciled, 7, buckets::add);
                assertThatThrownBy(() -> EventReconciler.reconcile(killedAfterOneUpdate, buckets, 1,
                        EventReconciler.Progress.NONE))
                        .hasMessageContaining("killed");
            }
            assertThat(EventReconciler.pending(unreconciled)).isTrue();
            assertThat(articleQuads(unreconciled)).isNotEqualTo(articleQuads(built));

            // and the next reconciliation finishes it, whatever was renamed before
            int renamed;
            int total;
            List<int[]> said = new ArrayList<>();
            try (ReportBuckets buckets = new ReportBuckets(10)) {
                EventReconciler.readStoredReports(unreconciled, 7, buckets::add);
                assertThat(buckets.spilled()).isTrue();
                renamed = EventReconciler.reconcile(unreconciled, buckets, 1,
                        (a, t, d) -> said.add(new int[] {a, t, d}));
                total = buckets.size();
            }

            // one progress report per update but the last, counting up to every report assigned and renamed
            assertThat(said).hasSize(renamed);
            assertThat(said).extracting(p -> p[1]).containsOnly(total);
            assertThat(said).extracting(p -> p[2]).isSorted().endsWith(renamed);
            assertThat(said).extracting(p -> p[0]).isSorted().allMatch(a -> a <= total);

            assertThat(renamed).as("renamed one per update").isGreaterThan(1);
            assertThat(articleQuads(unreconciled)).isEqualTo(articleQuads(built));
            assertThat(EventReconciler.pending(unreconciled)).isFalse();
            assertThat(EventReconciler.reconcile(unreconciled)).as("reconciled twice: nothing left to rename").isZero();
        }
    }

    /**
     * A build into an empty store holds its events back and writes each once, under its final IRI: not one
     * SPARQL update is sent (on a million articles the renames took hours), and the graph is the one renaming
     * gives, here from a build that commits every 40 articles and so has to rename.
     */
    @Test
    void aBuildIntoAnEmptyStoreWritesEachEventOnceUnderItsFinalIriInsteadOfRenamingIt(@TempDir Path tmp)
            throws Exception {
        EntityCatalog catalog = EntityCatalog.bundled();
        List<Path> inputs = corpus(tmp, catalog, 150);
        org.diplograph.extract.Pipeline pipeline = GermanPipeline.create(catalog);
        RdfMapper mapper = new RdfMapper(catalog);
        try (Tdb2Store renamed = Tdb2Store.inMemory(); Tdb2Store held = Tdb2Store.inMemory()) {
            var byRenaming = new Builder(pipeline, mapper, 2, 0, 40).build(renamed, inputs, true,
                    Builder.Listener.NONE);
            var byHolding = new Builder(pipeline, mapper).build(failingAfter(0, held), inputs, true,
                    Builder.Listener.NONE);

            assertThat(byRenaming.merged()).as("reports that join another article's event").isPositive();
            assertThat(byHolding.merged()).isEqualTo(byRenaming.merged());
            assertThat(byHolding.counts().triples()).isEqualTo(byRenaming.counts().triples());
            assertThat(allQuads(held)).as("the same graph, without a pending marker").isEqualTo(allQuads(renamed));
            assertThat(EventReconciler.pending(held)).isFalse();
        }
    }

    /** Held events spilled to disk with their quads come back under the same IRIs as renaming them in the store. */
    @Test
    void eventsHeldInBucketsOnDiskAreWrittenUnderTheIrisRenamingGives(@TempDir Path tmp) throws Exception {
        EntityCatalog catalog = EntityCatalog.bundled();
        List<Path> inputs = corpus(tmp, catalog, 150);
        Builder builder = new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog));
        try (Tdb2Store renamed = Tdb2Store.inMemory(); Tdb2Store held = Tdb2Store.inMemory();
             ReportBuckets buckets = new ReportBuckets(10, 100)) {
            List<GraphStore.GraphContent> unreconciled = new ArrayList<>();
            try (var results = ArticleSources.read(inputs); BulkLoad bulk = held.bulkLoad()) {
                results.forEach(r -> {
                    Article a = ((ReadResult.Ok) r).article();
                    String graph = RdfMapper.articleIri(a.id());
                    List<Quad> quads = builder.toQuads(a, Fingerprint.of(a));
                    unreconciled.add(new GraphStore.GraphContent(graph, quads));
                    EventReconciler.HeldEvents events = EventReconciler.holdEvents(graph, quads);
                    // only events whose IRI may change are held back
                    for (ReportBuckets.Entry e : events.events()) {
                        boolean inRest = events.rest().stream()
                                .anyMatch(q -> q.getSubject().getURI().equals(e.report().iri()));
                        assertThat(inRest).as(e.report().iri()).isEqualTo(EventIdentity.settled(e.report()));
                        assertThat(e.quads().isEmpty()).isEqualTo(EventIdentity.settled(e.report()));
                    }
                    bulk.add(List.of(new GraphStore.GraphContent(graph, events.rest())));
                    events.events().forEach(e -> buckets.add(e.report(), e.quads()));
                });
                assertThat(buckets.spilled()).isTrue();
                List<int[]> said = new ArrayList<>();
                int merged = EventReconciler.addAssigned(buckets, bulk, (a, t, d) -> said.add(new int[] {a, t, d}));
                bulk.commit();
                renamed.replaceGraphs(unreconciled);
                assertThat(merged).isPositive().isEqualTo(EventReconciler.reconcile(renamed));
                assertThat(said).as("a line per %d reports", EventReconciler.PROGRESS_EVERY)
                        .hasSize(buckets.size() / EventReconciler.PROGRESS_EVERY);
            }
            assertThat(articleQuads(held)).isEqualTo(articleQuads(renamed));
        }
    }

    @Test
    void reportsReadFromAnArticlesQuadsEqualTheReportsTheStoreWideQueryFinds(@TempDir Path tmp) throws Exception {
        try (Tdb2Store store = built(tmp, 400)) {

            List<Report> fromQuery = new ArrayList<>(EventReconciler.storedReports(store));
            // a graph at a time, including graphs without any event (Jena 6.0's TDB2 once failed on an empty match)
            List<Report> oneByOne = new ArrayList<>();
            EventReconciler.readStoredReports(store, 1, oneByOne::add);
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
            oneByOne.sort(ORDER);

            assertThat(fromQuery).as("events in 400 generated articles and the seeds").hasSizeGreaterThan(400);
            assertThat(fromQuery.stream().filter(r -> r.date() == null)).as("undated reports are covered").isNotEmpty();
            assertThat(fromQuery.stream().filter(r -> r.ordinal() != null)).as("ordinals are covered").isNotEmpty();
            assertThat(fromQuery.stream().filter(r -> !r.topics().isEmpty())).as("topics are covered").isNotEmpty();
            assertThat(fromQuads).isEqualTo(fromQuery);
            assertThat(oneByOne).isEqualTo(fromQuery);
        }
    }

    @Test
    void theReportsOfSomeIdentityGroupsAreExactlyTheStoredReportsOfThoseGroups(@TempDir Path tmp) throws Exception {
        try (Tdb2Store store = built(tmp, 300)) {
            List<Report> all = EventReconciler.storedReports(store);
            // every third group that occurs: calls, rounds and meetings, of two or more participants
            List<EventIdentity.Group> occurring = all.stream().map(EventIdentity.Group::of).distinct()
                    .sorted(Comparator.comparing(Object::toString)).toList();
            Set<EventIdentity.Group> some = new HashSet<>();
            for (int i = 0; i < occurring.size(); i += 3) {
                some.add(occurring.get(i));
            }
            List<Report> expected = new ArrayList<>(all.stream().filter(r -> some.contains(EventIdentity.Group.of(r))).toList());

            // few groups and graphs a query, so that both are read in many queries
            List<Report> read = new ArrayList<>();
            EventReconciler.readStoredReports(store, some, 4, 5, read::add);
            // a group without participants of ours cannot be looked up by them: every report is read and filtered
            Set<EventIdentity.Group> withEmpty = new HashSet<>(some);
            withEmpty.add(new EventIdentity.Group(EventType.PHONE_CALL, List.of()));
            List<Report> filtered = new ArrayList<>();
            EventReconciler.readStoredReports(store, withEmpty, 4, 5, filtered::add);
            expected.sort(ORDER);
            read.sort(ORDER);
            filtered.sort(ORDER);

            assertThat(occurring).as("groups in 300 generated articles and the seeds").hasSizeGreaterThan(30);
            assertThat(expected.stream().map(Report::type).distinct()).as("every event class is covered")
                    .hasSize(EventType.values().length);
            assertThat(expected).hasSizeLessThan(all.size());
            assertThat(read).isEqualTo(expected);
            assertThat(filtered).isEqualTo(expected);
        }
    }
}
