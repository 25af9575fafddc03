package org.diplograph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.diplograph.export.AttributeSpec.ValueType;

/**
 * Writes a {@link PropertyGraph} as the two CSV files {@code neo4j-admin database import full} reads:
 * {@code nodes.csv} ({@code iri:ID}, {@code :LABEL}, {@code label}, then one column per attribute) and
 * {@code edges.csv} ({@code :START_ID}, {@code :END_ID}, {@code :TYPE}, then one column per attribute).
 *
 * <p>RFC 4180 quoting (Apache Commons CSV), {@code \n} line ends. Column types follow neo4j's header
 * syntax: whole numbers {@code name:long}, multi-valued columns {@code name:string[]} / {@code name:long[]}
 * with the values joined by {@code ;} (neo4j's default array delimiter); node labels ({@code :LABEL}) are
 * all rdf:type local names, joined by {@code ;} too. The IRI is the node id and stays a property
 * ({@code iri}). An empty cell means "no value".
 */
final class Neo4jCsvWriter {
    /** neo4j-admin's default array delimiter. */
    static final String ARRAY = ";";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private Neo4jCsvWriter() {
    }

    static void writeNodes(PropertyGraph g, Writer out) {
        List<AttributeSpec> specs = g.nodeAttributes().stream().filter(s -> !s.name().equals("iri")).toList();
        List<String> header = new ArrayList<>(List.of("iri:ID", ":LABEL", "label"));
        specs.forEach(s -> header.add(column(s)));
        try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
            p.printRecord(header);
            for (PgNode n : g.nodes()) {
                List<String> row = new ArrayList<>(header.size());
                row.add(n.id());
                row.add(n.classes().isEmpty() ? "Resource" : String.join(ARRAY, n.classes()));
                row.add(n.label());
                cells(row, specs, n.attributes());
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new ExportException("cannot write nodes.csv: " + e.getMessage(), e);
        }
    }

    static void writeEdges(PropertyGraph g, Writer out) {
        List<AttributeSpec> specs = g.edgeAttributes();
        List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE"));
        specs.forEach(s -> header.add(column(s)));
        try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
            p.printRecord(header);
            for (PgEdge e : g.edges()) {
                List<String> row = new ArrayList<>(header.size());
                row.add(e.source());
                row.add(e.target());
                row.add(e.label());
                cells(row, specs, e.attributes());
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new ExportException("cannot write edges.csv: " + e.getMessage(), e);
        }
    }

    /** The header of an attribute column: {@code name}, {@code name:long}, {@code name:string[]}, … */
    static String column(AttributeSpec s) {
        String type = s.type() == ValueType.LONG ? "long" : "string";
        if (s.multiValued()) {
            return s.name() + ":" + type + "[]";
        }
        return s.type() == ValueType.LONG ? s.name() + ":long" : s.name();
    }

    private static void cells(List<String> row, List<AttributeSpec> specs, Map<String, List<Object>> attrs) {
        for (AttributeSpec s : specs) {
            List<Object> v = attrs.get(s.name());
            if (v == null) {
                row.add("");
            } else {
                row.add(String.join(ARRAY, v.stream().map(String::valueOf).toList()));
            }
        }
    }
}
