package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.sparql.core.Quad;
import org.diplograph.extract.EntityType;
import org.diplograph.resolve.EntityCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dg:nameKey values the bundled queries look names up by. */
class NameKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PERSON  | Wladimir Putin         | wladimir putin, putin",
            "PERSON  | Ursula von der Leyen   | ursula von der leyen, von der leyen, der leyen, leyen",
            "PERSON  | ' Recep Tayyip Erdoğan ' | recep tayyip erdoğan, tayyip erdoğan, erdoğan",
            "PERSON  | Lula                   | lula",
            "PERSON  | Jean-Yves Le Drian     | jean-yves le drian, le drian, drian",
            // a place is found by its whole name only: "Osten" is no name of the Middle East
            "REGION  | Naher Osten            | naher osten",
            "COUNTRY | Vereinigte Staaten     | vereinigte staaten",
            "CITY    | ÖSTERREICH             | österreich"})
    void namesAreLowerCasedAndPersonsAlsoFoundByEveryTrailingPart(EntityType type, String name, String keys) {
        assertThat(RdfMapper.nameKeys(type, List.of(name))).containsExactly(keys.split(", "));
    }

    @Test
    void blankNamesGiveNoKey() {
        assertThat(RdfMapper.nameKeys(EntityType.PERSON, List.of("", "   "))).isEmpty();
    }

    @Test
    void aCatalogueEntityIsDescribedInItsOwnGraphWithItsNamesKeysAndItem() {
        RdfMapper mapper = new RdfMapper(EntityCatalog.bundled());
        List<Quad> quads = mapper.describe("person/vladimir-putin");
        assertThat(quads).extracting(q -> q.getGraph().getURI())
                .containsOnly(RdfMapper.catalogGraphIri("person/vladimir-putin"));
        assertThat(quads).extracting(q -> q.getSubject().getURI())
                .containsOnly(RdfMapper.entityIri("person/vladimir-putin"));
        assertThat(quads).filteredOn(q -> q.getPredicate().equals(DG.NAME_KEY.asNode()))
                .extracting(q -> q.getObject().getLiteralLexicalForm()).contains("putin", "wladimir putin");
        assertThat(quads).filteredOn(q -> q.getPredicate().getURI().endsWith("sameAs"))
                .extracting(q -> q.getObject().getURI()).containsExactly("http://www.wikidata.org/entity/Q7747");
        assertThat(mapper.describe("person/nobody-known")).isEmpty();
    }
}
