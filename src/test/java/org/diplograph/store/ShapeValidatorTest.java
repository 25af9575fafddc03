package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.Namespaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ShapeValidatorTest {

    private static final String FIXTURE = "/org/diplograph/store/valid.trig";
    private static final String PROLOGUE = Namespaces.sparqlPrologue();
    private static final Pattern DGID = Pattern.compile("dgid:([a-z]+/[A-Za-z0-9-]+)");

    private final ShapeValidator validator = new ShapeValidator();

    /** A fresh in-memory transactional dataset holding the valid fixture. */
    static Dataset validDataset() {
        Dataset ds = DatasetFactory.createTxnMem();
        try (InputStream in = ShapeValidatorTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            Txn.executeWrite(ds, () -> RDFParser.source(in).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ds;
    }

    /**
     * The fixture after a SPARQL update. {@code dgid:person/x} is written as in docs/graph.md and expanded to a
     * full IRI here ('/' is not allowed unescaped in a SPARQL prefixed name).
     */
    private static Dataset withUpdate(String update) {
        Dataset ds = validDataset();
        String sparql = PROLOGUE + DGID.matcher(update).replaceAll("<" + DG.ID_BASE + "$1>");
        Txn.executeWrite(ds, () -> UpdateAction.parseExecute(sparql, ds));
        return ds;
    }

    @Test
    void validStoreConformsAndCountsDistinctEventsAndMentions() {
        ValidationReport report = validator.validate(validDataset());

        assertThat(ShapeValidator.render(report)).isEmpty();
        assertThat(report.conforms()).isTrue();
        assertThat(report.events()).as("call c1 is in two graphs but one event").isEqualTo(2);
        assertThat(report.mentions()).isEqualTo(9);
    }

    @Test
    void validatesAPlainGraphToo() {
        Dataset ds = validDataset();
        Graph union = Txn.calculateRead(ds, () -> copy(ds.asDatasetGraph().getUnionGraph()));

        assertThat(validator.validate(union).conforms()).isTrue();
    }

    @Test
    void emptyGraphConforms() {
        ValidationReport report = validator.validate(DatasetFactory.createTxnMem());

        assertThat(report.conforms()).isTrue();
        assertThat(report.events()).isZero();
        assertThat(report.mentions()).isZero();
    }

    static Stream<Arguments> brokenGraphs() {
        return Stream.of(
                Arguments.of("call with one participant",
                        "DELETE DATA { GRAPH dga:000 { dgid:call/c1 dg:participant dgid:person/vladimir-putin } "
                                + "GRAPH dga:001 { dgid:call/c1 dg:participant dgid:person/vladimir-putin } }",
                        "dgid:call/c1", "dg:participant", "MinCountConstraintComponent"),
                Arguments.of("call with a country as participant",
                        "INSERT DATA { GRAPH dga:000 { dgid:call/c1 dg:participant dgid:country/ukraine } }",
                        "dgid:call/c1", "dg:participant", "ClassConstraintComponent"),
                Arguments.of("call participant that is not typed at all",
                        "INSERT DATA { GRAPH dga:000 { dgid:call/c1 dg:participant dgid:person/nobody } }",
                        "dgid:call/c1", "dg:participant", "ClassConstraintComponent"),
                Arguments.of("round with a person as participant",
                        "INSERT DATA { GRAPH dga:001 { dgid:round/r1 dg:participant dgid:person/donald-trump } }",
                        "dgid:round/r1", "dg:participant", "ClassConstraintComponent"),
                Arguments.of("round with one participant",
                        "DELETE DATA { GRAPH dga:001 { dgid:round/r1 dg:participant dgid:country/russia } }",
                        "dgid:round/r1", "dg:participant", "MinCountConstraintComponent"),
                Arguments.of("date typed xsd:string",
                        "WITH dga:000 DELETE { ?e dg:date ?d } INSERT { ?e dg:date \"2025-07-03\" } "
                                + "WHERE { ?e dg:date ?d }",
                        "dgid:call/c1", "dg:date", "OrConstraintComponent"),
                Arguments.of("date typed xsd:dateTime",
                        "WITH dga:000 DELETE { ?e dg:date ?d } INSERT { ?e dg:date \"2025-07-03T10:00:00\"^^xsd:dateTime } "
                                + "WHERE { ?e dg:date ?d }",
                        "dgid:call/c1", "dg:date", "OrConstraintComponent"),
                Arguments.of("ill-formed xsd:date",
                        "INSERT DATA { GRAPH dga:001 { dgid:call/c1 dg:date \"2025-13-45\"^^xsd:date } }",
                        "dgid:call/c1", "dg:date", "OrConstraintComponent"),
                Arguments.of("duration as German text",
                        "INSERT DATA { GRAPH dga:001 { dgid:call/c1 dg:duration \"50 Minuten\" } }",
                        "dgid:call/c1", "dg:duration", "DatatypeConstraintComponent"),
                Arguments.of("ordinal zero",
                        "WITH dga:001 DELETE { ?e dg:ordinal ?o } INSERT { ?e dg:ordinal 0 } WHERE { ?e dg:ordinal ?o }",
                        "dgid:round/r1", "dg:ordinal", "MinInclusiveConstraintComponent"),
                Arguments.of("ordinal as decimal",
                        "WITH dga:001 DELETE { ?e dg:ordinal ?o } INSERT { ?e dg:ordinal 2.0 } WHERE { ?e dg:ordinal ?o }",
                        "dgid:round/r1", "dg:ordinal", "DatatypeConstraintComponent"),
                Arguments.of("event without evidence",
                        "DELETE WHERE { GRAPH ?g { dgid:round/r1 dg:evidence ?m } }",
                        "dgid:round/r1", "dg:evidence", "MinCountConstraintComponent"),
                Arguments.of("event without reportedIn",
                        "DELETE WHERE { GRAPH ?g { dgid:round/r1 dg:reportedIn ?a } }",
                        "dgid:round/r1", "dg:reportedIn", "MinCountConstraintComponent"),
                Arguments.of("event without status",
                        "DELETE WHERE { GRAPH ?g { dgid:round/r1 dg:status ?s } }",
                        "dgid:round/r1", "dg:status", "MinCountConstraintComponent"),
                Arguments.of("status outside Held/Planned",
                        "INSERT DATA { GRAPH dga:001 { dgid:round/r1 dg:status dg:Cancelled } }",
                        "dgid:round/r1", "dg:status", "InConstraintComponent"),
                Arguments.of("call typed only as PhoneCall",
                        "DELETE WHERE { GRAPH ?g { dgid:call/c1 a dg:Event } }",
                        "dgid:call/c1", "", "ClassConstraintComponent"),
                Arguments.of("topic that is a person",
                        "INSERT DATA { GRAPH dga:000 { dgid:call/c1 dg:topic dgid:person/vladimir-putin } }",
                        "dgid:call/c1", "dg:topic", "OrConstraintComponent"),
                Arguments.of("location that is a region",
                        "INSERT DATA { GRAPH dga:001 { dgid:region/donbas a dg:Region ; rdfs:label \"Donbass\"@de ; "
                                + "dg:mentionedIn dga:001 . dgid:round/r1 dg:location dgid:region/donbas } }",
                        "dgid:round/r1", "dg:location", "OrConstraintComponent"),
                Arguments.of("mention with start > end",
                        "WITH dga:000 DELETE { ?m dg:start ?s } INSERT { ?m dg:start 30 } "
                                + "WHERE { BIND(<https://w3id.org/diplograph/article/000#e-13-25> AS ?m) ?m dg:start ?s }",
                        "dga:000#e-13-25", "dg:start", "LessThanOrEqualsConstraintComponent"),
                Arguments.of("mention with negative start",
                        "WITH dga:000 DELETE { ?m dg:start ?s } INSERT { ?m dg:start -1 } "
                                + "WHERE { BIND(<https://w3id.org/diplograph/article/000#e-13-25> AS ?m) ?m dg:start ?s }",
                        "dga:000#e-13-25", "dg:start", "MinInclusiveConstraintComponent"),
                Arguments.of("mention offsets as strings",
                        "WITH dga:000 DELETE { ?m dg:end ?s } INSERT { ?m dg:end \"25\" } "
                                + "WHERE { BIND(<https://w3id.org/diplograph/article/000#e-13-25> AS ?m) ?m dg:end ?s }",
                        "dga:000#e-13-25", "dg:end", "DatatypeConstraintComponent"),
                Arguments.of("mention without article",
                        "DELETE WHERE { GRAPH ?g { <https://w3id.org/diplograph/article/000#e-13-25> dg:article ?a } }",
                        "dga:000#e-13-25", "dg:article", "MinCountConstraintComponent"),
                Arguments.of("mention in two articles",
                        "INSERT DATA { GRAPH dga:000 { <https://w3id.org/diplograph/article/000#e-13-25> dg:article dga:001 } }",
                        "dga:000#e-13-25", "dg:article", "MaxCountConstraintComponent"),
                Arguments.of("mention without text",
                        "DELETE WHERE { GRAPH ?g { <https://w3id.org/diplograph/article/000#e-13-25> dg:text ?t } }",
                        "dga:000#e-13-25", "dg:text", "MinCountConstraintComponent"),
                Arguments.of("sentence starting after the mention",
                        "WITH dga:000 DELETE { ?m dg:sentenceStart ?s } INSERT { ?m dg:sentenceStart 90 } "
                                + "WHERE { BIND(<https://w3id.org/diplograph/article/000#e-13-25> AS ?m) ?m dg:sentenceStart ?s }",
                        "dga:000#e-13-25", "dg:sentenceStart", "LessThanOrEqualsConstraintComponent"),
                Arguments.of("sameAs to DBpedia",
                        "INSERT DATA { GRAPH dga:000 { dgid:country/united-states owl:sameAs <http://dbpedia.org/resource/United_States> } }",
                        "dgid:country/united-states", "owl:sameAs", "PatternConstraintComponent"),
                Arguments.of("sameAs to a Wikidata property",
                        "INSERT DATA { GRAPH dga:000 { dgid:country/united-states owl:sameAs <http://www.wikidata.org/entity/P710> } }",
                        "dgid:country/united-states", "owl:sameAs", "PatternConstraintComponent"),
                Arguments.of("sameAs to the https Wikidata page",
                        "INSERT DATA { GRAPH dga:000 { dgid:country/united-states owl:sameAs <https://www.wikidata.org/wiki/Q30> } }",
                        "dgid:country/united-states", "owl:sameAs", "PatternConstraintComponent"),
                Arguments.of("sameAs as a string literal",
                        "INSERT DATA { GRAPH dga:000 { dgid:country/united-states owl:sameAs \"http://www.wikidata.org/entity/Q30\" } }",
                        "dgid:country/united-states", "owl:sameAs", "NodeKindConstraintComponent"),
                Arguments.of("two Wikidata items for one entity",
                        "INSERT DATA { GRAPH dga:001 { dgid:person/vladimir-putin owl:sameAs wd:Q22686 } }",
                        "dgid:person/vladimir-putin", "owl:sameAs", "MaxCountConstraintComponent"),
                Arguments.of("entity without label",
                        "DELETE WHERE { GRAPH ?g { dgid:country/united-states rdfs:label ?l } }",
                        "dgid:country/united-states", "rdfs:label", "MinCountConstraintComponent"),
                Arguments.of("label without language",
                        "INSERT DATA { GRAPH dga:000 { dgid:country/united-states rdfs:label \"USA\" } }",
                        "dgid:country/united-states", "rdfs:label", "DatatypeConstraintComponent"),
                Arguments.of("label in French",
                        "INSERT DATA { GRAPH dga:000 { dgid:country/united-states rdfs:label \"États-Unis\"@fr } }",
                        "dgid:country/united-states", "rdfs:label", "LanguageInConstraintComponent"),
                Arguments.of("entity never mentioned",
                        "DELETE WHERE { GRAPH ?g { dgid:city/istanbul dg:mentionedIn ?a } }",
                        "dgid:city/istanbul", "dg:mentionedIn", "MinCountConstraintComponent"),
                Arguments.of("represents on a country",
                        "INSERT DATA { GRAPH dga:001 { dgid:country/ukraine dg:represents dgid:country/russia } }",
                        "dgid:country/ukraine", "", "ClassConstraintComponent"),
                Arguments.of("article with two published dates",
                        "INSERT DATA { GRAPH dga:000 { dga:000 dg:published \"2025-07-05\"^^xsd:date } }",
                        "dga:000", "dg:published", "MaxCountConstraintComponent"),
                Arguments.of("published as a German date string",
                        "INSERT DATA { GRAPH dga:001 { dga:001 dg:published \"4. Juli 2025\" } }",
                        "dga:001", "dg:published", "OrConstraintComponent"),
                Arguments.of("article without content",
                        "DELETE WHERE { GRAPH ?g { dga:001 dg:content ?c } }",
                        "dga:001", "dg:content", "MinCountConstraintComponent"),
                Arguments.of("content hash in upper case",
                        "WITH dga:001 DELETE { dga:001 dg:contentHash ?h } INSERT { dga:001 dg:contentHash ?u } "
                                + "WHERE { dga:001 dg:contentHash ?h BIND(UCASE(?h) AS ?u) }",
                        "dga:001", "dg:contentHash", "PatternConstraintComponent"),
                Arguments.of("mention text that is not the content at its offsets",
                        "WITH dga:000 DELETE { ?m dg:text ?t } INSERT { ?m dg:text \"Donald Trum\" } "
                                + "WHERE { BIND(<https://w3id.org/diplograph/article/000#e-13-25> AS ?m) ?m dg:text ?t }",
                        "dga:000#e-13-25", "dg:text", ShapeValidator.EVIDENCE_TEXT_CHECK),
                Arguments.of("mention offsets shifted by one",
                        "WITH dga:001 DELETE { ?m dg:start ?s ; dg:end ?e } INSERT { ?m dg:start 4 ; dg:end 12 } "
                                + "WHERE { BIND(<https://w3id.org/diplograph/article/001#e-3-11> AS ?m) ?m dg:start ?s ; dg:end ?e }",
                        "dga:001#e-3-11", "dg:text", ShapeValidator.EVIDENCE_TEXT_CHECK),
                Arguments.of("mention end beyond the content",
                        "WITH dga:001 DELETE { ?m dg:end ?e } INSERT { ?m dg:end 500 } "
                                + "WHERE { BIND(<https://w3id.org/diplograph/article/001#e-3-11> AS ?m) ?m dg:end ?e }",
                        "dga:001#e-3-11", "dg:end", ShapeValidator.EVIDENCE_TEXT_CHECK),
                Arguments.of("sentence not at its sentenceStart",
                        "WITH dga:000 DELETE { ?m dg:sentenceStart ?s } INSERT { ?m dg:sentenceStart 85 } "
                                + "WHERE { BIND(<https://w3id.org/diplograph/article/000#e-101-108> AS ?m) ?m dg:sentenceStart ?s }",
                        "dga:000#e-101-108", "dg:sentence", ShapeValidator.EVIDENCE_TEXT_CHECK),
                Arguments.of("content typed as something else than a string",
                        "WITH dga:001 DELETE { dga:001 dg:content ?c } INSERT { dga:001 dg:content 42 } "
                                + "WHERE { dga:001 dg:content ?c }",
                        "dga:001", "dg:content", "OrConstraintComponent"),
                Arguments.of("article IRI outside the article base",
                        "INSERT DATA { GRAPH dga:001 { <https://example.org/a1> a dg:Article ; dg:content \"x\" } }",
                        "<https://example.org/a1>", "", "PatternConstraintComponent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGraphs")
    void brokenGraphProducesTheExpectedViolation(String name, String update, String focus, String path,
            String constraint) {
        ValidationReport report = validator.validate(withUpdate(update));

        assertThat(report.conforms()).as(name).isFalse();
        assertThat(report.violations())
                .as(name + ": " + ShapeValidator.render(report))
                .anySatisfy(v -> {
                    assertThat(v.focusNode()).isEqualTo(focus);
                    assertThat(v.path()).isEqualTo(path);
                    assertThat(v.constraints()).contains(constraint);
                    assertThat(v.message()).isNotBlank().doesNotContain("ConstraintComponent");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            day date                       | "2025-07-03"^^xsd:date
            month date                     | "2025-07"^^xsd:gYearMonth
            year date                      | "2025"^^xsd:gYear
            """)
    void eachDatePrecisionConforms(String name, String literal) {
        String update = "WITH dga:000 DELETE { ?e dg:date ?d } INSERT { ?e dg:date " + literal + " } "
                + "WHERE { ?e dg:date ?d }";

        assertThat(validator.validate(withUpdate(update)).conforms()).as(name).isTrue();
    }

    static Stream<Arguments> acceptedVariations() {
        return Stream.of(
                Arguments.of("two articles disagree on the status (union keeps both)",
                        "INSERT DATA { GRAPH dga:001 { dgid:call/c1 dg:status dg:Planned } }"),
                Arguments.of("two articles give different durations",
                        "INSERT DATA { GRAPH dga:001 { dgid:call/c1 dg:duration \"PT50M\"^^xsd:duration } }"),
                Arguments.of("event without date, duration, topic",
                        "DELETE WHERE { GRAPH ?g { dgid:call/c1 dg:date ?d ; dg:duration ?u ; dg:topic ?t } }"),
                Arguments.of("call with three participants",
                        "INSERT DATA { GRAPH dga:000 { dgid:person/x a dg:Person ; rdfs:label \"X\"@de ; "
                                + "dg:mentionedIn dga:000 . dgid:call/c1 dg:participant dgid:person/x } }"),
                Arguments.of("empty mention span",
                        "WITH dga:000 DELETE { ?m dg:end ?e ; dg:text ?t } INSERT { ?m dg:end 13 ; dg:text \"\" } "
                                + "WHERE { BIND(<https://w3id.org/diplograph/article/000#e-13-25> AS ?m) ?m dg:end ?e ; dg:text ?t }"),
                Arguments.of("published with a time",
                        "INSERT DATA { GRAPH dga:001 { dga:001 dg:published \"2025-07-04T08:15:00+02:00\"^^xsd:dateTime } }"),
                Arguments.of("planned meeting with a country location",
                        "INSERT DATA { GRAPH dga:001 { dgid:meeting/m1 a dg:Meeting , dg:Event ; "
                                + "dg:participant dgid:person/donald-trump , dgid:person/vladimir-putin ; "
                                + "dg:location dgid:country/russia ; dg:status dg:Planned ; dg:reportedIn dga:001 ; "
                                + "dg:evidence <https://w3id.org/diplograph/article/001#v-139-150> } }"),
                Arguments.of("entity typed in one graph, used in another",
                        "DELETE DATA { GRAPH dga:001 { dgid:person/donald-trump a dg:Person } }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedVariations")
    void variationsTheGraphAllowsStillConform(String name, String update) {
        ValidationReport report = validator.validate(withUpdate(update));

        assertThat(ShapeValidator.render(report)).as(name).isEmpty();
    }

    @Test
    void renderWritesOneLinePerViolationWithFocusPathMessageAndValue() {
        ValidationReport report = validator.validate(withUpdate(
                "INSERT DATA { GRAPH dga:000 { dgid:country/united-states owl:sameAs <http://dbpedia.org/resource/United_States> ."
                        + " dgid:call/c1 dg:duration \"50 Minuten\" } }"));

        List<String> lines = ShapeValidator.render(report);

        assertThat(lines).containsExactly(
                "dgid:call/c1  dg:duration  A dg:duration must be a valid xsd:duration literal (e.g. PT50M)."
                        + " [value: \"50 Minuten\"]",
                "dgid:country/united-states  owl:sameAs  owl:sameAs must be a Wikidata item IRI"
                        + " http://www.wikidata.org/entity/Q… [value: <http://dbpedia.org/resource/United_States>]");
    }

    @Test
    void evidenceTextViolationShowsWhatTheContentReads() {
        ValidationReport report = validator.validate(withUpdate(
                "WITH dga:001 DELETE { ?m dg:start ?s ; dg:end ?e } INSERT { ?m dg:start 4 ; dg:end 12 } "
                        + "WHERE { BIND(<https://w3id.org/diplograph/article/001#e-3-11> AS ?m) ?m dg:start ?s ; dg:end ?e }"));

        assertThat(ShapeValidator.render(report)).containsExactly(
                "dga:001#e-3-11  dg:text  dg:text is not the article's dg:content between dg:start and dg:end,"
                        + " which reads \"stanbul \". [value: \"Istanbul\"]");
    }

    @Test
    void evidenceOffsetsCountJavaCharsSoAnEmojiBeforeAMentionIsFine() {
        // "🇺🇦" is four UTF-16 units but two code points: SPARQL SUBSTR would disagree with Java offsets here.
        String update = "INSERT DATA { GRAPH dga:002 { dga:002 a dg:Article ; dg:content \"🇺🇦 Kiew meldet Gespräche.\" . "
                + "<https://w3id.org/diplograph/article/002#e-5-9> a dg:Mention ; dg:article dga:002 ; "
                + "dg:start 5 ; dg:end 9 ; dg:text \"Kiew\" } }";

        assertThat(ShapeValidator.render(validator.validate(withUpdate(update)))).isEmpty();
    }

    @Test
    void renderCutsLongLiteralValues() {
        ValidationReport report = validator.validate(withUpdate(
                "INSERT DATA { GRAPH dga:001 { dga:001 dg:title \"" + "Lang ".repeat(40) + "\"@de } }"));

        assertThat(ShapeValidator.render(report)).singleElement().asString()
                .startsWith("dga:001  dg:title  An article has at most one dg:title string. [value: \"Lang Lang")
                .endsWith("…\"@de]")
                .hasSizeLessThan(200);
    }

    @Test
    void everyDgTermTheShapesUseIsDeclaredInTheOntology() {
        Graph shapes = ShapeValidator.bundledShapes().getGraph();
        Graph ontology = RDFParser.source(ShapeValidatorTest.class.getResourceAsStream(
                "/org/diplograph/ontology/diplograph.ttl")).lang(Lang.TURTLE).toGraph();
        Set<String> declared = new HashSet<>();
        ontology.find().forEachRemaining(t -> declared.add(t.getSubject().isURI() ? t.getSubject().getURI() : ""));

        Set<String> used = new HashSet<>();
        shapes.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(DG.NAMESPACE)) {
                    used.add(n.getURI());
                }
            }
        });

        assertThat(used).isNotEmpty();
        assertThat(declared).containsAll(used);
    }

    private static Graph copy(Graph graph) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining((Triple t) -> copy.add(t));
        return copy;
    }
}
