package org.diplograph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.TimeValue;
import org.diplograph.rdf.DG;
import org.diplograph.resolve.EventIdentity;
import org.diplograph.resolve.EventIdentity.Report;

/**
 * Makes the same real event one resource across article graphs. Reads every article's event reports
 * from the store, lets {@link EventIdentity#assign} decide which are the same event, and renames the
 * reports whose IRI changed — inside their own article graphs, in one update. Because it always works
 * on everything stored, building articles one by one gives the same graph as all at once. Plain SPARQL,
 * so it works the same on every {@link GraphStore}.
 */
public final class EventReconciler {
    private static final String REPORTS = """
            PREFIX dg: <%1$s>
            SELECT ?g ?e ?type ?published ?date ?ordinal ?status
                   (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?participants)
                   (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?topics)
                   (MIN(?start) AS ?first)
            WHERE {
              GRAPH ?g {
                ?e a dg:Event ; a ?type ; dg:status ?status ; dg:participant ?p .
                FILTER(?type IN (dg:PhoneCall, dg:NegotiationRound, dg:Meeting))
                OPTIONAL { ?e dg:date ?date }
                OPTIONAL { ?e dg:ordinal ?ordinal }
                OPTIONAL { ?e dg:topic ?t }
                OPTIONAL { ?e dg:evidence ?m . ?m dg:start ?start }
                OPTIONAL { ?g dg:published ?published }
              }
              FILTER(STRSTARTS(STR(?g), "%2$s"))
            }
            GROUP BY ?g ?e ?type ?published ?date ?ordinal ?status
            """.formatted(DG.NAMESPACE, DG.ARTICLE_BASE);

    private static final Set<String> EVENT_CLASSES = Set.of(DG.PHONE_CALL.getURI(), DG.NEGOTIATION_ROUND.getURI(),
            DG.MEETING.getURI());

    private EventReconciler() {
    }

