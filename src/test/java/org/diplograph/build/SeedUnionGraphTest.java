package org.diplograph.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The union graph over the five seed articles says what {@code merged.gold.json} says: the same real
 * event is one resource, reported by every article that reports it.
 */
class SeedUnionGraphTest {
    private static final String EVENTS = """
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            SELECT ?e ?type (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?ps)
                   (GROUP_CONCAT(DISTINCT STR(?d); separator=" ") AS ?dates)
                   (GROUP_CONCAT(DISTINCT STR(?a); separator=" ") AS ?sources)
                   (GROUP_CONCAT(DISTINCT STR(?s); separator=" ") AS ?status)
            WHERE {
              ?e a ?type ; dg:participant ?p ; dg:reportedIn ?a ; dg:status ?s .
              FILTER(?type IN (dg:PhoneCall, dg:NegotiationRound))
              OPTIONAL { ?e dg:date ?d }
            } GROUP BY ?e ?type
            """;

    /** "call|<sorted participant keys>|<dates>|<status>" -> sorted source article prefixes. */
    private static Map<String, String> actual;
    private static EntityCatalog catalog;

    @BeforeAll
    static void build() {
        catalog = EntityCatalog.bundled();
        Builder builder = new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog));
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            builder.build(store, List.of(Path.of("data")), false, Builder.Listener.NONE);
            actual = Txn.calculateRead(store.datasetGraph(), () -> {
                Map<String, String> m = new TreeMap<>();
                try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query(EVENTS).build()) {
                    RowSet rows = qe.select();
                    rows.forEachRemaining(b -> {
                        String type = b.get("type").getURI().endsWith("PhoneCall") ? "call" : "round";
                        String ps = keys(b.get("ps").getLiteralLexicalForm());
                        String status = b.get("status").getLiteralLexicalForm().endsWith("Planned") ? "planned" : "held";
                        String sources = new TreeSet<>(List.of(b.get("sources").getLiteralLexicalForm().split(" ")))
                                .stream().map(a -> a.substring(DG.ARTICLE_BASE.length(), DG.ARTICLE_BASE.length() + 3))
                                .reduce((x, y) -> x + "," + y).orElse("");
                        m.merge(type + "|" + ps + "|" + (b.get("dates") == null ? "" : b.get("dates").getLiteralLexicalForm()) + "|" + status,
                                sources, (x, y) -> x + " / " + y);
                    });
                }
                return m;
            });
        }
    }

    private static String keys(String iris) {
        return String.join(",", new TreeSet<>(List.of(iris.split(" "))).stream()
                .map(i -> i.substring(DG.ID_BASE.length())).toList());
    }

    private static Map<String, String> expected() throws IOException {
        JsonNode gold;
        try (InputStream in = SeedUnionGraphTest.class.getResourceAsStream("/org/diplograph/eval/seeds/merged.gold.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        Map<String, String> m = new TreeMap<>();
        for (String kind : List.of("calls", "rounds")) {
            EntityType type = kind.equals("calls") ? EntityType.PERSON : EntityType.COUNTRY;
            for (JsonNode e : gold.get(kind)) {
                List<String> who = new ArrayList<>();
                e.get(kind.equals("calls") ? "participants" : "parties").forEach(p -> who.add(key(type, p.asText())));
                String date = e.get("date").isNull() ? "" : e.get("date").asText();
                List<String> sources = new ArrayList<>();
                e.get("sources").forEach(s -> sources.add(s.asText()));
                m.put(kind.substring(0, kind.length() - 1) + "|" + String.join(",", new TreeSet<>(who)) + "|" + date
                        + "|" + e.get("status").asText(), String.join(",", new TreeSet<>(sources)));
            }
        }
        return m;
    }

    private static String key(EntityType type, String name) {
        return catalog.byEnglishName(name).map(en -> en.key()).orElse(EntityCatalog.keyFor(type, name));
    }

    @Test
    void theUnionGraphHasTheEightCallsAndFourRoundsOfTheMergedGoldWithTheirSources() throws IOException {
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected());
    }
}
