package org.diplograph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.Namespaces;
import org.diplograph.rdf.Schema;

/**
 * What the web view shows, read from the union of all article graphs: the graph of persons, countries,
 * events and the places/organizations events are about ({@link #graph()}), one event with every
 * reporting article and its evidence sentences ({@link #event(String)}), and one entity
 * ({@link #entity(String)}). Every read is one read transaction; values are plain strings, never HTML.
 */
public final class GraphData {
    private static final String WIKIDATA = Namespaces.WD;

    private final DatasetGraph dsg;

    public GraphData(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg, "dsg");
    }

    // ---- The records the JSON API returns ----

    /** A node of the graph view. {@code date}, {@code status}, {@code qid} are null where they do not apply. */
    public record GraphNode(String id, String type, String label, String labelDe, int degree, String date,
            String status, String qid) {
    }

    /** A directed edge; {@code type} is the predicate's local name (participant, topic, location, represents). */
    public record GraphEdge(String source, String target, String type) {
    }

    /** The whole graph view. */
    public record GraphView(List<GraphNode> nodes, List<GraphEdge> edges) {
    }

    /** A link to another resource, with what is needed to show it. */
    public record Ref(String id, String type, String label, String qid) {
    }

    /** A part of an evidence sentence to highlight: [start, end) in UTF-16 code units of the sentence. */
    public record Highlight(int start, int end, String text, String kind) {
    }

    /**
     * One sentence an article gives as evidence. {@code whole} is true when the sentence itself is the
     * evidence span; {@code highlights} are the shorter spans inside it (trigger words, dates).
     */
    public record EvidenceSentence(int sentenceStart, String sentence, boolean whole, List<Highlight> highlights) {
    }

    /** An article and the sentences in it that are evidence for one resource. */
    public record ArticleEvidence(String id, String iri, String title, String source, String url,
            String published, List<EvidenceSentence> sentences) {
    }

    /**
     * An event with every value the union holds (several values mean the articles disagree) and every
     * article that reports it.
     */
    public record EventView(String id, String type, String label, List<String> dates, List<String> durations,
            List<String> statuses, List<String> ordinals, List<Ref> participants, List<Ref> agents,
            List<Ref> recipients, List<Ref> topics, List<Ref> notDiscussed, List<Ref> locations,
            List<ArticleEvidence> articles) {
    }

    /** An event an entity takes part in or is the topic/location of. */
    public record EventRef(String id, String type, String label, String date, String status, String role) {
    }

    /** A label with its language tag ("" when none). */
    public record Label(String value, String lang) {
    }

    /** A person, country, place or organization. */
    public record EntityView(String id, String type, String label, List<Label> labels, String qid,
            List<String> roles, List<Ref> represents, List<EventRef> events, List<ArticleEvidence> articles) {
    }

    // ---- Reads ----

    /** The graph view: persons, countries, events and every topic/location of an event. */
    public GraphView graph() {
        return Txn.calculateRead(dsg, () -> {
            Graph g = dsg.getUnionGraph();
            Set<Node> events = eventNodes(g);
            Map<Node, String> types = new LinkedHashMap<>();
            for (Node e : events) {
                types.put(e, eventType(g, e));
            }
            for (Node p : subjectsOfType(g, DG.PERSON.asNode())) {
                types.putIfAbsent(p, "person");
            }
            for (Node c : subjectsOfType(g, DG.COUNTRY.asNode())) {
                types.putIfAbsent(c, "country");
            }
            Set<GraphEdge> edges = new LinkedHashSet<>();
            for (Node e : events) {
                for (Node p : List.of(DG.PARTICIPANT.asNode(), DG.TOPIC.asNode(), DG.LOCATION.asNode())) {
                    for (Node o : objects(g, e, p)) {
                        if (o.isURI()) {
                            types.putIfAbsent(o, entityType(g, o));
                            edges.add(new GraphEdge(e.getURI(), o.getURI(), p.getLocalName()));
                        }
                    }
                }
            }
            for (Node s : List.copyOf(types.keySet())) {
                if ("person".equals(types.get(s))) {
                    for (Node o : objects(g, s, DG.REPRESENTS.asNode())) {
                        if (types.containsKey(o)) {
                            edges.add(new GraphEdge(s.getURI(), o.getURI(), "represents"));
                        }
                    }
                }
            }
            Map<String, Integer> degree = new HashMap<>();
            for (GraphEdge edge : edges) {
                degree.merge(edge.source(), 1, Integer::sum);
                degree.merge(edge.target(), 1, Integer::sum);
            }
            List<GraphNode> nodes = new ArrayList<>();
            for (Map.Entry<Node, String> t : types.entrySet()) {
                Node n = t.getKey();
                boolean event = events.contains(n);
                nodes.add(new GraphNode(n.getURI(), t.getValue(), label(g, n), labelIn(g, n, "de"),
                        degree.getOrDefault(n.getURI(), 0),
                        event ? first(lexicalForms(g, n, DG.DATE.asNode())) : null,
                        event ? status(g, n) : null,
                        qid(g, n)));
            }
            nodes.sort(Comparator.comparing(GraphNode::type).thenComparing(GraphNode::id));
            return new GraphView(List.copyOf(nodes), List.copyOf(edges));
        });
    }

    /** The event {@code iri}, or empty when the store holds no event with that IRI. */
    public Optional<EventView> event(String iri) {
        Node e = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Graph g = dsg.getUnionGraph();
            if (!eventNodes(g).contains(e)) {
                return Optional.empty();
            }
            return Optional.of(new EventView(iri, eventType(g, e), label(g, e),
                    lexicalForms(g, e, DG.DATE.asNode()),
                    lexicalForms(g, e, DG.DURATION.asNode()),
                    objects(g, e, DG.STATUS.asNode()).stream().map(GraphData::statusName).sorted().toList(),
                    lexicalForms(g, e, DG.ORDINAL.asNode()),
                    refs(g, e, DG.PARTICIPANT.asNode()),
                    refs(g, e, Schema.AGENT.asNode()),
                    refs(g, e, Schema.RECIPIENT.asNode()),
                    refs(g, e, DG.TOPIC.asNode()),
                    refs(g, e, DG.NOT_DISCUSSED.asNode()),
                    refs(g, e, DG.LOCATION.asNode()),
                    evidence(g, e, objects(g, e, DG.REPORTED_IN.asNode()))));
        });
    }

    /** The person, country, place or organization {@code iri}, or empty when the store has none. */
    public Optional<EntityView> entity(String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Graph g = dsg.getUnionGraph();
            String type = entityType(g, n);
            if (type.equals("entity") && !g.contains(n, RDFS.label.asNode(), Node.ANY)) {
                return Optional.empty();
            }
            List<Label> labels = new ArrayList<>();
            for (Node l : objects(g, n, RDFS.label.asNode())) {
                if (l.isLiteral()) {
                    labels.add(new Label(l.getLiteralLexicalForm(), l.getLiteralLanguage()));
                }
            }
            labels.sort(Comparator.comparing(Label::lang).thenComparing(Label::value));
            List<EventRef> events = new ArrayList<>();
            for (Node p : List.of(DG.PARTICIPANT.asNode(), DG.TOPIC.asNode(), DG.LOCATION.asNode())) {
                for (Node e : subjects(g, p, n)) {
                    events.add(new EventRef(e.getURI(), eventType(g, e), label(g, e),
                            first(lexicalForms(g, e, DG.DATE.asNode())), status(g, e), p.getLocalName()));
                }
            }
            events.sort(Comparator.comparing((EventRef r) -> r.date() == null ? "~" : r.date())
                    .thenComparing(EventRef::id));
            return Optional.of(new EntityView(iri, type, label(g, n), labels, qid(g, n),
                    lexicalForms(g, n, Schema.JOB_TITLE.asNode()),
                    refs(g, n, DG.REPRESENTS.asNode()), events,
                    evidence(g, n, objects(g, n, DG.MENTIONED_IN.asNode()))));
        });
    }

    // ---- Evidence ----

    /** Every article in {@code reporting} plus every article an evidence mention points to, with sentences. */
    private static List<ArticleEvidence> evidence(Graph g, Node subject, List<Node> reporting) {
        // article -> sentenceStart -> sentence builder
        Map<Node, TreeMap<Integer, SentenceAcc>> byArticle = new LinkedHashMap<>();
        for (Node a : reporting) {
            byArticle.put(a, new TreeMap<>());
        }
        for (Node m : objects(g, subject, DG.EVIDENCE.asNode())) {
            Node article = firstNode(g, m, DG.ARTICLE_PROP.asNode());
            Integer start = integer(g, m, DG.START.asNode());
            Integer end = integer(g, m, DG.END.asNode());
            String text = first(lexicalForms(g, m, DG.TEXT.asNode()));
            if (article == null || start == null || end == null || text == null) {
                continue;
            }
            String sentence = first(lexicalForms(g, m, DG.SENTENCE.asNode()));
            Integer sentenceStart = integer(g, m, DG.SENTENCE_START.asNode());
            if (sentence == null || sentenceStart == null) {
                sentence = text;
                sentenceStart = start;
            }
            SentenceAcc acc = byArticle.computeIfAbsent(article, k -> new TreeMap<>())
                    .computeIfAbsent(sentenceStart, k -> new SentenceAcc());
            acc.sentence = sentence;
            int hs = start - sentenceStart;
            int he = end - sentenceStart;
            // Only highlight what the offsets really cover: a span that does not reproduce its text is dropped.
            if (hs < 0 || he > sentence.length() || hs >= he || !sentence.substring(hs, he).equals(text)) {
                continue;
            }
            if (hs == 0 && he == sentence.length()) {
                acc.whole = true;
            } else {
                acc.highlights.add(new Highlight(hs, he, text, mentionKind(m)));
            }
        }
        List<ArticleEvidence> result = new ArrayList<>();
        for (Map.Entry<Node, TreeMap<Integer, SentenceAcc>> a : byArticle.entrySet()) {
            Node art = a.getKey();
            if (!art.isURI()) {
                continue;
            }
            List<EvidenceSentence> sentences = new ArrayList<>();
            for (Map.Entry<Integer, SentenceAcc> s : a.getValue().entrySet()) {
                SentenceAcc acc = s.getValue();
                if (acc.sentence == null) {
                    continue;
                }
                sentences.add(new EvidenceSentence(s.getKey(), acc.sentence, acc.whole, nonOverlapping(acc.highlights)));
            }
            result.add(new ArticleEvidence(articleId(art), art.getURI(),
                    first(lexicalForms(g, art, DG.TITLE.asNode())),
                    first(lexicalForms(g, art, DG.SOURCE.asNode())),
                    first(lexicalForms(g, art, DG.URL.asNode())),
                    first(lexicalForms(g, art, DG.PUBLISHED.asNode())),
                    sentences));
        }
        result.sort(Comparator.comparing(ArticleEvidence::id));
        return result;
    }

    private static final class SentenceAcc {
        String sentence;
        boolean whole;
        final List<Highlight> highlights = new ArrayList<>();
    }

    /** Sorted by start; a span overlapping an earlier one is dropped, so the client can render them in order. */
    private static List<Highlight> nonOverlapping(List<Highlight> spans) {
        List<Highlight> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(h -> -h.end()));
        List<Highlight> out = new ArrayList<>();
        int covered = 0;
        for (Highlight h : sorted) {
            if (h.start() >= covered) {
                out.add(h);
                covered = h.end();
            }
        }
        return out;
    }

    /** "trigger", "time", "entity" or "span", from the mention IRI's fragment ({@code #v-..}, {@code #t-..}). */
    private static String mentionKind(Node m) {
        String iri = m.isURI() ? m.getURI() : "";
        int hash = iri.lastIndexOf('#');
        String kind = hash >= 0 && hash + 1 < iri.length() ? iri.substring(hash + 1, hash + 2) : "";
        return switch (kind) {
            case "v" -> "trigger";
            case "t" -> "time";
            case "e" -> "entity";
            default -> "span";
        };
    }

    private static String articleId(Node article) {
        String iri = article.getURI();
        return iri.startsWith(DG.ARTICLE_BASE) ? iri.substring(DG.ARTICLE_BASE.length()) : iri;
    }

    // ---- Small graph helpers ----

    private static Set<Node> eventNodes(Graph g) {
        Set<Node> events = new TreeSet<>(Comparator.comparing(Node::getURI));
        for (Node t : List.of(DG.EVENT.asNode(), DG.PHONE_CALL.asNode(), DG.NEGOTIATION_ROUND.asNode(),
                DG.MEETING.asNode())) {
            events.addAll(subjectsOfType(g, t));
        }
        return events;
    }

    private static String eventType(Graph g, Node e) {
        if (g.contains(e, RDF.type.asNode(), DG.PHONE_CALL.asNode())) {
            return "call";
        }
        if (g.contains(e, RDF.type.asNode(), DG.NEGOTIATION_ROUND.asNode())) {
            return "round";
        }
        if (g.contains(e, RDF.type.asNode(), DG.MEETING.asNode())) {
            return "meeting";
        }
        return "event";
    }

    private static String entityType(Graph g, Node n) {
        if (g.contains(n, RDF.type.asNode(), DG.PERSON.asNode())) {
            return "person";
        }
        if (g.contains(n, RDF.type.asNode(), DG.COUNTRY.asNode())) {
            return "country";
        }
        if (g.contains(n, RDF.type.asNode(), DG.CITY.asNode())) {
            return "city";
        }
        if (g.contains(n, RDF.type.asNode(), DG.REGION.asNode())) {
            return "region";
        }
        if (g.contains(n, RDF.type.asNode(), DG.ORGANIZATION.asNode())) {
            return "organization";
        }
        for (Node t : List.of(DG.EVENT.asNode(), DG.PHONE_CALL.asNode(), DG.NEGOTIATION_ROUND.asNode(),
                DG.MEETING.asNode())) {
            if (g.contains(n, RDF.type.asNode(), t)) {
                return eventType(g, n);
            }
        }
        return "entity";
    }

    private static String status(Graph g, Node e) {
        List<String> s = objects(g, e, DG.STATUS.asNode()).stream().map(GraphData::statusName).sorted().toList();
        return s.isEmpty() ? null : String.join("; ", s);
    }

    private static String statusName(Node status) {
        return status.isURI() ? status.getLocalName().toLowerCase(Locale.ROOT) : status.toString();
    }

    private static List<Ref> refs(Graph g, Node s, Node p) {
        List<Ref> refs = new ArrayList<>();
        for (Node o : objects(g, s, p)) {
            if (o.isURI()) {
                refs.add(new Ref(o.getURI(), entityType(g, o), label(g, o), qid(g, o)));
            }
        }
        refs.sort(Comparator.comparing(Ref::label).thenComparing(Ref::id));
        return refs;
    }

    /** The English label, else the German one, else any, else the IRI's last segment. */
    static String label(Graph g, Node n) {
        String en = labelIn(g, n, "en");
        if (en != null) {
            return en;
        }
        String de = labelIn(g, n, "de");
        if (de != null) {
            return de;
        }
        String any = first(lexicalForms(g, n, RDFS.label.asNode()));
        if (any != null) {
            return any;
        }
        String iri = n.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static String labelIn(Graph g, Node n, String lang) {
        List<String> found = new ArrayList<>();
        for (Node l : objects(g, n, RDFS.label.asNode())) {
            if (l.isLiteral() && l.getLiteralLanguage().toLowerCase(Locale.ROOT).startsWith(lang)) {
                found.add(l.getLiteralLexicalForm());
            }
        }
        found.sort(null);
        return first(found);
    }

    /** The verified Wikidata QID ("Q7747") from {@code owl:sameAs}, or null. */
    private static String qid(Graph g, Node n) {
        for (Node o : objects(g, n, OWL.sameAs.asNode())) {
            if (o.isURI() && o.getURI().startsWith(WIKIDATA) && o.getURI().substring(WIKIDATA.length()).matches("Q[0-9]+")) {
                return o.getURI().substring(WIKIDATA.length());
            }
        }
        return null;
    }

    private static Set<Node> subjectsOfType(Graph g, Node type) {
        Set<Node> out = new LinkedHashSet<>();
        Iterator<Triple> it = g.find(Node.ANY, RDF.type.asNode(), type);
        while (it.hasNext()) {
            Node s = it.next().getSubject();
            if (s.isURI()) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                out.add(t.getSubject());
            }
        });
        return List.copyOf(out);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        List<Node> list = new ArrayList<>(out);
        list.sort(Comparator.comparing(Node::toString));
        return list;
    }

    private static Node firstNode(Graph g, Node s, Node p) {
        List<Node> o = objects(g, s, p);
        return o.isEmpty() ? null : o.get(0);
    }

    /** The distinct lexical forms of the literal objects, sorted. */
    private static List<String> lexicalForms(Graph g, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        for (Node o : objects(g, s, p)) {
            if (o.isLiteral()) {
                out.add(o.getLiteralLexicalForm());
            }
        }
        return List.copyOf(out);
    }

    private static Integer integer(Graph g, Node s, Node p) {
        for (String v : lexicalForms(g, s, p)) {
            try {
                return Integer.valueOf(v.strip());
            } catch (NumberFormatException e) {
                // not an offset; ignore this value
            }
        }
        return null;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
