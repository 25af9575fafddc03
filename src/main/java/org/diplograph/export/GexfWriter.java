package org.diplograph.export;

import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.diplograph.export.AttributeSpec.ValueType;

/**
 * Writes a {@link PropertyGraph} as GEXF 1.3 for Gephi.
 *
 * <p>Written with StAX rather than JGraphT's {@code GEXFExporter}, which writes GEXF 1.2 only and has no
 * list types ({@code liststring}), no {@code start}/{@code end} intervals and no {@code viz:} elements —
 * all three are needed here: lists keep every value of a multi-valued attribute, intervals drive Gephi's
 * timeline and viz colours tell the kinds of nodes apart.
 *
 * <p>Event nodes (and collapsed event edges) get {@code start}/{@code end} with the days their date
 * covers, under {@code timeformat="date"}, and keep the date as the plain {@code date} attribute too,
 * since graphology and other readers drop intervals. Attribute ids equal their titles; no attribute uses
 * {@code anyURI} (Gephi ignores it): IRIs are strings.
 */
final class GexfWriter {
    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GexfWriter() {
    }

    static void write(PropertyGraph g, Writer out) {
        boolean dynamic = g.nodes().stream().anyMatch(n -> n.time() != null)
                || g.edges().stream().anyMatch(e -> e.time() != null);
        Map<String, Integer> degree = degrees(g);
        try (XmlOut x = new XmlOut(out)) {
            x.start("gexf");
            try {
                x.raw().writeDefaultNamespace(NS);
                x.raw().writeNamespace("viz", VIZ);
                x.raw().writeNamespace("xsi", XSI);
            } catch (javax.xml.stream.XMLStreamException e) {
                throw new ExportException("cannot write GEXF: " + e.getMessage(), e);
            }
            x.attr("xsi", XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd").attr("version", "1.3");
            x.start("meta");
            x.start("creator").text("Diplograph").end();
            x.start("description").text("Diplograph graph export; property-graph convention: docs/export.md").end();
            x.end();
            x.start("graph").attr("defaultedgetype", "directed").attr("mode", dynamic ? "dynamic" : "static");
            if (dynamic) {
                x.attr("timeformat", "date").attr("timerepresentation", "interval");
            }
            declare(x, "node", g.nodeAttributes());
            declare(x, "edge", g.edgeAttributes());
            x.start("nodes");
            for (PgNode n : g.nodes()) {
                x.start("node").attr("id", n.id()).attr("label", n.label());
                time(x, n.time());
                values(x, g.nodeAttributes(), n.attributes());
                NodeStyle style = NodeStyle.of(n);
                x.empty("viz", VIZ, "color").attr("r", Integer.toString(style.red()))
                        .attr("g", Integer.toString(style.green())).attr("b", Integer.toString(style.blue()));
                double size = 10 + 5 * Math.sqrt(degree.getOrDefault(n.id(), 0));
                x.empty("viz", VIZ, "size").attr("value", String.format(Locale.ROOT, "%.1f", size));
                x.end();
            }
            x.end();
            x.start("edges");
            for (PgEdge e : g.edges()) {
                // kind: Gephi keeps parallel edges of different kinds apart (a person both represents and is
                // the topic of …) instead of merging them.
                x.start("edge").attr("id", e.id()).attr("source", e.source()).attr("target", e.target())
                        .attr("label", e.label()).attr("kind", e.label());
                time(x, e.time());
                values(x, g.edgeAttributes(), e.attributes());
                x.end();
            }
            x.end();
            x.end(); // graph
        }
    }

    private static Map<String, Integer> degrees(PropertyGraph g) {
        Map<String, Integer> d = new HashMap<>();
        for (PgEdge e : g.edges()) {
            d.merge(e.source(), 1, Integer::sum);
            d.merge(e.target(), 1, Integer::sum);
        }
        return d;
    }

    private static void declare(XmlOut x, String cls, List<AttributeSpec> specs) {
        x.start("attributes").attr("class", cls).attr("mode", "static");
        for (AttributeSpec s : specs) {
            x.empty("attribute").attr("id", s.name()).attr("title", s.name()).attr("type", type(s));
        }
        x.end();
    }

    static String type(AttributeSpec s) {
        String base = s.type() == ValueType.LONG ? "long" : "string";
        return s.multiValued() ? "list" + base : base;
    }

    private static void time(XmlOut x, DateRange r) {
        if (r != null) {
            x.attr("start", r.first().toString()).attr("end", r.last().toString());
        }
    }

    private static void values(XmlOut x, List<AttributeSpec> specs, Map<String, List<Object>> attrs) {
        boolean any = specs.stream().anyMatch(s -> attrs.containsKey(s.name()));
        if (!any) {
            return;
        }
        x.start("attvalues");
        for (AttributeSpec s : specs) {
            List<Object> v = attrs.get(s.name());
            if (v != null) {
                x.empty("attvalue").attr("for", s.name()).attr("value", s.multiValued() ? list(v) : String.valueOf(v.get(0)));
            }
        }
        x.end();
    }

    /**
     * A GEXF list value as Gephi and graphology read it: {@code ["a", "b, c"]} with {@code "} and
     * {@code \} escaped by a backslash; numbers unquoted ({@code [1, 2]}).
     */
    static String list(List<Object> values) {
        return values.stream()
                .map(v -> v instanceof Long ? v.toString()
                        : "\"" + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
