package org.diplograph.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleSources;
import org.diplograph.article.ReadResult;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.generate.CorpusGenerator;
import org.diplograph.rdf.DG;
import org.diplograph.query.ResultTable;
import org.diplograph.query.QueryRunner;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.store.EventReconciler;
import org.diplograph.store.GraphStore;
import org.diplograph.store.Tdb2Store;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.store.ShapeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build job end to end on the bundled seed articles. */
class BuilderTest {
    private static final Path DATA = Path.of("data");
    private static Builder builder;
    private static EntityCatalog catalog;

    @BeforeAll
    static void setUp() {
        catalog = EntityCatalog.bundled();
        builder = new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog));
    }

    private static BuildSummary build(Tdb2Store store, List<Path> inputs) {
        return builder.build(store, inputs, false, Builder.Listener.NONE);
    }

    private static Set<Quad> quads(Tdb2Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> all = new HashSet<>();
            store.datasetGraph().find().forEachRemaining(all::add);
            return all;
        });
    }

    @Test
    void buildsTheSeedsAndEveryMentionReproducesTheArticleText() {
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            BuildSummary s = build(store, List.of(DATA));
            assertThat(s.problems()).isEmpty();
            assertThat(s.added()).isEqualTo(5);
            assertThat(s.counts().articles()).isEqualTo(5);
            assertThat(s.counts().calls()).isGreaterThan(0);
            assertThat(s.counts().persons()).isGreaterThan(3);

            int checked = Txn.calculateRead(store.datasetGraph(), () -> {
                int n = 0;
                var dsg = store.datasetGraph();
                List<Quad> mentions = new ArrayList<>();
                dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), DG.MENTION.asNode())
                        .forEachRemaining(mentions::add);
                for (Quad q : mentions) {
                    Node g = q.getGraph();
                    Node m = q.getSubject();
                    Node article = dsg.find(g, m, DG.ARTICLE_PROP.asNode(), Node.ANY).next().getObject();
                    String content = dsg.find(article, article, DG.CONTENT.asNode(), Node.ANY).next()
                            .getObject().getLiteralLexicalForm();
                    int start = Integer.parseInt(one(dsg, g, m, DG.START.asNode()));
                    int end = Integer.parseInt(one(dsg, g, m, DG.END.asNode()));
                    String text = one(dsg, g, m, DG.TEXT.asNode());
                    assertThat(content.substring(start, end)).as("mention %s", m).isEqualTo(text);
                    n++;
                }
                return n;
            });
            assertThat(checked).isGreaterThan(100);
        }
    }

    private static String one(org.apache.jena.sparql.core.DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        assertThat(it.hasNext()).as("%s %s", s, p).isTrue();
        return it.next().getObject().getLiteralLexicalForm();
    }

    @Test
    void rebuildingTheSameInputChangesNothing() {
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            build(store, List.of(DATA));
            Set<Quad> before = quads(store);
            BuildSummary again = build(store, List.of(DATA));
            assertThat(again.added() + again.updated()).isZero();
            assertThat(again.unchanged()).isEqualTo(5);
            assertThat(quads(store)).isEqualTo(before);
        }
    }

    @Test
    void aBuildKilledAfterStoringArticlesButBeforeReconcilingTheirEventsIsFinishedByTheNextBuild() {
        try (Tdb2Store clean = Tdb2Store.inMemory(); Tdb2Store killed = Tdb2Store.inMemory()) {
            BuildSummary reference = build(clean, List.of(DATA));
            assertThat(reference.merged()).as("the seeds have events reported by several articles").isPositive();

            // the state a kill leaves between the commit and the reconciliation: article graphs with their
            // events' initial IRIs, the catalogue graphs of the entities they name and the pending marker, all
            // written in the same transaction
            List<GraphStore.GraphContent> graphs = new ArrayList<>();
            Set<String> named = new TreeSet<>();
            RdfMapper mapper = new RdfMapper(catalog);
            try (Stream<ReadResult> read = ArticleSources.read(List.of(DATA))) {
                read.forEach(r -> {
                    Article a = ((ReadResult.Ok) r).article();
                    List<Quad> quads = builder.toQuads(a, Fingerprint.of(a));
                    graphs.add(new GraphStore.GraphContent(RdfMapper.articleIri(a.id()), quads));
                    named.addAll(mapper.catalogKeys(quads));
                });
            }
            named.forEach(k -> graphs.add(new GraphStore.GraphContent(RdfMapper.catalogGraphIri(k), mapper.describe(k))));
            graphs.add(EventReconciler.pendingMarker());
            killed.replaceGraphs(graphs);
            assertThat(EventReconciler.pending(killed)).isTrue();

            BuildSummary rerun = build(killed, List.of(DATA));

            assertThat(rerun.unchanged()).as("every article was stored already").isEqualTo(5);
            assertThat(rerun.merged()).isEqualTo(reference.merged());
            assertThat(EventReconciler.pending(killed)).isFalse();
            assertThat(quads(killed)).as("the same graph as a build that was never killed").isEqualTo(quads(clean));
        }
    }

    @Test
    void addingACorpusInTwoHalvesGivesTheSameGraphAsAllAtOnce(@TempDir Path dir) throws IOException {
        // the second build adds to a store that holds articles: bulk load with commits, full reconciliation
        new CorpusGenerator(EntityCatalog.bundled(), 5).write(dir.resolve("corpus"), 1000,
                CorpusGenerator.Format.JSONL, CorpusGenerator.GoldOutput.NONE, done -> { });
        List<String> lines = Files.readAllLines(dir.resolve("corpus/articles.jsonl"));
        Path first = Files.write(dir.resolve("first.jsonl"), lines.subList(0, 500));
        Path second = Files.write(dir.resolve("second.jsonl"), lines.subList(500, lines.size()));
        try (Tdb2Store together = Tdb2Store.inMemory(); Tdb2Store inHalves = Tdb2Store.inMemory()) {
            BuildSummary all = build(together, List.of(first, second));
            build(inHalves, List.of(second));
            BuildSummary rest = build(inHalves, List.of(first));
            assertThat(all.merged()).as("reports merged across articles").isPositive();
            assertThat(rest.added()).isEqualTo(500);
            assertThat(quads(inHalves)).isEqualTo(quads(together));
        }
    }

    @Test
    void addingArticlesOneByOneGivesTheSameGraphAsAllAtOnce() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DATA)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (Tdb2Store together = Tdb2Store.inMemory(); Tdb2Store oneByOne = Tdb2Store.inMemory()) {
            build(together, List.of(DATA));
            for (Path f : files.reversed()) {
                build(oneByOne, List.of(f));
            }
            assertThat(quads(oneByOne)).isEqualTo(quads(together));
        }
    }

    @Test
    void aChangedArticleReplacesOnlyItsOwnGraph(@TempDir Path dir) throws IOException {
        Path in = copyData(dir);
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            build(store, List.of(in));
            Path changed = in.resolve("004_5908dc6cc7697daf.txt");
            Files.writeString(changed, Files.readString(changed) + "\nEin Nachsatz ohne Belang.\n");
            Set<Quad> before = quads(store);
            BuildSummary s = build(store, List.of(in));
            assertThat(s.updated()).isEqualTo(1);
            assertThat(s.unchanged()).isEqualTo(4);
            Node g4 = NodeFactory.createURI(DG.ARTICLE_BASE + "004_5908dc6cc7697daf");
            Set<Quad> after = quads(store);
            assertThat(after.stream().filter(q -> !q.getGraph().equals(g4)).toList())
                    .containsExactlyInAnyOrderElementsOf(before.stream().filter(q -> !q.getGraph().equals(g4)).toList());
        }
    }

    @Test
    void aBadArticleIsReportedAndTheOthersAreStored(@TempDir Path dir) throws IOException {
        Path in = copyData(dir);
        Files.write(in.resolve("broken.txt"), new byte[0]);
        Files.writeString(in.resolve("bad.jsonl"), "{\"id\": \"x1\", \"text\": \"Putin telefonierte.\"}\n{oops\n");
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            BuildSummary s = build(store, List.of(in));
            assertThat(s.problems()).hasSize(2);
            assertThat(s.problems()).anySatisfy(p -> assertThat(p).contains("broken.txt").contains("empty"));
            assertThat(s.problems()).anySatisfy(p -> assertThat(p).contains("bad.jsonl:2"));
            assertThat(s.counts().articles()).isEqualTo(6);
        }
    }

    @Test
    void aCatalogueEntityIsDescribedOnceInItsCatalogueGraphNotInEveryArticleThatNamesIt() {
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            build(store, List.of(DATA));
            DatasetGraph dsg = store.datasetGraph();
            Node putin = NodeFactory.createURI(RdfMapper.entityIri("person/vladimir-putin"));
            Txn.executeRead(dsg, () -> {
                assertThat(Iter.count(dsg.find(Node.ANY, putin, DG.MENTIONED_IN.asNode(), Node.ANY)))
                        .as("articles naming Putin").isGreaterThan(1);
                for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), OWL.sameAs.asNode(),
                        DG.NAME_KEY.asNode())) {
                    List<String> graphs = new ArrayList<>();
                    dsg.find(Node.ANY, putin, p, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph().getURI()));
                    assertThat(graphs).as(p.getLocalName()).isNotEmpty()
                            .containsOnly(RdfMapper.catalogGraphIri("person/vladimir-putin"));
                }
                assertThat(Iter.count(dsg.find(Node.ANY, putin, DG.NAME_KEY.asNode(),
                        NodeFactory.createLiteralString("putin")))).as("found by surname").isEqualTo(1);
            });
        }
    }

    @Test
    void eachCallRowListsExactlyItsOwnTopicsAndParticipantsEvenACallWithoutTopics() {
        String own = """
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?name WHERE { ?call ?p ?x . ?x rdfs:label ?name FILTER(LANGMATCHES(LANG(?name), "en")) }
                ORDER BY ?name
                """;
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            build(store, List.of(DATA));
            QueryRunner runner = new QueryRunner();
            ResultTable calls = runner.runBundled(store.dataset(), "calls-between",
                    Map.of("person1", "Putin", "person2", "donald trump"));
            assertThat(calls.rows()).hasSizeGreaterThan(2);
            int call = calls.columns().indexOf("call");
            for (List<String> row : calls.rows()) {
                String iri = "<" + DG.ID_BASE + row.get(call).substring("dgid:".length()) + ">";
                for (String column : List.of("topics", "participants")) {
                    String p = column.equals("topics") ? "dg:topic" : "dg:participant";
                    List<String> names = runner.run(store.dataset(),
                            own.replace("?call ?p", iri + " " + p), Map.of()).column("name");
                    String cell = row.get(calls.columns().indexOf(column));
                    assertThat(cell == null ? List.of() : List.of(cell.split("; ")))
                            .as(column + " of " + row.get(call)).isEqualTo(names);
                }
            }
            assertThat(calls.column("topics")).as("the seeds report a Trump-Putin call without topics").containsNull();
        }
    }

    @Test
    void anEntityThatNoStoredArticleNamesAnyMoreLosesItsCatalogueGraph(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "Putin und Macron telefonierten am 3. Juli 2025 miteinander.\n");
        Files.writeString(b, "Putin sprach am 4. Juli 2025 in Moskau.\n");
        String macron = RdfMapper.catalogGraphIri("person/emmanuel-macron");
        String putin = RdfMapper.catalogGraphIri("person/vladimir-putin");
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            build(store, List.of(a, b));
            assertThat(store.graphNames()).contains(macron, putin);

            Files.writeString(a, "Putin telefonierte am 3. Juli 2025 mit niemandem.\n");
            BuildSummary s = build(store, List.of(a, b));

            assertThat(s.updated()).isEqualTo(1);
            assertThat(store.graphNames()).doesNotContain(macron).contains(putin);
            assertThat(new ShapeValidator().validate(store.dataset()).conforms()).isTrue();
        }
    }

    @Test
    void theStoredGraphIsStandardRdfThatRdf4jReadsBack() {
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            build(store, List.of(DATA));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Dataset ds = store.dataset();
            Txn.executeRead(ds, () -> RDFDataMgr.write(out, ds, Lang.TRIG));
            Model model;
            try {
                model = Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", RDFFormat.TRIG);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            assertThat((long) model.size()).isEqualTo(store.tripleCount());
            assertThat(model.contexts()).map(Object::toString).filteredOn(c -> c.startsWith(DG.ARTICLE_BASE))
                    .hasSize(5);
            assertThat(model.contexts()).map(Object::toString)
                    .allMatch(c -> c.startsWith(DG.ARTICLE_BASE) || c.startsWith(DG.CATALOG_GRAPH_BASE));
            assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("wikidata.org/entity/Q7747");
        }
    }

    @Test
    void anArticleWithoutPublicationDateIsStoredWithAWarningAboutItsRelativeDates(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("undated.txt");
        Files.writeString(in, "Putin und Trump telefonierten am Donnerstag miteinander.\n");
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            BuildSummary s = build(store, List.of(in));
            assertThat(s.added()).isEqualTo(1);
            assertThat(s.warnings()).singleElement().asString()
                    .contains("undated.txt").contains("no publication date").contains("1 relative date");
        }
    }

    private static Path copyData(Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> s = Files.list(DATA)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".meta.json")).toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        return in;
    }

    @Test
    void anUndatedReportLeavesTheDatedCallItJoinedWhenTheArticlesThatDatedItChange(@TempDir Path dir) throws IOException {
        // 002 gives the 2025-07-03 Trump-Putin call no date, only its ordinal ("das sechste Telefonat"), and joins
        // the call 000, 001 and 003 date. Once those three report nothing, 002's call is undated again: the build
        // must reconcile the group of the events the changed articles reported before, not only of what they say now
        Path in = copyData(dir);
        try (Tdb2Store store = Tdb2Store.inMemory(); Tdb2Store fromScratch = Tdb2Store.inMemory()) {
            build(store, List.of(in));
            String dated = callOf(store, "002_18a49894dcf38687");
            assertThat(reports(store, "000_fae01da9c4644b48", dated)).as("000 dates the call 002 joined").isTrue();
            for (String id : List.of("000_fae01da9c4644b48", "001_cef17978be899d2d", "003_44829fe54b22cb0f")) {
                Files.writeString(in.resolve(id + ".txt"), "Kurz gemeldet\n\nEin Bericht ohne Ereignis.\n");
            }
            BuildSummary s = build(store, List.of(in));
            build(fromScratch, List.of(in));

            assertThat(s.updated()).isEqualTo(3);
            assertThat(callOf(store, "002_18a49894dcf38687")).isNotEqualTo(dated);
            assertThat(quads(store)).isEqualTo(quads(fromScratch));
        }
    }

    private static boolean reports(Tdb2Store store, String articleId, String event) {
        return store.select("SELECT ?d WHERE { GRAPH <" + DG.ARTICLE_BASE + articleId + "> { <" + event + "> <"
                + DG.DATE.getURI() + "> ?d } }", rows -> rows.hasNext());
    }

    /** The IRI of the one phone call in an article graph that has an ordinal (the "sixth call"). */
    private static String callOf(Tdb2Store store, String articleId) {
        return store.select("PREFIX dg: <" + DG.NAMESPACE + "> SELECT ?e WHERE { GRAPH <" + DG.ARTICLE_BASE + articleId
                + "> { ?e a dg:PhoneCall ; dg:ordinal ?n } }", rows -> rows.hasNext() ? rows.next().get("e").getURI() : null);
    }

    @Test
    void articlesChangedSoThatTheirEventsGoLeaveTheGraphABuildOfTheirNewTextsGives(@TempDir Path dir) throws IOException {
        // into a store that holds articles only the identity groups the build touches are reconciled again,
        // among them the groups of the events a changed article reported before: a report that had joined one of
        // those events (an undated "das Telefonat" joining the dated call) must leave it when that event goes
        new CorpusGenerator(EntityCatalog.bundled(), 5).write(dir.resolve("corpus"), 1000,
                CorpusGenerator.Format.JSONL, CorpusGenerator.GoldOutput.NONE, done -> { });
        List<String> lines = Files.readAllLines(dir.resolve("corpus/articles.jsonl"));
        ObjectMapper json = new ObjectMapper();
        List<String> changed = new ArrayList<>(lines);
        for (int i = 0; i < changed.size(); i += 5) {
            ObjectNode article = (ObjectNode) json.readTree(changed.get(i));
            article.put("text", "Kurz gemeldet\n\nEin Bericht ohne Ereignis.");
            changed.set(i, json.writeValueAsString(article));
        }
        Path before = Files.write(dir.resolve("before.jsonl"), lines);
        Path after = Files.write(dir.resolve("after.jsonl"), changed);
        try (Tdb2Store updated = Tdb2Store.inMemory(); Tdb2Store fromScratch = Tdb2Store.inMemory()) {
            BuildSummary first = build(updated, List.of(before));
            BuildSummary second = build(updated, List.of(after));
            build(fromScratch, List.of(after));

            assertThat(first.merged()).as("reports merged across articles").isPositive();
            assertThat(second.updated()).isEqualTo(200);
            assertThat(quads(updated)).isEqualTo(quads(fromScratch));
        }
    }
}
