package org.diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/** The timeline lists in-person meetings beside calls, with their place, in date order. */
class TimelineMeetingTest {
    private static final String TRIG = """
            PREFIX dg:   <https://w3id.org/diplograph/ontology#>
            PREFIX dga:  <https://w3id.org/diplograph/article/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            dga:m1 {
              dga:m1 a dg:Article .
              <https://w3id.org/diplograph/id/person/donald-trump> a dg:Person ; rdfs:label "Donald Trump"@en .
              <https://w3id.org/diplograph/id/person/vladimir-putin> a dg:Person ; rdfs:label "Vladimir Putin"@en .
              <https://w3id.org/diplograph/id/city/anchorage> a dg:City ; rdfs:label "Anchorage"@en .
              <https://w3id.org/diplograph/id/meeting/m> a dg:Meeting , dg:Event ;
                dg:participant <https://w3id.org/diplograph/id/person/donald-trump> , <https://w3id.org/diplograph/id/person/vladimir-putin> ;
                dg:location <https://w3id.org/diplograph/id/city/anchorage> ; dg:date "2025-08-15"^^xsd:date ;
                dg:status dg:Held ; dg:reportedIn dga:m1 .
              <https://w3id.org/diplograph/id/call/c> a dg:PhoneCall , dg:Event ;
                dg:participant <https://w3id.org/diplograph/id/person/donald-trump> , <https://w3id.org/diplograph/id/person/vladimir-putin> ;
                dg:date "2025-08-18"^^xsd:date ; dg:status dg:Held ; dg:reportedIn dga:m1 .
            }
            """;

    @Test
    void meetingsAreInTheTimelineWithTheirPlace() {
        Dataset ds = TDB2Factory.connectDataset(Location.mem());
        try {
            Txn.executeWrite(ds, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(ds));
            ResultTable t = new QueryRunner().runBundled(ds, "timeline", Map.of());
            assertThat(t.columns()).containsExactly("date", "type", "event", "participants", "topics", "place",
                    "duration", "status", "ordinal", "sources");
            assertThat(t.column("type")).containsExactly("meeting", "call");
            assertThat(t.column("place")).containsExactly("Anchorage", null);
            assertThat(t.get(0, "participants")).isEqualTo("Donald Trump; Vladimir Putin");
        } finally {
            ds.close();
        }
    }
}
