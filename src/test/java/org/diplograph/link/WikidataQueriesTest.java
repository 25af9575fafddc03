package org.diplograph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.QueryException;
import org.diplograph.query.BundledQueries;
import org.diplograph.query.QueryInfo;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;
import org.diplograph.rdf.DG;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled federated queries ({@code queries/wikidata-*.rq}) against a local Fuseki serving a small
 * fixture in Wikidata's RDF shape, with the {@code endpoint} parameter pointing at it.
 */
class WikidataQueriesTest {
    private static final String WD = "http://www.wikidata.org/entity/";
    private static FusekiServer fuseki;
    private static String endpoint;
    private static Tdb2Store store;

    @BeforeAll
    static void start() {
        requireCommonsIoThatJenaHttpNeeds();
        DatasetGraph wikidata = DatasetGraphFactory.createTxnMem();
        RDFParser.source(WikidataQueriesTest.class.getResource("wikidata-fixture.ttl").toString())
                .parse(wikidata.getDefaultGraph());
        fuseki = FusekiServer.create().port(0).loopback(true).add("/wikidata", wikidata).build().start();
        endpoint = "http://localhost:" + fuseki.getPort() + "/wikidata/sparql";
        store = Tdb2Store.inMemory();
        store.replaceGraph(DG.ARTICLE_BASE + "test", localGraph());
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    /**
     * Jena's HTTP client closes responses with commons-io's {@code ClosedInputStream.INSTANCE} (commons-io
     * 2.12+). An older copy first on the test classpath (gephi-toolkit's "all" jar bundles one) makes every
     * SERVICE call fail with NoSuchFieldError; say so instead of failing obscurely.
     */
    private static void requireCommonsIoThatJenaHttpNeeds() {
        try {
            Class.forName("org.apache.commons.io.input.ClosedInputStream").getField("INSTANCE");
        } catch (ReflectiveOperationException e) {
            fail("an old commons-io comes first on the test classpath (" + locationOf("org.apache.commons.io.input.ClosedInputStream")
                    + "); Jena's SERVICE client needs commons-io >= 2.12: declare commons-io:commons-io before "
                    + "gephi-toolkit in pom.xml");
        }
    }

    private static String locationOf(String className) {
        try {
            return String.valueOf(Class.forName(className).getProtectionDomain().getCodeSource().getLocation());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "?";
        }
    }

    /** Two linked persons, one linked person Wikidata knows nothing about, one unlinked; two linked countries. */
    private static List<Quad> localGraph() {
        Node g = NodeFactory.createURI(DG.ARTICLE_BASE + "test");
        List<Quad> q = new ArrayList<>();
        entity(q, g, "person/erika-musterfrau", DG.PERSON.asNode(), "Q9900001", "Erika Musterfrau", "Erika Musterfrau");
        entity(q, g, "person/hans-beispiel", DG.PERSON.asNode(), "Q9900002", "Hans Beispiel", null);
        entity(q, g, "person/nobody-known", DG.PERSON.asNode(), "Q9900999", null, "Nobody Known");
        entity(q, g, "person/ohne-link", DG.PERSON.asNode(), null, "Ohne Link", null);
        entity(q, g, "country/exampleland", DG.COUNTRY.asNode(), "Q9900100", "Musterland", "Exampleland");
        entity(q, g, "country/beispielien", DG.COUNTRY.asNode(), "Q9900101", "Beispielien", null);
        entity(q, g, "country/unlinkedland", DG.COUNTRY.asNode(), null, "Unverlinktland", null);
        return q;
    }

    private static void entity(List<Quad> q, Node g, String key, Node type, String qid, String de, String en) {
        Node e = NodeFactory.createURI(DG.ID_BASE + key);
        q.add(Quad.create(g, e, RDF.type.asNode(), type));
        if (de != null) {
            q.add(Quad.create(g, e, RDFS.label.asNode(), NodeFactory.createLiteralLang(de, "de")));
        }
        if (en != null) {
            q.add(Quad.create(g, e, RDFS.label.asNode(), NodeFactory.createLiteralLang(en, "en")));
        }
        if (qid != null) {
            q.add(Quad.create(g, e, OWL.sameAs.asNode(), NodeFactory.createURI(WD + qid)));
        }
    }

    private static List<Map<String, String>> rows(String query, String endpointParam) {
        ResultTable t = new QueryRunner().runBundled(store.dataset(), query, Map.of("endpoint", endpointParam));
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : t.rows()) {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++) {
                m.put(t.columns().get(i), r.get(i));
            }
            rows.add(m);
        }
        return rows;
    }

    @Test
    void personsAreEnrichedWithBirthCitizenshipAndPositions() {
        List<Map<String, String>> rows = rows("wikidata-persons", endpoint);
        assertThat(rows).extracting(r -> r.get("person")).containsExactly(
                "dgid:person/erika-musterfrau", "dgid:person/hans-beispiel", "dgid:person/nobody-known");
        Map<String, String> erika = rows.get(0);
        assertThat(erika).containsEntry("name", "Erika Musterfrau").containsEntry("qid", "Q9900001")
                .containsEntry("born", "1961-05-04")
                .containsEntry("citizenship", "Exampleland")
                .containsEntry("positions", "Botschafterin in Beispielien; Foreign Minister of Exampleland");
    }

    @Test
    void aBirthDateKeepsWikidatasPrecisionAndDeprecatedStatementsAreIgnored() {
        Map<String, String> hans = rows("wikidata-persons", endpoint).get(1);
        assertThat(hans).containsEntry("name", "Hans Beispiel").containsEntry("born", "1950")
                .containsEntry("citizenship", "Beispielien; Exampleland").containsEntry("positions", "");
    }

    @Test
    void aLinkedPersonWikidataKnowsNothingAboutKeepsItsRow() {
        Map<String, String> nobody = rows("wikidata-persons", endpoint).get(2);
        assertThat(nobody).containsEntry("name", "Nobody Known").containsEntry("qid", "Q9900999")
                .containsEntry("born", "").containsEntry("citizenship", "").containsEntry("positions", "");
    }

    @Test
    void countriesAreEnrichedWithCapitalHeadOfStateAndPopulation() {
        List<Map<String, String>> rows = rows("wikidata-countries", endpoint);
        assertThat(rows).extracting(r -> r.get("country"))
                .containsExactly("dgid:country/beispielien", "dgid:country/exampleland");
        assertThat(rows.get(1)).containsEntry("name", "Exampleland").containsEntry("qid", "Q9900100")
                .containsEntry("capital", "Musterstadt")
                .containsEntry("head_of_state", "Erika Musterfrau")
                .containsEntry("population", "1234567");
        assertThat(rows.get(0)).containsEntry("name", "Beispielien").containsEntry("capital", "Example City")
                .containsEntry("head_of_state", "").containsEntry("population", "800000; 812345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wikidata-persons", "wikidata-countries"})
    void theEndpointIsTheOnlyParameterAndDefaultsToWikidata(String name) {
        QueryInfo info = BundledQueries.info(name);
        assertThat(info.params()).extracting(QueryInfo.Param::name).containsExactly("endpoint");
        String text = BundledQueries.load(name);
        assertThat(text).contains("SERVICE ?endpoint").contains("\"https://query.wikidata.org/sparql\"")
                .doesNotContain("SERVICE <");
    }

    @Test
    void anUnreachableEndpointFailsTheQueryInsteadOfReturningEmptyFacts() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String closed = "http://127.0.0.1:" + port + "/sparql";
        assertThatThrownBy(() -> rows("wikidata-persons", closed)).isInstanceOf(QueryException.class)
                .hasMessageStartingWith("wikidata-persons: the query failed");
    }

    @Test
    void anEndpointValueIsATermNotQueryText() {
        // A value that would break out of the SERVICE clause if it were spliced into the query text.
        assertThatThrownBy(() -> rows("wikidata-persons", endpoint + "> { ?s ?p ?o } } #"))
                .isInstanceOf(QueryException.class);
        assertThat(rows("wikidata-persons", endpoint)).hasSize(3);
    }
}
