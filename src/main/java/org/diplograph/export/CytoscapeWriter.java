package org.diplograph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a {@link PropertyGraph} as Cytoscape.js JSON ({@code {"elements": {"nodes": [...], "edges":
 * [...]}}}), which {@code cytoscape({elements})} loads as is and Cytoscape desktop imports as a
 * {@code .cyjs} network. Every attribute goes into {@code data}; multi-valued ones are JSON arrays,
 * integers are numbers. Nodes also get {@code name} (Cytoscape desktop's label column) and their
 * rdf:types as {@code classes}, for styling.
 */
final class CytoscapeWriter {
    private CytoscapeWriter() {
    }

    static void write(PropertyGraph g, Writer out) {
        try (JsonGenerator j = new JsonFactory().createGenerator(out)) {
            j.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            j.useDefaultPrettyPrinter();
            j.writeStartObject();
            j.writeStringField("format_version", "1.0");
            j.writeStringField("generated_by", "Diplograph");
            j.writeStringField("target_cytoscapejs_version", "~3.30");
            j.writeObjectFieldStart("data");
            j.writeStringField("name", "Diplograph");
            j.writeEndObject();
            j.writeObjectFieldStart("elements");
            j.writeArrayFieldStart("nodes");
            for (PgNode n : g.nodes()) {
                j.writeStartObject();
                j.writeObjectFieldStart("data");
                j.writeStringField("id", n.id());
                j.writeStringField("label", n.label());
                j.writeStringField("name", n.label());
                fields(j, g.nodeAttributes(), n.attributes());
                j.writeEndObject();
                if (!n.classes().isEmpty()) {
                    j.writeStringField("classes", String.join(" ", n.classes()));
                }
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeArrayFieldStart("edges");
            for (PgEdge e : g.edges()) {
                j.writeStartObject();
                j.writeObjectFieldStart("data");
                j.writeStringField("id", e.id());
                j.writeStringField("source", e.source());
                j.writeStringField("target", e.target());
                j.writeStringField("label", e.label());
                fields(j, g.edgeAttributes(), e.attributes());
                j.writeEndObject();
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeEndObject();
            j.writeEndObject();
            j.writeRaw('\n');
        } catch (IOException e) {
            throw new ExportException("cannot write Cytoscape JSON: " + e.getMessage(), e);
        }
    }

    private static void fields(JsonGenerator j, List<AttributeSpec> specs, Map<String, List<Object>> attrs)
            throws IOException {
        for (AttributeSpec s : specs) {
            List<Object> v = attrs.get(s.name());
            if (v == null) {
                continue;
            }
            j.writeFieldName(s.name());
            if (s.multiValued()) {
                j.writeStartArray();
                for (Object o : v) {
                    value(j, o);
                }
                j.writeEndArray();
            } else {
                value(j, v.get(0));
            }
        }
    }

    private static void value(JsonGenerator j, Object o) throws IOException {
        if (o instanceof Long l) {
            j.writeNumber(l);
        } else {
            j.writeString(String.valueOf(o));
        }
    }
}