    /**
     * The marker that is written with every batch of new or changed articles, in the same transaction, and
     * removed by the reconciliation (in the same update as the renames): while it is there, the stored events
     * are not reconciled yet.
     */
    public static GraphStore.GraphContent pendingMarker() {
        Node g = NodeFactory.createURI(DG.BUILD_GRAPH);
        return new GraphStore.GraphContent(DG.BUILD_GRAPH, List.of(Quad.create(g, g,
                DG.RECONCILIATION_PENDING.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean))));
    }

    /** True when a build stored articles and ended (was killed) before reconciling their events. */
    public static boolean pending(GraphStore store) {
        return store.select("SELECT ?s WHERE { GRAPH <" + DG.BUILD_GRAPH + "> { ?s <"
                + DG.RECONCILIATION_PENDING.getURI() + "> ?v } } LIMIT 1", rows -> rows.hasNext());
    }

    /** Reconciles the whole store, reading every event report from it; returns how many reports were renamed. */
    public static int reconcile(GraphStore store) {
        return reconcile(store, storedReports(store));
    }

    /** Every event report stored, read with one query over all article graphs. */
    public static List<Report> storedReports(GraphStore store) {
        return store.select(REPORTS, rows -> {
            List<Report> out = new ArrayList<>();
            rows.forEachRemaining(b -> out.add(report(b)));
            return out;
        });
    }

    /**
     * Reconciles {@code reports}, which must be every event report in the store (as {@link #reportsOf} reads them
     * from the article graphs written); returns how many were renamed. A build into an empty store has them
     * all in hand, which spares reading them back (the query above takes seconds per 10,000 articles).
     */
    public static int reconcile(GraphStore store, List<Report> reports) {
        Map<Report, String> assignment = EventIdentity.assign(reports);
        StringBuilder update = new StringBuilder();
        int renamed = 0;
        for (Map.Entry<Report, String> e : assignment.entrySet()) {
            Report r = e.getKey();
            if (!r.iri().equals(e.getValue())) {
                String g = "<" + DG.ARTICLE_BASE + r.articleId() + ">";
                String from = "<" + r.iri() + ">";
                String to = "<" + e.getValue() + ">";
                // IRIs are our own (article ids and hashes are checked to be IRI-safe): nothing to escape
                update.append("DELETE { GRAPH ").append(g).append(" { ").append(from).append(" ?p ?o } }\n")
                        .append("INSERT { GRAPH ").append(g).append(" { ").append(to).append(" ?p ?o } }\n")
                        .append("WHERE { GRAPH ").append(g).append(" { ").append(from).append(" ?p ?o } } ;\n");
                renamed++;
            }
        }
        // the renames and the end of the pending state in one update: both or neither
        update.append("DROP SILENT GRAPH <").append(DG.BUILD_GRAPH).append(">");
        store.update(update.toString());
        return renamed;
    }

    /**
     * The event reports in one article graph, read from its quads exactly as the store-wide query reads them:
     * events of a reconciled class with a status and at least one participant.
     */
    public static List<Report> reportsOf(String graphIri, List<Quad> quads) {
        Map<Node, List<Quad>> bySubject = new HashMap<>();
        for (Quad q : quads) {
            bySubject.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
        }
        Node graph = NodeFactory.createURI(graphIri);
        String published = first(bySubject.get(graph), DG.PUBLISHED.asNode());
        List<Report> out = new ArrayList<>();
        for (Map.Entry<Node, List<Quad>> e : bySubject.entrySet()) {
            List<String> types = values(e.getValue(), RDF.type.asNode());
            if (!e.getKey().isURI() || !types.contains(DG.EVENT.getURI())) {
                continue;
            }
            List<String> participants = values(e.getValue(), DG.PARTICIPANT.asNode());
            String status = first(e.getValue(), DG.STATUS.asNode());
            if (participants.isEmpty() || status == null) {
                continue;
            }
            Integer firstStart = null;
            for (String mention : values(e.getValue(), DG.EVIDENCE.asNode())) {
                String start = first(bySubject.get(NodeFactory.createURI(mention)), DG.START.asNode());
                if (start != null && !start.isEmpty()) {
                    int value = Integer.parseInt(start);
                    firstStart = firstStart == null ? value : Math.min(firstStart, value);
                }
            }
            for (String type : types) {
                if (EVENT_CLASSES.contains(type)) {
                    out.add(report(graphIri, e.getKey().getURI(), type, published,
                            first(e.getValue(), DG.DATE.asNode()), first(e.getValue(), DG.ORDINAL.asNode()), status,
                            participants, values(e.getValue(), DG.TOPIC.asNode()), firstStart));
                }
            }
        }
        return out;
    }

    private static Report report(Binding b) {
        return report(b.get("g").getURI(), b.get("e").getURI(), b.get("type").getURI(), literal(b, "published"),
                literal(b, "date"), literal(b, "ordinal"), b.get("status").getURI(),
                split(literal(b, "participants")), split(literal(b, "topics")),
                literal(b, "first") == null ? null : Integer.valueOf(literal(b, "first")));
    }

    private static Report report(String graph, String event, String typeIri, String published, String date,
                                 String ordinal, String statusIri, List<String> participantIris,
                                 List<String> topicIris, Integer firstStart) {
        String articleId = graph.substring(DG.ARTICLE_BASE.length());
        return new Report(articleId, event, eventType(typeIri),
                keys(participantIris), empty(date) ? null : TimeValue.parse(date),
                empty(ordinal) ? null : Integer.valueOf(ordinal), new HashSet<>(keys(topicIris)),
                statusIri.equals(DG.PLANNED.getURI()) ? EventStatus.PLANNED : EventStatus.HELD,
                empty(published) ? null : LocalDate.parse(published.substring(0, 10)),
                firstStart == null ? 0 : firstStart);
    }

    /** The lexical forms or IRIs of the objects of {@code predicate}, in order. */
    private static List<String> values(List<Quad> quads, Node predicate) {
        List<String> out = new ArrayList<>();
        if (quads != null) {
            for (Quad q : quads) {
                if (q.getPredicate().equals(predicate)) {
                    Node o = q.getObject();
                    out.add(o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralLexicalForm() : o.toString());
                }
            }
        }
        return out;
    }

    private static String first(List<Quad> quads, Node predicate) {
        List<String> v = values(quads, predicate);
        return v.isEmpty() ? null : v.get(0);
    }

    private static boolean empty(String s) {
        return s == null || s.isEmpty();
    }

    private static List<String> split(String iris) {
        return iris == null ? List.of() : Arrays.asList(iris.split(" "));
    }

    private static EventType eventType(String classIri) {
        if (classIri.equals(DG.PHONE_CALL.getURI())) {
            return EventType.PHONE_CALL;
        }
        if (classIri.equals(DG.MEETING.getURI())) {
            return EventType.MEETING;
        }
        return EventType.NEGOTIATION_ROUND;
    }

    private static String literal(Binding b, String var) {
        Node n = b.get(var);
        return n == null || !n.isLiteral() || n.getLiteralLexicalForm().isEmpty() ? null : n.getLiteralLexicalForm();
    }

    /** Entity keys ("person/vladimir-putin") from our entity IRIs; other IRIs are not entities of ours. */
    private static List<String> keys(List<String> iris) {
        return iris.stream().filter(i -> i.startsWith(DG.ID_BASE))
                .map(i -> i.substring(DG.ID_BASE.length())).distinct().sorted().toList();
    }
}
