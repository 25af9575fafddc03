package org.diplograph.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.DiplographException;

/**
 * The rdfs:subClassOf hierarchy of the Diplograph ontology (read once from the jar), to find a node's most
 * specific types and to recognise events ({@code dg:PhoneCall} is a {@code dg:Event}).
 */
final class ClassHierarchy {
    static final String RESOURCE = "/org/diplograph/ontology/diplograph.ttl";

    private static volatile ClassHierarchy bundled;

    /** class IRI → all its superclasses (transitively, without itself). */
    private final Map<String, Set<String>> ancestors;

    ClassHierarchy(Map<String, Set<String>> ancestors) {
        this.ancestors = ancestors;
    }

    /** The hierarchy of the bundled ontology; fails loudly when the ontology is missing from the jar. */
    static ClassHierarchy bundled() {
        ClassHierarchy h = bundled;
        if (h == null) {
            synchronized (ClassHierarchy.class) {
                if (bundled == null) {
                    bundled = load();
                }
                h = bundled;
            }
        }
        return h;
    }

    private static ClassHierarchy load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ClassHierarchy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DiplographException(RESOURCE + ": the ontology is missing from the classpath (broken build?)");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new DiplographException(RESOURCE + ": cannot read the ontology (" + e.getMessage() + ")", e);
        }
        Map<String, Set<String>> direct = new HashMap<>();
        List<Triple> sub = g.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).toList();
        for (Triple t : sub) {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                direct.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>()).add(t.getObject().getURI());
            }
        }
        Map<String, Set<String>> closure = new HashMap<>();
        for (String c : direct.keySet()) {
            Set<String> all = new HashSet<>();
            collect(c, direct, all);
            all.remove(c);
            closure.put(c, Set.copyOf(all));
        }
        return new ClassHierarchy(Map.copyOf(closure));
    }

    private static void collect(String c, Map<String, Set<String>> direct, Set<String> into) {
        for (String sup : direct.getOrDefault(c, Set.of())) {
            if (into.add(sup)) {
                collect(sup, direct, into);
            }
        }
    }

    /** True when {@code cls} is {@code ancestor} or one of its subclasses. */
    boolean isA(String cls, String ancestor) {
        return cls.equals(ancestor) || ancestors.getOrDefault(cls, Set.of()).contains(ancestor);
    }

    /** The classes of {@code types} that are not a superclass of another one in {@code types}. */
    Set<String> mostSpecific(Set<String> types) {
        Set<String> out = new HashSet<>(types);
        for (String t : types) {
            out.removeAll(ancestors.getOrDefault(t, Set.of()));
        }
        return out;
    }
}
