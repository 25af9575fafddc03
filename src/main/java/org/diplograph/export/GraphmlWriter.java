package org.diplograph.export;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.diplograph.export.AttributeSpec.ValueType;

/**
 * Writes a {@link PropertyGraph} as GraphML: plain (one {@code <key>} per attribute; Gephi, graphology,
 * networkx, igraph) or in the yEd flavour, which adds yFiles {@code y:ShapeNode}/{@code y:NodeLabel} and
 * {@code y:PolyLineEdge}/{@code y:EdgeLabel} graphics so that labels, colours and shapes show in yEd.
 *
 * <p>Written with StAX rather than JGraphT's {@code GraphMLExporter}: that exporter keeps one attribute
 * registry by name for nodes and edges together, so an attribute both carry ({@code type}, {@code date}
 * with collapsed events) must be declared {@code for="all"}, which Gephi's importer reads as node-only and
 * drops on edges; and its values are text, so the yFiles XML elements cannot be embedded.
 *
 * <p>Multi-valued attributes are one string joined with {@code "; "}, since GraphML has no list type.
 */
final class GraphmlWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String Y = "http://www.yworks.com/xml/graphml";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** The separator of the values of a multi-valued attribute. */
    static final String JOIN = "; ";

    private GraphmlWriter() {
    }

    static void write(PropertyGraph g, Writer out, boolean yed) {
        try (XmlOut x = new XmlOut(out)) {
            x.start("graphml");
            try {
                x.raw().writeDefaultNamespace(NS);
                x.raw().writeNamespace("xsi", XSI);
                if (yed) {
                    x.raw().writeNamespace("y", Y);
                }
            } catch (XMLStreamException e) {
                throw new ExportException("cannot write GraphML: " + e.getMessage(), e);
            }
            x.attr("xsi", XSI, "schemaLocation", NS + (yed
                    ? " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"
                    : " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
            x.empty("key").attr("id", "n_label").attr("for", "node").attr("attr.name", "label")
                    .attr("attr.type", "string");
            keys(x, "node", "n_", g.nodeAttributes());
            x.empty("key").attr("id", "e_label").attr("for", "edge").attr("attr.name", "label")
                    .attr("attr.type", "string");
            keys(x, "edge", "e_", g.edgeAttributes());
            if (yed) {
                x.empty("key").attr("id", "n_graphics").attr("for", "node").attr("yfiles.type", "nodegraphics");
                x.empty("key").attr("id", "e_graphics").attr("for", "edge").attr("yfiles.type", "edgegraphics");
            }
            x.start("graph").attr("id", "diplograph").attr("edgedefault", "directed");
            int columns = Math.max(1, (int) Math.ceil(Math.sqrt(g.nodes().size())));
            int i = 0;
            for (PgNode n : g.nodes()) {
                x.start("node").attr("id", n.id());
                x.start("data").attr("key", "n_label").text(n.label()).end();
                values(x, "n_", g.nodeAttributes(), n.attributes());
                if (yed) {
                    shapeNode(x, n, i % columns, i / columns);
                }
                x.end();
                i++;
            }
            for (PgEdge e : g.edges()) {
                x.start("edge").attr("id", e.id()).attr("source", e.source()).attr("target", e.target());
                x.start("data").attr("key", "e_label").text(e.label()).end();
                values(x, "e_", g.edgeAttributes(), e.attributes());
                if (yed) {
                    polyLineEdge(x, e);
                }
                x.end();
            }
            x.end(); // graph
        }
    }

    private static void keys(XmlOut x, String domain, String prefix, List<AttributeSpec> specs) {
        for (AttributeSpec s : specs) {
            x.empty("key").attr("id", prefix + s.name()).attr("for", domain).attr("attr.name", s.name())
                    .attr("attr.type", s.type() == ValueType.LONG && !s.multiValued() ? "long" : "string");
        }
    }

    private static void values(XmlOut x, String prefix, List<AttributeSpec> specs, Map<String, List<Object>> attrs) {
        for (AttributeSpec s : specs) {
            List<Object> v = attrs.get(s.name());
            if (v != null) {
                x.start("data").attr("key", prefix + s.name()).text(join(v)).end();
            }
        }
    }

    static String join(List<Object> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(JOIN));
    }

    /** A yFiles shape node on a simple grid (run a yEd layout for a real picture). */
    private static void shapeNode(XmlOut x, PgNode n, int col, int row) {
        NodeStyle style = NodeStyle.of(n);
        x.start("data").attr("key", "n_graphics");
        x.start("y", Y, "ShapeNode");
        x.empty("y", Y, "Geometry").attr("x", Integer.toString(col * 200)).attr("y", Integer.toString(row * 90))
                .attr("width", "160").attr("height", "40");
        x.empty("y", Y, "Fill").attr("color", style.color()).attr("transparent", "false");
        x.empty("y", Y, "BorderStyle").attr("color", "#333333").attr("type", "line").attr("width", "1.0");
        x.start("y", Y, "NodeLabel").attr("alignment", "center").attr("autoSizePolicy", "content")
                .attr("fontFamily", "Dialog").attr("fontSize", "12").attr("textColor", "#000000")
                .attr("modelName", "internal").attr("modelPosition", "c").text(n.label()).end();
        x.empty("y", Y, "Shape").attr("type", style.shape());
        x.end();
        x.end();
    }

    private static void polyLineEdge(XmlOut x, PgEdge e) {
        x.start("data").attr("key", "e_graphics");
        x.start("y", Y, "PolyLineEdge");
        x.empty("y", Y, "LineStyle").attr("color", "#666666").attr("type", "line").attr("width", "1.0");
        x.empty("y", Y, "Arrows").attr("source", "none").attr("target", "standard");
        x.start("y", Y, "EdgeLabel").attr("fontFamily", "Dialog").attr("fontSize", "10")
                .attr("textColor", "#333333").text(e.label()).end();
        x.end();
        x.end();
    }
}
