package org.diplograph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.DG;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Linker} end to end: an in-memory store, a fake Wikidata API on loopback, a temporary cache. */
class LinkerTest {
    static final Instant NOW = Instant.parse("2025-07-03T10:15:30Z");
    private static final Node ARTICLE = NodeFactory.createURI(DG.ARTICLE_BASE + "a1");
    private static final Node LINKS = NodeFactory.createURI(LinkGraph.GRAPH_IRI);

    @TempDir
    Path tmp;
    private Tdb2Store store;
    private FakeWikidataApi api;

    @BeforeEach
    void setUp() {
        store = Tdb2Store.inMemory();
    }

    @AfterEach
    void tearDown() {
        store.close();
        if (api != null) {
            api.close();
        }
    }

    static Node id(String key) {
        return NodeFactory.createURI(DG.ID_BASE + key);
    }

    /** Adds an entity (type from the key) with a German and optionally an English label to the article graph. */
    void entity(String key, String de, String en) {
        Node type = switch (key.substring(0, key.indexOf('/'))) {
            case "person" -> DG.PERSON.asNode();
            case "country" -> DG.COUNTRY.asNode();
            case "city" -> DG.CITY.asNode();
            case "region" -> DG.REGION.asNode();
            default -> DG.ORGANIZATION.asNode();
        };
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.add(ARTICLE, id(key), RDF.type.asNode(), type);
            dsg.add(ARTICLE, id(key), RDFS.label.asNode(), NodeFactory.createLiteralLang(de, "de"));
            if (en != null) {
                dsg.add(ARTICLE, id(key), RDFS.label.asNode(), NodeFactory.createLiteralLang(en, "en"));
            }
        });
    }

    void add(Node g, Node s, Node p, Node o) {
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> dsg.add(g, s, p, o));
    }

    LinkOptions options(URI endpoint) {
        return LinkOptions.defaults(tmp.resolve("db")).withEndpoint(endpoint).withCacheDir(tmp.resolve("cache"))
                .withReviewFile(tmp.resolve("review.tsv")).withRequestInterval(Duration.ZERO)
                .withTimeout(Duration.ofSeconds(10)).withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    LinkResult run(FakeWikidataApi fake) {
        return new Linker().run(store, options(fake.endpoint()), d -> { });
    }

    List<String> links(String key) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.find(LINKS, id(key), OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getObject().getURI()));
            return out;
        });
    }

    List<String> reviewLines() throws IOException {
        return Files.readAllLines(tmp.resolve("review.tsv"));
    }

    @Test
    void aUniqueHumanIsAcceptedAndStoredInTheLinksGraphWithProvenance() throws IOException {
        entity("person/jana-kowalczyk", "Jana Kowalczyk", null);
        api = FakeWikidataApi.start(
                FakeWikidataApi.Item.of("Q9900001", "Jana Kowalczyk", "Jana Kowalczyk", "fictional diplomat", "Q5"),
                FakeWikidataApi.Item.of("Q9900002", "Jana-Kowalczyk-Stiftung", null, "foundation", "Q43229"));
        LinkResult r = run(api);

        assertThat(r.accepted()).singleElement().satisfies(d -> {
            assertThat(d.qid()).isEqualTo("Q9900001");
            assertThat(d.reason()).contains("label 'Jana Kowalczyk' (de)").contains("Q5 (human)");
        });
        assertThat(links("person/jana-kowalczyk")).containsExactly("http://www.wikidata.org/entity/Q9900001");
        DatasetGraph dsg = store.datasetGraph();
        Node statement = NodeFactory.createURI(LinkGraph.GRAPH_IRI + "#person/jana-kowalczyk");
        Txn.executeRead(dsg, () -> {
            assertThat(dsg.contains(LINKS, statement, RDF.subject.asNode(), id("person/jana-kowalczyk"))).isTrue();
            assertThat(dsg.contains(LINKS, statement, NodeFactory.createURI(LinkGraph.PROV + "wasGeneratedBy"),
                    NodeFactory.createURI(LinkGraph.ACTIVITY_IRI))).isTrue();
            assertThat(dsg.find(LINKS, statement, NodeFactory.createURI(LinkGraph.PROV + "generatedAtTime"), Node.ANY)
                    .next().getObject().getLiteralLexicalForm()).isEqualTo("2025-07-03T10:15:30Z");
            // Nothing was written into the article graph, and the union shows the link.
            assertThat(dsg.contains(ARTICLE, id("person/jana-kowalczyk"), OWL.sameAs.asNode(), Node.ANY)).isFalse();
            assertThat(dsg.getUnionGraph().contains(id("person/jana-kowalczyk"), OWL.sameAs.asNode(), Node.ANY)).isTrue();
        });
        assertThat(reviewLines()).containsExactly(ReviewFile.HEADER);
        assertThat(api.userAgents()).isNotEmpty().allSatisfy(ua -> assertThat(ua).startsWith("Diplograph/"));
    }

    @Test
    void twoHumansWithTheSameNameGoToReview() throws IOException {
        entity("person/peter-schmidt", "Peter Schmidt", null);
        api = FakeWikidataApi.start(
                FakeWikidataApi.Item.of("Q9900011", "Peter Schmidt", "Peter Schmidt", "German footballer", "Q5"),
                FakeWikidataApi.Item.of("Q9900012", "Peter Schmidt", "Peter Schmidt", "German diplomat", "Q5"));
        LinkResult r = run(api);

        assertThat(r.accepted()).isEmpty();
        assertThat(links("person/peter-schmidt")).isEmpty();
        List<String> review = reviewLines();
        assertThat(review).hasSize(2);
        String[] cells = review.get(1).split("\t", -1);
        assertThat(cells).hasSize(4);
        assertThat(cells[0]).isEqualTo(DG.ID_BASE + "person/peter-schmidt");
        assertThat(cells[1]).isEqualTo("Peter Schmidt");
        assertThat(cells[2]).contains("Q9900011 Peter Schmidt – German footballer [Q5 (human)]")
                .contains("Q9900012 Peter Schmidt – German diplomat [Q5 (human)]");
        assertThat(cells[3]).startsWith("ambiguous: 2 candidates named 'Peter Schmidt' fit");
    }

    @Test
    void aDisambiguationPageIsNotAPerson() throws IOException {
        entity("person/anna-berger", "Anna Berger", null);
        api = FakeWikidataApi.start(
                FakeWikidataApi.Item.of("Q9900021", "Anna Berger", "Anna Berger", "Wikimedia disambiguation page",
                        "Q4167410"));
        LinkResult r = run(api);

        assertThat(r.accepted()).isEmpty();
        String[] cells = reviewLines().get(1).split("\t", -1);
        assertThat(cells[2]).contains("Q9900021").contains("Q4167410 (Wikimedia disambiguation page)");
        assertThat(cells[3]).isEqualTo("no candidate named 'Anna Berger' is an instance of Q5 (human)");
    }

    @Test
    void aFittingTypeIsNotEnoughWithoutTheExactName() throws IOException {
        entity("person/karl-meier", "Karl Meier", null);
        api = FakeWikidataApi.start(
                FakeWikidataApi.Item.of("Q9900031", "Karl Meiersen", "Karl Meiersen", "politician", "Q5"));
        run(api);
        assertThat(links("person/karl-meier")).isEmpty();
        assertThat(reviewLines().get(1)).endsWith("\tno candidate's label or alias equals 'Karl Meier' (1 search result)");
    }

    @Test
    void aSecondRunIsAnsweredFromTheCache() throws IOException {
        entity("person/jana-kowalczyk", "Jana Kowalczyk", null);
        api = FakeWikidataApi.start(
                FakeWikidataApi.Item.of("Q9900001", "Jana Kowalczyk", null, "fictional diplomat", "Q5"));
        LinkResult first = new Linker().run(store, options(api.endpoint()).withDryRun(true), d -> { });
        int requests = api.requests().size();
        assertThat(first.networkRequests()).isEqualTo(requests).isEqualTo(2);

        LinkResult second = run(api);
        assertThat(api.requests()).hasSize(requests);
        assertThat(second.networkRequests()).isZero();
        assertThat(second.cacheHits()).isEqualTo(2);
        assertThat(second.accepted()).extracting(LinkDecision::qid).containsExactly("Q9900001");
        try (var files = Files.list(tmp.resolve("cache"))) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(2)
                    .allMatch(n -> n.matches("[0-9a-f]{64}\\.json"));
        }
    }

    @Test
    void anUnreachableApiChangesNothing() throws IOException {
        entity("person/jana-kowalczyk", "Jana Kowalczyk", null);
        long before = store.tripleCount();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/w/api.php");
        assertThatThrownBy(() -> new Linker().run(store, options(closed), d -> { }))
                .isInstanceOf(WikidataUnavailableException.class)
                .hasMessage("Wikidata API unreachable (connection refused: " + closed + ")");
        assertThat(store.tripleCount()).isEqualTo(before);
        assertThat(tmp.resolve("review.tsv")).doesNotExist();
    }

    @Test
    void anHttpErrorHalfWayChangesNothing() {
        entity("person/jana-kowalczyk", "Jana Kowalczyk", null);
        entity("person/peter-schmidt", "Peter Schmidt", null);
        api = FakeWikidataApi.start(
                FakeWikidataApi.Item.of("Q9900001", "Jana Kowalczyk", null, "fictional diplomat", "Q5"));
        api.failWith(500);
        long before = store.tripleCount();
        assertThatThrownBy(() -> run(api)).isInstanceOf(WikidataUnavailableException.class)
                .hasMessageStartingWith("Wikidata API answered HTTP 500 for " + api.endpoint());
        assertThat(store.tripleCount()).isEqualTo(before);
        assertThat(tmp.resolve("review.tsv")).doesNotExist();
    }

    @Test
    void aDryRunWritesNothing() {
        entity("person/jana-kowalczyk", "Jana Kowalczyk", null);
        entity("person/peter-schmidt", "Peter Schmidt", null);
        api = FakeWikidataApi.start(
                FakeWikidataApi.Item.of("Q9900001", "Jana Kowalczyk", null, "fictional diplomat", "Q5"));
        long before = store.tripleCount();
        LinkResult r = new Linker().run(store, options(api.endpoint()).withDryRun(true), d -> { });
        assertThat(r.dryRun()).isTrue();
        assertThat(r.reviewFile()).isNull();
        assertThat(r.accepted()).extracting(LinkDecision::qid).containsExactly("Q9900001");
        assertThat(r.toReview()).hasSize(1);
        assertThat(store.tripleCount()).isEqualTo(before);
        assertThat(store.graphNames()).doesNotContain(LinkGraph.GRAPH_IRI);
        assertThat(tmp.resolve("review.tsv")).doesNotExist();
    }

    @Test
    void aSingleNameIsNeverSearched() throws IOException {
        entity("person/uschakow", "Uschakow", null);
        api = FakeWikidataApi.start(FakeWikidataApi.Item.of("Q9900041", "Uschakow", null, "someone", "Q5"));
        run(api);
        assertThat(api.requests()).isEmpty();
        assertThat(reviewLines().get(1)).contains("a single name is not linked");
    }

    @Test
    void aCandidateWithAnotherCitizenshipThanTheCountryRepresentedIsRejected() throws IOException {
        entity("person/olena-bondar", "Olena Bondar", null);
        entity("country/ukraine", "Ukraine", "Ukraine");
        add(ARTICLE, id("country/ukraine"), OWL.sameAs.asNode(), NodeFactory.createURI(LinkGraph.WIKIDATA_ENTITY + "Q212"));
        add(ARTICLE, id("person/olena-bondar"), DG.REPRESENTS.asNode(), id("country/ukraine"));
        api = FakeWikidataApi.start(FakeWikidataApi.Item.of("Q9900051", "Olena Bondar", null, "athlete", "Q5")
                .withCitizenship("Q9900999"));
        run(api);
        assertThat(links("person/olena-bondar")).isEmpty();
        assertThat(reviewLines().get(1)).contains("is not a citizen of Q212");
    }

    @Test
    void aLinkIsPrunedOnceTheLexiconLinksTheEntityAndTheEntityIsThenSkipped() {
        entity("person/jana-kowalczyk", "Jana Kowalczyk", null);
        api = FakeWikidataApi.start(
                FakeWikidataApi.Item.of("Q9900001", "Jana Kowalczyk", null, "fictional diplomat", "Q5"));
        run(api);
        assertThat(links("person/jana-kowalczyk")).hasSize(1);
        // A rebuild with a lexicon that now verifies a QID writes it into the article graph.
        add(ARTICLE, id("person/jana-kowalczyk"), OWL.sameAs.asNode(),
                NodeFactory.createURI(LinkGraph.WIKIDATA_ENTITY + "Q9900001"));
        LinkResult r = run(api);
        assertThat(r.pruned()).isEqualTo(1);
        assertThat(r.decisions()).isEmpty();
        assertThat(links("person/jana-kowalczyk")).isEmpty();
        DatasetGraph dsg = store.datasetGraph();
        assertThat(Txn.calculateRead(dsg, () -> dsg.find(LINKS, Node.ANY, RDF.subject.asNode(), Node.ANY).hasNext()))
                .isFalse();
    }

    @Test
    void aLinkOfAnEntityNoArticleNamesAnyMoreIsPruned() {
        entity("person/jana-kowalczyk", "Jana Kowalczyk", null);
        api = FakeWikidataApi.start(
                FakeWikidataApi.Item.of("Q9900001", "Jana Kowalczyk", null, "fictional diplomat", "Q5"));
        run(api);
        store.replaceGraph(ARTICLE.getURI(), List.of());
        LinkResult r = run(api);
        assertThat(r.pruned()).isEqualTo(1);
        assertThat(links("person/jana-kowalczyk")).isEmpty();
    }

    @Test
    void countriesCitiesRegionsAndOrganizationsFollowTheirOwnRules() throws IOException {
        entity("country/musterland", "Musterland", "Exampleland");
        entity("country/altreich", "Altreich", null);
        entity("city/musterstadt", "Musterstadt", null);
        entity("city/klein-dorf", "Kleindorf", null);
        entity("region/nordsee-kueste", "Nordseeküste", null);
        entity("organization/beispielbund", "Beispielbund", null);
        api = FakeWikidataApi.start(
                FakeWikidataApi.Item.of("Q9900061", "Musterland", "Exampleland", "state", "Q3624078", "Q6256"),
                FakeWikidataApi.Item.of("Q9900062", "Altreich", "Old Realm", "former state", "Q6256").asDissolved(),
                FakeWikidataApi.Item.of("Q9900063", "Musterstadt", null, "capital of Musterland", "Q5119", "Q515"),
                FakeWikidataApi.Item.of("Q9900064", "Kleindorf", null, "village", "Q532"),
                FakeWikidataApi.Item.of("Q9900065", "Nordsee", null, "sea", "Q82794").withAliases("de", "Nordseeküste"),
                FakeWikidataApi.Item.of("Q9900066", "Beispielbund", "Example Alliance", "alliance", "Q1127126"));
        LinkResult r = run(api);
        assertThat(r.accepted()).extracting(d -> d.entity().key() + "=" + d.qid()).containsExactlyInAnyOrder(
                "country/musterland=Q9900061", "city/musterstadt=Q9900063", "organization/beispielbund=Q9900066");
        String review = String.join("\n", reviewLines());
        assertThat(review).contains("country/altreich\tAltreich\t").contains("(and not dissolved or historical)")
                .contains("city/klein-dorf\tKleindorf\t")
                .contains("region/nordsee-kueste\tNordseeküste\t")
                .contains("no candidate's label equals 'Nordseeküste'");
    }

    @Test
    void optionsRefuseANonHttpEndpoint() {
        assertThatThrownBy(() -> options(URI.create("file:///etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsPutCacheAndReviewBesideTheStore() {
        LinkOptions o = LinkOptions.defaults(tmp.resolve("db"));
        assertThat(o.endpoint()).isEqualTo(URI.create("https://www.wikidata.org/w/api.php"));
        assertThat(o.cacheDir()).isEqualTo(tmp.resolve("wikidata-cache").toAbsolutePath());
        assertThat(o.reviewFile()).isEqualTo(tmp.resolve("wikidata-review.tsv").toAbsolutePath());
        assertThat(o.dryRun()).isFalse();
        assertThat(Map.of("ua", o.userAgent())).hasEntrySatisfying("ua", ua -> assertThat(ua).contains("Diplograph"));
    }
}
