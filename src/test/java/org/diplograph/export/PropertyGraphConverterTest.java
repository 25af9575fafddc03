package org.diplograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.Namespaces;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The property-graph convention of docs/export.md, on the hand-written fixture and on the seed store. */
class PropertyGraphConverterTest {
    private static final String ID = "https://w3id.org/diplograph/id/";
    private static final String ARTICLE = "https://w3id.org/diplograph/article/";
    private static final String PUTIN = ID + "person/vladimir-putin";
    private static final String MACRON = ID + "person/emmanuel-macron";
    private static final String C1 = ID + "call/c1";
    private static final String C2 = ID + "call/c2";
    private static final String R1 = ID + "round/r1";

    private static DatasetGraph small;

    @BeforeAll
    static void load() {
        small = SeedStore.small();
    }

    private static PropertyGraph convert(ExportOptions options) {
        return new Exporter(options).propertyGraph(small);
    }

    private static PgNode node(PropertyGraph g, String id) {
        return g.node(id).orElseThrow(() -> new AssertionError("no node " + id));
    }

    private static List<Object> attr(PgNode n, String name) {
        return n.attributes().getOrDefault(name, List.of());
    }

    @Test
    void resourcesBecomeNodesButClassesWikidataItemsAndVocabularyTermsDoNot() {
        PropertyGraph g = convert(ExportOptions.DEFAULT);
        Set<String> ids = g.nodes().stream().map(PgNode::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(12)
                .contains(PUTIN, MACRON, C1, C2, R1, ARTICLE + "a1", ARTICLE + "a2", ID + "city/istanbul")
                .noneMatch(id -> id.contains("ontology#"))
                .noneMatch(id -> id.startsWith(Namespaces.WD))
                .noneMatch(id -> id.contains("#e-") || id.contains("#v-"));
        assertThat(g.edges()).hasSize(17);
        assertThat(g.edges()).noneMatch(e -> e.label().equals("type") || e.label().equals("sameAs")
                || e.label().equals("status") || e.label().equals("evidence"));
        for (PgNode n : g.nodes()) {
            assertThat(attr(n, "iri")).containsExactly(n.id());
        }
    }

    @Test
    void typeIsTheMostSpecificClassAndAllClassesAreKeptForLabelsAndStyling() {
        PgNode call = node(convert(ExportOptions.DEFAULT), C1);
        assertThat(attr(call, "type")).containsExactly("PhoneCall");
        assertThat(call.classes()).containsExactly("Event", "PhoneCall");
        assertThat(call.type()).contains("PhoneCall");
    }

    @Test
    void literalsBecomeAttributesNamedAfterThePredicateWithEveryValue() {
        PropertyGraph g = convert(ExportOptions.DEFAULT);
        PgNode call = node(g, C1);
        assertThat(attr(call, "date")).containsExactly("2025-07-01");
        assertThat(attr(call, "duration")).containsExactly("PT2H", "PT90M"); // two reports disagree: both kept
        assertThat(attr(call, "status")).containsExactly("Held");
        assertThat(attr(node(g, R1), "ordinal")).containsExactly(3L);
        assertThat(attr(node(g, PUTIN), "wikidata")).containsExactly("http://www.wikidata.org/entity/Q7747");
        assertThat(attr(node(g, PUTIN), "label_de")).containsExactly("Wladimir Putin");
        assertThat(attr(node(g, PUTIN), "label_en")).containsExactly("Vladimir Putin");
        assertThat(attr(node(g, PUTIN), "jobTitle")).containsExactly("Präsident");
        assertThat(g.nodeAttributes()).contains(new AttributeSpec("ordinal", AttributeSpec.ValueType.LONG, false),
                new AttributeSpec("duration", AttributeSpec.ValueType.STRING, true),
                new AttributeSpec("date", AttributeSpec.ValueType.STRING, false));
    }

    @Test
    void resourceObjectsBecomeEdgesLabelledWithTheLocalNameAndCarryingThePredicate() {
        PropertyGraph g = convert(ExportOptions.DEFAULT);
        List<PgEdge> fromCall = g.edges().stream().filter(e -> e.source().equals(C1)).toList();
        assertThat(fromCall).extracting(PgEdge::label)
                .containsExactlyInAnyOrder("agent", "participant", "participant", "recipient", "reportedIn",
                        "reportedIn", "topic");
        PgEdge topic = fromCall.stream().filter(e -> e.label().equals("topic")).findFirst().orElseThrow();
        assertThat(topic.target()).isEqualTo(ID + "country/ukraine");
        assertThat(topic.attributes().get("predicate")).containsExactly("https://w3id.org/diplograph/ontology#topic");
        assertThat(g.edges()).extracting(PgEdge::id).doesNotHaveDuplicates().allMatch(id -> id.matches("e\\d+"));
    }

    @ParameterizedTest(name = "--lang {0}: {1} is labelled {2}")
    @CsvSource({
        "en, https://w3id.org/diplograph/id/person/vladimir-putin, Vladimir Putin",
        "de, https://w3id.org/diplograph/id/person/vladimir-putin, Wladimir Putin",
        "en, https://w3id.org/diplograph/id/person/emmanuel-macron, Emmanuel Macron",
        "de, https://w3id.org/diplograph/id/country/turkey, Türkei",
        "en, https://w3id.org/diplograph/id/country/turkey, Turkey",
        "en, https://w3id.org/diplograph/id/round/r1, Verhandlungsrunde in Istanbul",
        "de, https://w3id.org/diplograph/id/call/c1, Telefonat: Macron – Putin",
        "en, https://w3id.org/diplograph/id/call/c1, Phone call: Macron – Putin",
        "en, https://w3id.org/diplograph/article/a1, Putin und Macron telefonieren",
        "de, https://w3id.org/diplograph/article/a2, a2",
    })
    void theLabelIsInTheChosenLanguageElseTheOtherElseATitleElseTheIrisLastPart(String lang, String id, String label) {
        assertThat(node(convert(new ExportOptions(lang, false, false)), id).label()).isEqualTo(label);
    }

    @Test
    void evidenceAndArticleTextAreLeftOutUnlessAskedFor() {
        PropertyGraph without = convert(ExportOptions.DEFAULT);
        assertThat(attr(node(without, ARTICLE + "a1"), "content")).isEmpty();
        assertThat(without.nodes()).noneMatch(n -> n.classes().contains("Mention"));

        PropertyGraph with = convert(new ExportOptions("en", true, false));
        assertThat(with.nodes()).hasSize(14);
        assertThat(with.edges()).hasSize(21);
        assertThat(attr(node(with, ARTICLE + "a1"), "content")).containsExactly("Putin telefonierte mit Macron.\nEs ging um die Ukraine.");
        PgNode mention = node(with, ARTICLE + "a1#e-0-5");
        assertThat(mention.label()).isEqualTo("Putin");
        assertThat(attr(mention, "start")).containsExactly(0L);
        assertThat(attr(mention, "end")).containsExactly(5L);
        assertThat(with.edges()).anyMatch(e -> e.source().equals(PUTIN) && e.label().equals("evidence")
                && e.target().equals(mention.id()));
    }

    @Test
    void eventDatesBecomeTimelineRangesAtTheirPrecision() {
        PropertyGraph g = convert(ExportOptions.DEFAULT);
        assertThat(node(g, C1).time()).isEqualTo(new DateRange(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)));
        assertThat(node(g, R1).time()).isEqualTo(new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)));
        assertThat(node(g, C2).time()).isEqualTo(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(node(g, PUTIN).time()).isNull();
        assertThat(attr(node(g, R1), "date")).containsExactly("2025-06");
    }

    @Test
    void collapsingTurnsACallIntoOneEdgeFromTheCallerCarryingTheCall() {
        PropertyGraph g = convert(new ExportOptions("en", false, true));
        assertThat(g.node(C1)).isEmpty();
        List<PgEdge> calls = g.edges().stream().filter(e -> e.label().equals("PhoneCall")).toList();
        assertThat(calls).hasSize(1);
        PgEdge call = calls.get(0);
        assertThat(call.source()).isEqualTo(MACRON); // schema:agent placed the call
        assertThat(call.target()).isEqualTo(PUTIN);
        assertThat(call.attributes().get("event")).containsExactly(C1);
        assertThat(call.attributes().get("date")).containsExactly("2025-07-01");
        assertThat(call.attributes().get("duration")).containsExactly("PT2H", "PT90M");
        assertThat(call.attributes().get("status")).containsExactly("Held");
        assertThat(call.attributes().get("topic")).containsExactly("Ukraine");
        assertThat(call.attributes().get("participant")).containsExactly("Emmanuel Macron", "Vladimir Putin");
        assertThat(call.attributes().get("reportedIn")).containsExactly(ARTICLE + "a1", ARTICLE + "a2");
        assertThat(call.time()).isEqualTo(new DateRange(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)));
    }

    @Test
    void collapsingARoundOfThreeCountriesGivesATriangleAndAOneSidedCallStaysANode() {
        PropertyGraph g = convert(new ExportOptions("en", false, true));
        List<PgEdge> round = g.edges().stream().filter(e -> e.label().equals("NegotiationRound")).toList();
        assertThat(round).hasSize(3);
        assertThat(round).allSatisfy(e -> {
            assertThat(e.attributes().get("location")).containsExactly("Istanbul");
            assertThat(e.attributes().get("ordinal")).containsExactly(3L);
            assertThat(e.attributes().get("status")).containsExactly("Planned");
            assertThat(e.time().last()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
        assertThat(round.stream().map(e -> Set.of(e.source(), e.target())).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Set.of(ID + "country/russia", ID + "country/ukraine"),
                        Set.of(ID + "country/russia", ID + "country/turkey"),
                        Set.of(ID + "country/turkey", ID + "country/ukraine"));
        assertThat(g.node(C2)).isPresent(); // one known participant: nothing to connect
        assertThat(g.nodes()).hasSize(10);
        assertThat(g.edges()).hasSize(9);
        assertThat(g.edges()).allMatch(e -> g.node(e.source()).isPresent() && g.node(e.target()).isPresent());
    }

    @ParameterizedTest(name = "{0} covers {1}..{2}")
    @CsvSource({
        "2025-07-03, 2025-07-03, 2025-07-03",
        "2025-06, 2025-06-01, 2025-06-30",
        "2024-02, 2024-02-01, 2024-02-29",
        "2025, 2025-01-01, 2025-12-31",
        "' 2025-07-03 ', 2025-07-03, 2025-07-03",
    })
    void datesCoverTheDaysOfTheirPrecision(String lexical, LocalDate first, LocalDate last) {
        assertThat(DateRange.parse(lexical)).contains(new DateRange(first, last));
    }

    @ParameterizedTest
    @CsvSource({"2025-13", "2025-02-30", "25-07-03", "2025-07-03Z", "Juli 2025", "''", "--07-03"})
    void malformedDatesGiveNoRangeRatherThanAGuess(String lexical) {
        assertThat(DateRange.parse(lexical)).isEqualTo(Optional.empty());
    }

    /**
     * An independent count on the seed store, by SPARQL: every resource subject (mentions left out) is a
     * node, and every statement with a resource object is an edge, except rdf:type, owl:sameAs to Wikidata,
     * objects from our own vocabulary and the evidence links.
     */
    @Test
    void onTheSeedStoreTheCountsMatchWhatSparqlSays() {
        try (Tdb2Store store = SeedStore.open()) {
            PropertyGraph g = new Exporter(ExportOptions.DEFAULT).propertyGraph(store.datasetGraph());
            String prologue = Namespaces.sparqlPrologue() + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";
            long nodes = count(store, prologue + """
                    SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {
                      { ?r ?p ?o } UNION { ?s ?q ?r FILTER(isIRI(?r)) }
                      FILTER NOT EXISTS { ?r a dg:Mention }
                      FILTER NOT EXISTS { ?x a ?r }
                      FILTER(!STRSTARTS(STR(?r), STR(wd:)) && !STRSTARTS(STR(?r), STR(dg:)))
                    }""");
            long edges = count(store, prologue + """
                    SELECT (COUNT(*) AS ?n) WHERE {
                      ?s ?p ?o FILTER(isIRI(?o))
                      FILTER(?p NOT IN (rdf:type, dg:evidence))
                      FILTER(!(?p = owl:sameAs && STRSTARTS(STR(?o), STR(wd:))))
                      FILTER(!STRSTARTS(STR(?o), STR(dg:)))
                      FILTER NOT EXISTS { ?s a dg:Mention }
                      FILTER NOT EXISTS { ?o a dg:Mention }
                    }""");
            assertThat(g.nodes()).hasSize((int) nodes);
            assertThat(g.edges()).hasSize((int) edges);
            assertThat(nodes).isGreaterThan(30);
            assertThat(edges).isGreaterThan(100);
            assertThat(g.nodes()).filteredOn(n -> n.type().orElse("").equals("PhoneCall"))
                    .allSatisfy(n -> assertThat(n.label()).isNotBlank())
                    .anySatisfy(n -> assertThat(n.attributes().get("date")).containsExactly("2025-07-03"));
        }
    }

    private static long count(Tdb2Store store, String sparql) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(sparql, store.dataset())) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
