package org.diplograph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.Namespaces;
import org.diplograph.rdf.Schema;

/**
 * Turns the RDF graph into a {@link PropertyGraph} by the convention of {@code docs/export.md}:
 * <ul>
 *   <li>every resource becomes a node; its IRI is the node id and the {@code iri} attribute;</li>
 *   <li>literals become node attributes named after the predicate's local name (all values kept);
 *       {@code rdfs:label} becomes {@code label_de}/{@code label_en}, and the node's {@code label} is
 *       the label in the chosen language, else the other one;</li>
 *   <li>{@code rdf:type} becomes the {@code type} attribute (the most specific classes), not edges to
 *       class nodes; {@code owl:sameAs} a Wikidata item becomes the {@code wikidata} attribute; objects
 *       from the Diplograph vocabulary itself ({@code dg:Held}) become attributes too;</li>
 *   <li>every other resource object becomes an edge labelled with the predicate's local name, with the
 *       full predicate IRI in its {@code predicate} attribute;</li>
 *   <li>evidence ({@code dg:Mention} nodes, {@code dg:evidence} edges, {@code dg:content}) is left out
 *       unless {@link ExportOptions#withEvidence()};</li>
 *   <li>with {@link ExportOptions#collapseEvents()} an event with two or more participants becomes one
 *       edge per pair of participants, carrying the event's attributes.</li>
 * </ul>
 */
public final class PropertyGraphConverter {

    /** Node attribute names the convention uses itself; a predicate with such a local name is prefixed. */
    private static final Set<String> NODE_RESERVED = Set.of("id", "label", "iri", "type", "wikidata", "sameAs",
            "timeset");

    /** Edge attribute names the convention or a tool uses; an event attribute with such a name is prefixed. */
    private static final Set<String> EDGE_RESERVED = Set.of("id", "label", "source", "target", "predicate", "event",
            "participant", "weight", "kind", "timeset");

    private static final Set<String> INTEGER_TYPES = Set.of(XSDDatatype.XSDinteger.getURI(),
            XSDDatatype.XSDint.getURI(), XSDDatatype.XSDlong.getURI(), XSDDatatype.XSDshort.getURI(),
            XSDDatatype.XSDbyte.getURI(), XSDDatatype.XSDnonNegativeInteger.getURI(),
            XSDDatatype.XSDpositiveInteger.getURI(), XSDDatatype.XSDnonPositiveInteger.getURI(),
            XSDDatatype.XSDnegativeInteger.getURI(), XSDDatatype.XSDunsignedInt.getURI(),
            XSDDatatype.XSDunsignedShort.getURI(), XSDDatatype.XSDunsignedByte.getURI());

    private static final String TYPE = RDF.type.getURI();
    private static final String LABEL = RDFS.label.getURI();
    private static final String SAME_AS = OWL.sameAs.getURI();
    private static final String EVENT = DG.EVENT.getURI();

    private final ExportOptions options;
    private final ClassHierarchy classes;

    public PropertyGraphConverter(ExportOptions options) {
        this(options, ClassHierarchy.bundled());
    }

    PropertyGraphConverter(ExportOptions options, ClassHierarchy classes) {
        this.options = options;
        this.classes = classes;
    }

    /** What the graph says about one subject. */
    private static final class Subject {
        final Node node;
        final Set<String> types = new TreeSet<>();
        final List<Triple> statements = new ArrayList<>();

        Subject(Node node) {
            this.node = node;
        }
    }

    /** An edge before ids are assigned. */
    private record Link(String source, String target, String label, Map<String, List<Object>> attributes,
            DateRange time) {
    }

    /**
     * Converts {@code graph} (for a store: its union graph, inside a read transaction).
     */
    public PropertyGraph convert(Graph graph) {
        Map<Node, Subject> subjects = new HashMap<>();
        ExtendedIterator<Triple> it = graph.find(Node.ANY, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                Subject s = subjects.computeIfAbsent(t.getSubject(), Subject::new);
                if (t.getPredicate().getURI().equals(TYPE) && t.getObject().isURI()) {
                    s.types.add(t.getObject().getURI());
                } else {
                    s.statements.add(t);
                }
            }
        } finally {
            it.close();
        }

