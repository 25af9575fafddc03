package org.diplograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.Namespaces;
import org.diplograph.store.Tdb2Store;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every RDF export of the seed store is re-read by an independent parser (RDF4J Rio) and holds exactly the
 * statements Jena has: the union's triples for Turtle, every quad with its article graph otherwise.
 */
class RdfExportTest {
    @TempDir
    static Path dir;
    private static long unionTriples;
    private static long quads;
    private static int graphs;

    @BeforeAll
    static void countWhatJenaHas() {
        try (Tdb2Store store = SeedStore.open()) {
            unionTriples = Txn.calculateRead(store.datasetGraph(),
                    () -> RdfExport.count(store.datasetGraph().getUnionGraph()));
            quads = store.tripleCount();
            graphs = store.graphNames().size();
        }
        assertThat(graphs).as("5 article graphs and the catalogue graphs of the entities they name")
                .isGreaterThan(5);
        assertThat(unionTriples).isLessThan(quads); // events and entities repeat across article graphs
        // Each format is exported once (JSON-LD compaction takes a while); the tests read the files.
        try (Tdb2Store store = SeedStore.open()) {
            for (ExportFormat f : List.of(ExportFormat.TURTLE, ExportFormat.TRIG, ExportFormat.NQUADS, ExportFormat.JSONLD)) {
                results.put(f, new Exporter(ExportOptions.DEFAULT).write(store, f, file(f)));
            }
        }
    }

    private static final Map<ExportFormat, ExportResult> results = new EnumMap<>(ExportFormat.class);

    private static Path file(ExportFormat f) {
        return dir.resolve("ld/graph." + f.extension());
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "TRIG", "NQUADS", "JSONLD"})
    void rdf4jReadsBackEveryStatement(ExportFormat format) throws IOException {
        Path file = file(format);
        ExportResult result = results.get(format);
        RDFFormat rio = switch (format) {
            case TURTLE -> RDFFormat.TURTLE;
            case TRIG -> RDFFormat.TRIG;
            case NQUADS -> RDFFormat.NQUADS;
            case JSONLD -> RDFFormat.JSONLD;
            default -> throw new AssertionError(format);
        };
        Model model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Rio.parse(in, "", rio);
        }
        if (format == ExportFormat.TURTLE) {
            assertThat((long) model.size()).isEqualTo(unionTriples);
            assertThat(model.contexts()).containsOnlyNulls();
            assertThat(result.statements()).isEqualTo(unionTriples);
        } else {
            assertThat((long) model.size()).as("quads").isEqualTo(quads);
            assertThat(model.contexts()).as("one graph per article").hasSize(graphs);
            assertThat(result.statements()).isEqualTo(quads);
        }
        assertThat(result.files()).contains(file);
        assertThat(model.filter(null, null, org.eclipse.rdf4j.model.util.Values.iri(Namespaces.WD + "Q7747"))).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "TRIG"})
    void turtleAndTrigUseOurPrefixes(ExportFormat format) throws IOException {
        String text = Files.readString(file(format));
        for (Map.Entry<String, String> e : Namespaces.map().entrySet()) {
            assertThat(text).containsPattern("(?i)(@prefix|PREFIX) +" + e.getKey() + ": +<" + e.getValue().replace(".", "\\.") + ">");
        }
        assertThat(text).contains("dg:PhoneCall");
    }

    @org.junit.jupiter.api.Test
    void jsonLdCompactsWithOurPrefixesAndWritesTheContextFileBesideIt() throws IOException {
        Path file = file(ExportFormat.JSONLD);
        assertThat(results.get(ExportFormat.JSONLD).files())
                .containsExactly(file, file.toAbsolutePath().getParent().resolve("context.jsonld"));
        ObjectMapper json = new ObjectMapper();
        JsonNode doc = json.readTree(file.toFile());
        JsonNode context = json.readTree(dir.resolve("ld/context.jsonld").toFile()).get("@context");
        assertThat(doc.get("@context")).isEqualTo(context);
        assertThat(context.get("dg").asText()).isEqualTo("https://w3id.org/diplograph/ontology#");
        assertThat(context.get("dgid").asText()).isEqualTo("https://w3id.org/diplograph/id/");
        assertThat(doc.get("@graph")).hasSize(graphs);
        assertThat(Files.readString(file)).contains("\"dg:participant\"");
    }
}
