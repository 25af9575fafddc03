package org.diplograph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.diplograph.rdf.Namespaces;

/**
 * The RDF exports, written by Jena RIOT with Diplograph's prefixes ({@link Namespaces}): Turtle of the
 * union graph, and TriG, N-Quads and JSON-LD with one named graph per article. Turtle and TriG use RIOT's
 * "blocks" variants, which group statements by subject and stream, so that large stores export in
 * constant memory. JSON-LD is JSON-LD 1.1 compacted with the prefixes as its {@code @context}; the same
 * context can be written on its own ({@link #writeContext}) as {@code context.jsonld}.
 */
final class RdfExport {
    private RdfExport() {
    }

    /**
     * Writes the store's data in {@code format}; the caller holds a read transaction on {@code dsg}.
     *
     * @return the number of statements written (triples for Turtle, quads otherwise)
     */
    static long write(DatasetGraph dsg, ExportFormat format, Writer out) {
        switch (format) {
            case TURTLE -> {
                Graph union = withPrefixes(dsg.getUnionGraph());
                RDFWriter.source(union).format(RDFFormat.TURTLE_BLOCKS).build().output(out);
                return count(dsg.getUnionGraph());
            }
            case TRIG -> RDFWriter.source(withPrefixes(dsg)).format(RDFFormat.TRIG_BLOCKS).build().output(out);
            case NQUADS -> RDFWriter.source(dsg).format(RDFFormat.NQUADS_UTF8).build().output(out);
            case JSONLD -> RDFWriter.source(withPrefixes(dsg)).format(RDFFormat.JSONLD11_PRETTY).build().output(out);
            default -> throw new IllegalArgumentException(format + " is not an RDF format");
        }
        return countQuads(dsg);
    }

    /** The JSON-LD context: {@code {"@context": {prefix: namespace, …}}}. */
    static void writeContext(Writer out) {
        try (JsonGenerator j = new JsonFactory().createGenerator(out)) {
            j.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            j.useDefaultPrettyPrinter();
            j.writeStartObject();
            j.writeObjectFieldStart("@context");
            for (Map.Entry<String, String> e : Namespaces.map().entrySet()) {
                j.writeStringField(e.getKey(), e.getValue());
            }
            j.writeEndObject();
            j.writeEndObject();
            j.writeRaw('\n');
        } catch (IOException e) {
            throw new ExportException("cannot write the JSON-LD context: " + e.getMessage(), e);
        }
    }

    private static Graph withPrefixes(Graph g) {
        return new WrappedGraph(g) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return Namespaces.prefixMapping();
            }
        };
    }

    private static DatasetGraph withPrefixes(DatasetGraph dsg) {
        PrefixMap prefixes = PrefixMapFactory.create(Namespaces.map());
        return new DatasetGraphWrapper(dsg) {
            @Override
            public PrefixMap prefixes() {
                return prefixes;
            }
        };
    }

    static long count(Graph g) {
        long n = 0;
        ExtendedIterator<Triple> it = g.find(Node.ANY, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        } finally {
            it.close();
        }
        return n;
    }

    static long countQuads(DatasetGraph dsg) {
        long n = 0;
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
