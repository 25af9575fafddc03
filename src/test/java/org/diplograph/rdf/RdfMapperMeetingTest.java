package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.article.Article;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.extract.Layer;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.store.ShapeValidator;
import org.junit.jupiter.api.Test;

/**
 * A meeting goes into the graph like a call: dg:Meeting and dg:Event, persons, place, date, status and
 * evidence (trigger, two sentences, the date and the duration), valid against the bundled shapes.
 */
class RdfMapperMeetingTest {
    private static final String TEXT = "US-Präsident Donald Trump und Kremlchef Wladimir Putin haben sich am Freitag "
            + "in Anchorage getroffen. Das Treffen dauerte rund drei Stunden. Am Abend telefonierte Trump mit dem "
            + "ukrainischen Präsidenten Wolodymyr Selenskyj.";

    @Test
    void aMeetingIsMappedAsAnEventWithPersonsPlaceDateAndEvidence() {
        EntityCatalog catalog = EntityCatalog.bundled();
        AnnotatedArticle doc = GermanPipeline.create(catalog)
                .run(new Article("m1", TEXT, LocalDate.of(2025, 8, 16), null, null, null, "de", null));
        assertThat(doc.get(Layer.MEETINGS)).hasSize(1);
        assertThat(doc.get(Layer.CALLS)).hasSize(1); // the call stays a call, the meeting is no call

        Dataset ds = DatasetFactory.createTxnMem();
        var sink = StreamRDFLib.dataset(ds.asDatasetGraph());
        ds.executeWrite(() -> {
            sink.start();
            RdfMapper mapper = new RdfMapper(catalog);
            List<Quad> quads = new ArrayList<>();
            mapper.map(doc, "0".repeat(64), new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    quads.add(q);
                }
            });
            quads.forEach(sink::quad);
            // the named entities' labels are in their catalogue graphs, written with the article by a build
            mapper.catalogKeys(quads).forEach(k -> mapper.describe(k).forEach(sink::quad));
            sink.finish();
        });

        String q = """
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                SELECT ?e ?p ?loc ?date ?status (COUNT(DISTINCT ?ev) AS ?evidence) WHERE {
                  GRAPH ?g { ?e a dg:Meeting , dg:Event ; dg:participant ?p ; dg:location ?loc ; dg:date ?date ;
                                dg:status ?status ; dg:reportedIn ?g ; dg:evidence ?ev . }
                } GROUP BY ?e ?p ?loc ?date ?status ORDER BY ?p
                """;
        List<String> rows = new ArrayList<>();
        ds.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> rows.add(
                        r.getResource("e").getURI().replaceAll("[0-9a-f]{16}$", "H") + " " + r.getResource("p").getLocalName()
                                + " " + r.getResource("loc").getLocalName() + " " + r.getLiteral("date").getLexicalForm()
                                + " " + r.getResource("status").getLocalName() + " " + r.getLiteral("evidence").getInt()));
            }
        });
        assertThat(rows).containsExactly(
                "https://w3id.org/diplograph/id/meeting/H donald-trump anchorage 2025-08-15 Held 5",
                "https://w3id.org/diplograph/id/meeting/H vladimir-putin anchorage 2025-08-15 Held 5");

        assertThat(ShapeValidator.render(new ShapeValidator().validate(ds))).isEmpty();
    }
}
