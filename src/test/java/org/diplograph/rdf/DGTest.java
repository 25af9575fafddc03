package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ontology file is the source of truth; {@link DG} must mirror it in both directions. */
class DGTest {

    static final String ONTOLOGY = "/org/diplograph/ontology/diplograph.ttl";

    static Model ontology;

    @BeforeAll
    static void parseOntology() throws Exception {
        ontology = ModelFactory.createDefaultModel();
        try (InputStream in = DGTest.class.getResourceAsStream(ONTOLOGY)) {
            assertThat(in).as("ontology on the classpath at " + ONTOLOGY).isNotNull();
            RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
        }
    }

    /** dg: IRI → kind (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, owl:NamedIndividual). */
    static Map<String, Resource> declaredTerms() {
        Map<String, Resource> declared = new HashMap<>();
        for (Resource kind : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.NamedIndividual)) {
            ontology.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(DG.NAMESPACE)) {
                    declared.put(s.getURI(), kind);
                }
            });
        }
        return declared;
    }

    /** IRI → the DG constant (public static Resource or Property field) holding it. */
    static Map<String, Object> constants() throws IllegalAccessException {
        Map<String, Object> constants = new HashMap<>();
        for (Field f : DG.class.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                Object previous = constants.put(r.getURI(), f.get(null));
                assertThat(previous).as("two constants for " + r.getURI()).isNull();
            }
        }
        return constants;
    }

    @Test
    void everyOntologyTermHasAConstant() throws Exception {
        Set<String> missing = new TreeSet<>(declaredTerms().keySet());
        missing.removeAll(constants().keySet());

        assertThat(missing).as("declared in diplograph.ttl but missing in DG").isEmpty();
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws Exception {
        Set<String> undeclared = new TreeSet<>(constants().keySet());
        undeclared.removeAll(declaredTerms().keySet());

        assertThat(undeclared).as("constants in DG not declared in diplograph.ttl").isEmpty();
    }

    @Test
    void propertiesAreJenaPropertiesAndClassesAreNot() throws Exception {
        Map<String, Object> constants = constants();
        declaredTerms().forEach((iri, kind) -> {
            boolean isProperty = kind.equals(OWL2.ObjectProperty) || kind.equals(OWL2.DatatypeProperty);
            assertThat(constants.get(iri) instanceof Property).as(iri + " is a Property constant").isEqualTo(isProperty);
        });
    }

    @Test
    void everyDgIriUsedInTheOntologyIsDeclared() {
        Set<String> used = new TreeSet<>();
        ontology.listStatements().forEachRemaining(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(DG.NAMESPACE)) {
                    used.add(n.asResource().getURI());
                }
            }
        });
        used.removeAll(declaredTerms().keySet());

        assertThat(used).as("dg: IRIs used but not declared (typos?)").isEmpty();
    }

    @Test
    void everyTermHasEnglishAndGermanLabelAndComment() {
        Set<String> problems = new TreeSet<>();
        for (String iri : declaredTerms().keySet()) {
            Resource term = ontology.getResource(iri);
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                for (String lang : List.of("en", "de")) {
                    long count = term.listProperties(p).toList().stream()
                            .map(Statement::getObject)
                            .filter(o -> o.isLiteral() && o.asLiteral().getLanguage().equals(lang)
                                    && !o.asLiteral().getString().isBlank())
                            .count();
                    if (count != 1) {
                        problems.add(iri + " has " + count + " " + p.getLocalName() + "@" + lang);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void ontologyIsDeclaredWithItsIri() {
        Resource ont = ontology.getResource(DG.ONTOLOGY_IRI);

        assertThat(ont.hasProperty(RDF.type, OWL2.Ontology)).isTrue();
        assertThat(DG.NAMESPACE).isEqualTo(DG.ONTOLOGY_IRI + "#");
    }

    @ParameterizedTest(name = "contract class dg:{0}")
    @ValueSource(strings = {"Article", "Person", "Country", "City", "Region", "Organization", "Event",
            "PhoneCall", "NegotiationRound", "Mention"})
    void contractClassExists(String localName) {
        assertThat(declaredTerms()).containsEntry(DG.NAMESPACE + localName, OWL2.Class);
    }

    @ParameterizedTest(name = "contract property dg:{0} ({1})")
    @CsvSource({
            "participant, ObjectProperty", "date, DatatypeProperty", "duration, DatatypeProperty",
            "topic, ObjectProperty", "location, ObjectProperty", "ordinal, DatatypeProperty",
            "status, ObjectProperty", "reportedIn, ObjectProperty", "evidence, ObjectProperty",
            "mentionedIn, ObjectProperty", "published, DatatypeProperty", "title, DatatypeProperty",
            "source, DatatypeProperty", "url, DatatypeProperty", "article, ObjectProperty",
            "start, DatatypeProperty", "end, DatatypeProperty", "text, DatatypeProperty",
            "sentence, DatatypeProperty"})
    void contractPropertyExists(String localName, String kind) {
        assertThat(declaredTerms()).containsEntry(DG.NAMESPACE + localName, ontology.getResource(OWL2.NS + kind));
    }

    @ParameterizedTest(name = "status dg:{0}")
    @ValueSource(strings = {"Held", "Planned"})
    void contractStatusIndividualsAreEventStatuses(String localName) {
        assertThat(ontology.getResource(DG.NAMESPACE + localName).hasProperty(RDF.type, DG.EVENT_STATUS)).isTrue();
    }

    @ParameterizedTest(name = "dg:{0} subClassOf dg:Event")
    @ValueSource(strings = {"PhoneCall", "NegotiationRound", "Meeting"})
    void eventKindsAreEvents(String localName) {
        assertThat(ontology.getResource(DG.NAMESPACE + localName).hasProperty(RDFS.subClassOf, DG.EVENT)).isTrue();
    }

    @Test
    void contractConstantsHaveTheContractIris() {
        assertThat(DG.PHONE_CALL.getURI()).isEqualTo("https://w3id.org/diplograph/ontology#PhoneCall");
        assertThat(DG.ARTICLE_PROP.getURI()).isEqualTo("https://w3id.org/diplograph/ontology#article");
        assertThat(DG.ARTICLE.getURI()).isEqualTo("https://w3id.org/diplograph/ontology#Article");
        assertThat(DG.idIri("person/vladimir-putin")).isEqualTo("https://w3id.org/diplograph/id/person/vladimir-putin");
        assertThat(DG.articleIri("000")).isEqualTo("https://w3id.org/diplograph/article/000");
    }

    @Test
    void alignmentsUseOnlyExpectedExternalVocabularies() {
        Set<String> allowed = Set.of("https://schema.org/", "http://semanticweb.cs.vu.nl/2009/11/sem/",
                "http://www.w3.org/ns/prov#", "http://www.wikidata.org/prop/direct/P",
                "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", DG.NAMESPACE,
                "http://www.w3.org/2001/XMLSchema#", "http://www.w3.org/2002/07/owl#",
                "https://w3id.org/diplograph/");
        Set<String> unexpected = new HashSet<>();
        for (Property p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, OWL2.equivalentClass, RDFS.range,
                RDFS.domain, ontology.createProperty("http://www.w3.org/2004/02/skos/core#closeMatch"))) {
            ontology.listObjectsOfProperty(p).forEachRemaining(o -> {
                if (o.isURIResource() && allowed.stream().noneMatch(o.asResource().getURI()::startsWith)) {
                    unexpected.add(o.asResource().getURI());
                }
            });
        }
        assertThat(unexpected).isEmpty();
    }

    @ParameterizedTest(name = "{0} is standard Turtle")
    @ValueSource(strings = {"diplograph.ttl", "shapes.ttl"})
    void ontologyFilesParseWithAnIndependentParser(String file) throws Exception {
        try (InputStream in = DGTest.class.getResourceAsStream("/org/diplograph/ontology/" + file)) {
            assertThat(in).as(file).isNotNull();
            org.eclipse.rdf4j.model.Model model = Rio.parse(in, "", RDFFormat.TURTLE);
            assertThat(model).isNotEmpty();
        }
    }
}