        Set<Node> mentions = new HashSet<>();
        subjects.values().forEach(s -> {
            if (s.types.contains(DG.MENTION.getURI())) {
                mentions.add(s.node);
            }
        });
        if (!options.withEvidence()) {
            mentions.forEach(subjects::remove);
        }

        AttributeNames names = new AttributeNames();
        // Name the predicates in a fixed order (ours first) so that a clash always resolves the same way.
        Set<String> predicates = new TreeSet<>(Comparator.comparing((String p) -> !p.startsWith(DG.NAMESPACE))
                .thenComparing(Comparator.naturalOrder()));
        subjects.values().forEach(s -> s.statements.forEach(t -> predicates.add(t.getPredicate().getURI())));
        predicates.forEach(names::nodeName);
        Map<String, PgNode> nodes = new TreeMap<>();
        List<Link> links = new ArrayList<>();
        for (Subject s : subjects.values()) {
            nodes.put(id(s.node), node(s, names, links, mentions));
        }
        // Resources that are only objects (no statements of their own) still become nodes.
        for (Link l : links) {
            if (!nodes.containsKey(l.target())) {
                nodes.put(l.target(), bareNode(l.target()));
            }
        }

        if (options.collapseEvents()) {
            links = collapse(nodes, links, subjects);
        }
        links.sort(Comparator.comparing(Link::source).thenComparing(Link::label).thenComparing(Link::target)
                .thenComparing(l -> String.valueOf(l.attributes().get("event"))));
        List<PgEdge> edges = new ArrayList<>(links.size());
        for (Link l : links) {
            edges.add(new PgEdge("e" + edges.size(), l.source(), l.target(), l.label(), l.attributes(), l.time()));
        }
        return PropertyGraph.of(new ArrayList<>(nodes.values()), edges);
    }

    private PgNode node(Subject s, AttributeNames names, List<Link> links, Set<Node> mentions) {
        String id = id(s.node);
        Map<String, List<Object>> attrs = new LinkedHashMap<>();
        attrs.put("iri", List.of(id));
        Set<String> specific = new TreeSet<>();
        classes.mostSpecific(s.types).forEach(t -> specific.add(localName(t)));
        if (!specific.isEmpty()) {
            attrs.put("type", new ArrayList<>(specific));
        }
        Map<String, Set<Object>> values = new TreeMap<>();
        Map<String, String> labels = new HashMap<>(); // language -> first label (sorted)
        DateRange time = null;
        for (Triple t : s.statements) {
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (o.isLiteral()) {
                if (!options.withEvidence() && p.equals(DG.CONTENT.getURI())) {
                    continue;
                }
                if (p.equals(LABEL)) {
                    String lang = o.getLiteralLanguage().isEmpty() ? "und"
                            : o.getLiteralLanguage().toLowerCase(Locale.ROOT).replace('-', '_');
                    values.computeIfAbsent("label_" + lang, k -> new TreeSet<>(VALUE_ORDER)).add(o.getLiteralLexicalForm());
                    labels.merge(lang, o.getLiteralLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    continue;
                }
                if (p.equals(DG.DATE.getURI())) {
                    DateRange r = DateRange.parse(o.getLiteralLexicalForm()).orElse(null);
                    if (r != null) {
                        time = time == null ? r : time.span(r);
                    }
                }
                values.computeIfAbsent(names.nodeName(p), k -> new TreeSet<>(VALUE_ORDER)).add(value(o));
            } else if (p.equals(SAME_AS) && o.isURI()) {
                String name = o.getURI().startsWith(Namespaces.WD) ? "wikidata" : "sameAs";
                values.computeIfAbsent(name, k -> new TreeSet<>(VALUE_ORDER)).add(o.getURI());
            } else if (o.isURI() && o.getURI().startsWith(DG.NAMESPACE)) {
                // A term of our own vocabulary (dg:Held, dg:Planned): a value, not a thing to draw.
                values.computeIfAbsent(names.nodeName(p), k -> new TreeSet<>(VALUE_ORDER)).add(localName(o.getURI()));
            } else {
                if (!options.withEvidence() && (p.equals(DG.EVIDENCE.getURI()) || mentions.contains(o))) {
                    continue;
                }
                Map<String, List<Object>> ea = new LinkedHashMap<>();
                ea.put("predicate", List.of(p));
                links.add(new Link(id, id(o), localName(p), ea, null));
            }
        }
        // wikidata right after the labels; the rest by name (TreeMap order)
        for (String lead : List.of("label_de", "label_en", "wikidata")) {
            Set<Object> v = values.remove(lead);
            if (v != null) {
                attrs.put(lead, new ArrayList<>(v));
            }
        }
        values.forEach((k, v) -> attrs.put(k, new ArrayList<>(v)));
        List<String> all = s.types.stream().map(PropertyGraphConverter::localName).sorted().distinct().toList();
        return new PgNode(id, label(id, labels, attrs), all, attrs, time);
    }

    private static PgNode bareNode(String id) {
        Map<String, List<Object>> attrs = new LinkedHashMap<>();
        attrs.put("iri", List.of(id));
        return new PgNode(id, localName(id), List.of(), attrs, null);
    }

    /** The label in the chosen language, the other one, any label, a title or text, or the IRI's last part. */
    private String label(String id, Map<String, String> labels, Map<String, List<Object>> attrs) {
        for (String lang : List.of(options.language(), options.fallbackLanguage())) {
            if (labels.containsKey(lang)) {
                return labels.get(lang);
            }
        }
        if (!labels.isEmpty()) {
            return new TreeMap<>(labels).firstEntry().getValue();
        }
        for (String attr : List.of("title", "text")) {
            List<Object> v = attrs.get(attr);
            if (v != null && !v.isEmpty() && !String.valueOf(v.get(0)).isBlank()) {
                return String.valueOf(v.get(0));
            }
        }
        return localName(id);
    }

    /**
     * Replaces every event node with two or more participants by one edge per pair of participants.
     * Each edge carries the event's attributes, its IRI ({@code event}), the labels of what its other links
     * point to ({@code topic}, {@code location}, …; articles by IRI in {@code reportedIn}) and all
     * participants' labels. The edge runs from the caller ({@code schema:agent}) when the text names one.
     */
    private List<Link> collapse(Map<String, PgNode> nodes, List<Link> links, Map<Node, Subject> subjects) {
        Set<String> events = new HashSet<>();
        for (Subject s : subjects.values()) {
            if (s.types.stream().anyMatch(t -> classes.isA(t, EVENT))) {
                events.add(id(s.node));
            }
        }
        Map<String, List<Link>> outgoing = new HashMap<>();
        for (Link l : links) {
            if (events.contains(l.source())) {
                outgoing.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l);
            }
        }
        String participant = DG.PARTICIPANT.getURI();
        String agent = Schema.AGENT.getURI();
        Set<String> collapsed = new HashSet<>();
        List<Link> added = new ArrayList<>();
        for (String event : new TreeSet<>(events)) {
            List<Link> out = outgoing.getOrDefault(event, List.of());
            List<String> people = out.stream().filter(l -> predicate(l).equals(participant)).map(Link::target)
                    .distinct().sorted().toList();
            if (people.size() < 2) {
                continue; // nothing to connect: the event stays a node
            }
            Set<String> callers = new HashSet<>();
            out.stream().filter(l -> predicate(l).equals(agent)).forEach(l -> callers.add(l.target()));
            PgNode node = nodes.get(event);
            Map<String, List<Object>> attrs = new LinkedHashMap<>();
            attrs.put("event", List.of(event));
            node.attributes().forEach((k, v) -> {
                if (!k.equals("iri")) {
                    attrs.put(EDGE_RESERVED.contains(k) ? "event_" + k : k, v);
                }
            });
            Map<String, Set<Object>> linked = new TreeMap<>();
            for (Link l : out) {
                String name = l.label();
                if (predicate(l).equals(participant)) {
                    name = "participant";
                } else if (EDGE_RESERVED.contains(name) || node.attributes().containsKey(name)) {
                    name = "event_" + name;
                }
                PgNode target = nodes.get(l.target());
                Object v = target.classes().contains(localName(DG.ARTICLE.getURI())) ? target.id() : target.label();
                linked.computeIfAbsent(name, k -> new TreeSet<>(VALUE_ORDER)).add(v);
            }
            linked.forEach((k, v) -> attrs.put(k, new ArrayList<>(v)));
            String label = node.type().orElse("Event");
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    String a = people.get(i);
                    String b = people.get(j);
                    boolean reversed = callers.contains(b) && !callers.contains(a);
                    added.add(new Link(reversed ? b : a, reversed ? a : b, label, attrs, node.time()));
                }
            }
            collapsed.add(event);
        }
        List<Link> kept = new ArrayList<>();
        for (Link l : links) {
            if (!collapsed.contains(l.source()) && !collapsed.contains(l.target())) {
                kept.add(l);
            }
        }
        collapsed.forEach(nodes::remove);
        kept.addAll(added);
        return kept;
    }

    private static String predicate(Link l) {
        List<Object> p = l.attributes().get("predicate");
        return p == null || p.isEmpty() ? "" : String.valueOf(p.get(0));
    }

    /** Strings and Longs in one sorted set: numbers first, numerically, then strings. */
    private static final Comparator<Object> VALUE_ORDER = (a, b) -> {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Long) {
            return -1;
        }
        if (b instanceof Long) {
            return 1;
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    };

    /** A literal's value: a Long for integer datatypes that fit, else its lexical form. */
    private static Object value(Node literal) {
        String lex = literal.getLiteralLexicalForm();
        if (INTEGER_TYPES.contains(literal.getLiteralDatatypeURI())) {
            try {
                return Long.parseLong(lex.strip());
            } catch (NumberFormatException e) {
                return lex;
            }
        }
        return lex;
    }

    /** The node id of a resource: its IRI, or {@code _:label} for a blank node. */
    static String id(Node n) {
        return n.isURI() ? n.getURI() : "_:" + n.getBlankNodeLabel();
    }

    /** The part of an IRI after the last {@code #} or {@code /} (the whole IRI when that part is empty). */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return local;
    }

    /**
     * Attribute names for predicates: the local name, made safe for XML ids and neo4j property names; a
     * reserved name or a second predicate with the same local name gets its namespace prefix
     * ({@code dg_source}).
     */
    private static final class AttributeNames {
        private final Map<String, String> byPredicate = new HashMap<>();
        private final Map<String, String> byName = new HashMap<>();

        String nodeName(String predicate) {
            return byPredicate.computeIfAbsent(predicate, p -> {
                String name = safe(localName(p));
                if (NODE_RESERVED.contains(name) || name.startsWith("label_")
                        || (byName.containsKey(name) && !byName.get(name).equals(p))) {
                    name = prefix(p) + "_" + name;
                }
                String unique = name;
                for (int i = 2; byName.containsKey(unique) && !byName.get(unique).equals(p); i++) {
                    unique = name + "_" + i;
                }
                byName.put(unique, p);
                return unique;
            });
        }

        private static String prefix(String iri) {
            String best = null;
            String bestNs = "";
            for (Map.Entry<String, String> e : Namespaces.map().entrySet()) {
                if (iri.startsWith(e.getValue()) && e.getValue().length() > bestNs.length()) {
                    best = e.getKey();
                    bestNs = e.getValue();
                }
            }
            if (best == null && iri.startsWith(RDF.getURI())) {
                best = "rdf";
            }
            return best == null ? "x" : best;
        }

        private static String safe(String name) {
            String s = name.replaceAll("[^A-Za-z0-9_]", "_");
            return s.isEmpty() || Character.isDigit(s.charAt(0)) ? "_" + s : s;
        }
    }
}
