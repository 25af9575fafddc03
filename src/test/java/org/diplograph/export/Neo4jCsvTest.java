package org.diplograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV export is what {@code neo4j-admin database import} reads: the header names it expects, one
 * row per node and edge with as many cells as the header, edges between existing ids, typed columns
 * that parse, and values with commas, quotes and line breaks that survive a strict RFC 4180 parser.
 */
class Neo4jCsvTest {
    @TempDir
    Path dir;

    private static List<CSVRecord> parse(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180).get()) {
            return p.getRecords();
        }
    }

    @Test
    void theSeedStoreExportsAsNeo4jImportFiles() throws IOException {
        PropertyGraph g;
        ExportResult r;
        try (Tdb2Store store = SeedStore.open()) {
            Exporter e = new Exporter(ExportOptions.DEFAULT);
            g = e.propertyGraph(store.datasetGraph());
            r = e.write(store, ExportFormat.CSV, dir.resolve("neo4j"));
        }
        assertThat(r.files()).containsExactly(dir.resolve("neo4j/nodes.csv"), dir.resolve("neo4j/edges.csv"));
        List<CSVRecord> nodes = parse(dir.resolve("neo4j/nodes.csv"));
        List<CSVRecord> edges = parse(dir.resolve("neo4j/edges.csv"));

        List<String> nodeHeader = nodes.get(0).toList();
        assertThat(nodeHeader.subList(0, 4)).containsExactly("iri:ID", ":LABEL", "label", "type");
        assertThat(nodeHeader).contains("wikidata", "date", "ordinal:long").doesNotHaveDuplicates();
        assertThat(nodeHeader).allMatch(h -> h.matches("[A-Za-z_][A-Za-z0-9_]*(:(long|string|long\\[\\]|string\\[\\]))?")
                || h.equals("iri:ID") || h.equals(":LABEL"));
        assertThat(edges.get(0).toList().subList(0, 4)).containsExactly(":START_ID", ":END_ID", ":TYPE", "predicate");

        assertThat(nodes).hasSize(g.nodes().size() + 1);
        assertThat(edges).hasSize(g.edges().size() + 1);
        Set<String> ids = new HashSet<>();
        int ordinal = nodeHeader.indexOf("ordinal:long");
        for (CSVRecord row : nodes.subList(1, nodes.size())) {
            assertThat(row.size()).as("row %s", row.getRecordNumber()).isEqualTo(nodeHeader.size());
            assertThat(ids.add(row.get(0))).as("unique id %s", row.get(0)).isTrue();
            assertThat(row.get(1)).isNotBlank();
            if (!row.get(ordinal).isEmpty()) {
                assertThat(Long.parseLong(row.get(ordinal))).isPositive();
            }
        }
        for (CSVRecord row : edges.subList(1, edges.size())) {
            assertThat(row.size()).isEqualTo(edges.get(0).size());
            assertThat(ids).contains(row.get(0), row.get(1));
            assertThat(row.get(2)).matches("[A-Za-z][A-Za-z0-9_]*");
        }
        CSVRecord call = nodes.stream().filter(n -> n.get(1).contains("PhoneCall") && n.get(nodeHeader.indexOf("date")).equals("2025-07-03"))
                .findFirst().orElseThrow();
        assertThat(call.get(1).split(";")).containsExactlyInAnyOrder("Event", "PhoneCall");
    }

    @Test
    void listsAndAwkwardTextSurviveAStrictParser() throws IOException {
        new Exporter(new ExportOptions("de", true, true)).write(SeedStore.small(), ExportFormat.CSV, dir);
        List<CSVRecord> nodes = parse(dir.resolve("nodes.csv"));
        List<String> header = nodes.get(0).toList();
        assertThat(header).contains("jobTitle:string[]", "content", "start:long");
        CSVRecord zelenskyy = row(nodes, "https://w3id.org/diplograph/id/person/volodymyr-zelenskyy");
        assertThat(zelenskyy.get(header.indexOf("label"))).isEqualTo("Wolodymyr Selenskyj");
        assertThat(zelenskyy.get(header.indexOf("jobTitle:string[]")).split(Neo4jCsvWriter.ARRAY))
                .containsExactly("Oberbefehlshaber, \"Kriegsherr\" a.D.", "Präsident");
        assertThat(row(nodes, "https://w3id.org/diplograph/article/a1").get(header.indexOf("content")))
                .isEqualTo("Putin telefonierte mit Macron.\nEs ging um die Ukraine.");

        List<CSVRecord> edges = parse(dir.resolve("edges.csv"));
        List<String> eh = edges.get(0).toList();
        assertThat(eh).contains("event", "date", "duration:string[]", "topic", "reportedIn:string[]");
        CSVRecord call = edges.stream().filter(e -> e.get(2).equals("PhoneCall")).findFirst().orElseThrow();
        assertThat(call.get(0)).isEqualTo("https://w3id.org/diplograph/id/person/emmanuel-macron");
        assertThat(call.get(eh.indexOf("duration:string[]"))).isEqualTo("PT2H;PT90M");
    }

    private static CSVRecord row(List<CSVRecord> rows, String id) {
        return rows.stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }
}
