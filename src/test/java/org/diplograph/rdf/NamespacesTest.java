package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NamespacesTest {

    @Test
    void outputPrefixesInFixedOrder() {
        assertThat(Namespaces.map().keySet())
                .containsExactly("dg", "dgid", "dga", "schema", "owl", "rdfs", "xsd", "wd", "prov", "sem");
        assertThat(Namespaces.map()).containsEntry("dg", DG.NAMESPACE)
                .containsEntry("dgid", DG.ID_BASE)
                .containsEntry("dga", DG.ARTICLE_BASE)
                .containsEntry("schema", "https://schema.org/")
                .containsEntry("wd", "http://www.wikidata.org/entity/");
        assertThat(Namespaces.prefixMapping().getNsPrefixMap()).isEqualTo(Namespaces.map());
    }

    @Test
    void prologueParsesAsSparql() {
        String query = Namespaces.sparqlPrologue() + "SELECT ?e WHERE { ?e a dg:PhoneCall ; owl:sameAs ?q }";

        assertThat(QueryFactory.create(query).getPrefixMapping().getNsPrefixMap()).isEqualTo(Namespaces.map());
    }

    @ParameterizedTest
    @CsvSource({
            "https://w3id.org/diplograph/ontology#PhoneCall, dg:PhoneCall",
            "https://w3id.org/diplograph/id/person/vladimir-putin, dgid:person/vladimir-putin",
            "https://w3id.org/diplograph/article/000#e-20-34, dga:000#e-20-34",
            "http://www.wikidata.org/entity/Q7747, wd:Q7747",
            "http://example.org/x, <http://example.org/x>"})
    void shortenUsesTheLongestMatchingNamespace(String iri, String expected) {
        assertThat(Namespaces.shorten(iri)).isEqualTo(expected);
    }
}
