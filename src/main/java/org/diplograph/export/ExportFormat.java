package org.diplograph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code ./diplograph export --format} writes. */
public enum ExportFormat {
    /** Turtle of the union of all article graphs. */
    TURTLE("turtle", Kind.RDF, "ttl"),
    /** TriG: one named graph per article (and per named catalogue entity). */
    TRIG("trig", Kind.RDF, "trig"),
    /** N-Quads: one named graph per article (and per named catalogue entity), one statement per line. */
    NQUADS("nquads", Kind.RDF, "nq"),
    /** JSON-LD 1.1 with the per-article graphs, compacted with the prefixes as {@code @context}. */
    JSONLD("jsonld", Kind.RDF, "jsonld"),
    /** GEXF 1.3 for Gephi, with event dates as a timeline. */
    GEXF("gexf", Kind.PROPERTY_GRAPH, "gexf"),
    /** GraphML with plain keys. */
    GRAPHML("graphml", Kind.PROPERTY_GRAPH, "graphml"),
    /** GraphML with yFiles graphics, so labels and colours show in yEd. */
    YED("yed", Kind.PROPERTY_GRAPH, "graphml"),
    /** Cytoscape.js elements JSON (also opens in Cytoscape desktop as .cyjs). */
    CYTOSCAPE("cytoscape", Kind.PROPERTY_GRAPH, "cyjs"),
    /** {@code nodes.csv} and {@code edges.csv} for {@code neo4j-admin database import}: a directory. */
    CSV("csv", Kind.PROPERTY_GRAPH, null);

    /** Whether a format serialises the RDF itself or the property graph made from it. */
    public enum Kind { RDF, PROPERTY_GRAPH }

    private final String id;
    private final Kind kind;
    private final String extension;

    ExportFormat(String id, Kind kind, String extension) {
        this.id = id;
        this.kind = kind;
        this.extension = extension;
    }

    /** The name on the command line ({@code turtle}, {@code gexf}, …). */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the format writes several files into a directory ({@code --out} is then required). */
    public boolean writesDirectory() {
        return extension == null;
    }

    /** The usual file extension, without the dot; null for directory formats. */
    public String extension() {
        return extension;
    }

    /** The format called {@code name} (case-insensitive); fails with a message listing every format. */
    public static ExportFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.id.equals(n)) {
                return f;
            }
        }
        throw new ExportException("unknown format '" + name + "'; choose one of: " + names());
    }

    /** All format names, comma-separated, in declaration order. */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
