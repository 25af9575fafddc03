package org.diplograph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
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

    private EventReconciler() {
    }

    /** Reconciles the whole store; returns how many reports were renamed. */
    public static int reconcile(GraphStore store) {
        List<Report> reports = store.select(REPORTS, rows -> {
            List<Report> out = new ArrayList<>();
            rows.forEachRemaining(b -> out.add(report(b)));
            return out;
        });
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
        if (renamed > 0) {
            store.update(update.toString());
        }
        return renamed;
    }

    private static Report report(Binding b) {
        String graph = b.get("g").getURI();
        String articleId = graph.substring(DG.ARTICLE_BASE.length());
        EventType type = eventType(b.get("type").getURI());
        LocalDate published = literal(b, "published") == null ? null
                : LocalDate.parse(literal(b, "published").substring(0, 10));
        TimeValue date = literal(b, "date") == null ? null : TimeValue.parse(literal(b, "date"));
        Integer ordinal = literal(b, "ordinal") == null ? null : Integer.valueOf(literal(b, "ordinal"));
        EventStatus status = b.get("status").getURI().equals(DG.PLANNED.getURI()) ? EventStatus.PLANNED
                : EventStatus.HELD;
        String first = literal(b, "first");
        return new Report(articleId, b.get("e").getURI(), type, keys(literal(b, "participants")), date, ordinal,
                new HashSet<>(keys(literal(b, "topics"))), status, published,
                first == null ? 0 : Integer.parseInt(first));
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

    /** Entity keys ("person/vladimir-putin") from space-separated IRIs. */
    private static List<String> keys(String iris) {
        if (iris == null) {
            return List.of();
        }
        return Arrays.stream(iris.split(" ")).filter(i -> i.startsWith(DG.ID_BASE))
                .map(i -> i.substring(DG.ID_BASE.length())).distinct().sorted().toList();
    }
}
