package org.diplograph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.TimeValue;
import org.diplograph.rdf.DG;
import org.diplograph.resolve.EventIdentity;
import org.diplograph.resolve.EventIdentity.Report;

/**
 * Makes the same real event one resource across article graphs. Reads every article's event reports
 * from the store, lets {@link EventIdentity#assign} decide which are the same event, and renames the
 * reports whose IRI changed — inside their own article graphs, in one transaction. Because it always
 * works on everything stored, building articles one by one gives the same graph as all at once.
 */
public final class EventReconciler {
    private static final String ARTICLE_BASE = DG.ARTICLE_BASE;

    private EventReconciler() {
    }

    /** Reconciles the whole store; returns how many reports were renamed. */
    public static int reconcile(Tdb2Store store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateWrite(dsg, () -> {
            List<Report> reports = readReports(dsg);
            Map<Report, String> assignment = EventIdentity.assign(reports);
            int renamed = 0;
            for (Map.Entry<Report, String> e : assignment.entrySet()) {
                Report r = e.getKey();
                if (!r.iri().equals(e.getValue())) {
                    rename(dsg, NodeFactory.createURI(ARTICLE_BASE + r.articleId()),
                            NodeFactory.createURI(r.iri()), NodeFactory.createURI(e.getValue()));
                    renamed++;
                }
            }
            return renamed;
        });
    }

    static List<Report> readReports(DatasetGraph dsg) {
        List<Report> reports = new ArrayList<>();
        Node type = RDF.type.asNode();
        for (Iterator<Node> gs = dsg.listGraphNodes(); gs.hasNext(); ) {
            Node g = gs.next();
            if (!g.isURI() || !g.getURI().startsWith(ARTICLE_BASE)) {
                continue;
            }
            String articleId = g.getURI().substring(ARTICLE_BASE.length());
            LocalDate published = literal(dsg, g, g, DG.PUBLISHED.asNode())
                    .map(LocalDate::parse).orElse(null);
            for (Iterator<Quad> it = dsg.find(g, Node.ANY, type, DG.EVENT.asNode()); it.hasNext(); ) {
                Node e = it.next().getSubject();
                EventType eventType = has(dsg, g, e, type, DG.PHONE_CALL.asNode()) ? EventType.PHONE_CALL
                        : has(dsg, g, e, type, DG.NEGOTIATION_ROUND.asNode()) ? EventType.NEGOTIATION_ROUND : null;
                if (eventType == null) {
                    continue;
                }
                TimeValue date = literal(dsg, g, e, DG.DATE.asNode()).map(TimeValue::parse).orElse(null);
                Integer ordinal = literal(dsg, g, e, DG.ORDINAL.asNode()).map(Integer::valueOf).orElse(null);
                EventStatus status = has(dsg, g, e, DG.STATUS.asNode(), DG.PLANNED.asNode())
                        ? EventStatus.PLANNED : EventStatus.HELD;
                reports.add(new Report(articleId, e.getURI(), eventType,
                        objectIris(dsg, g, e, DG.PARTICIPANT.asNode()), date, ordinal,
                        new HashSet<>(objectIris(dsg, g, e, DG.TOPIC.asNode())), status, published,
                        firstEvidenceStart(dsg, g, e)));
            }
        }
        return reports;
    }

    private static void rename(DatasetGraph dsg, Node g, Node from, Node to) {
        List<Quad> moved = new ArrayList<>();
        dsg.find(g, from, Node.ANY, Node.ANY).forEachRemaining(moved::add);
        for (Quad q : moved) {
            dsg.delete(q);
            dsg.add(g, to, q.getPredicate(), q.getObject());
        }
    }

    private static boolean has(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        return dsg.contains(g, s, p, o);
    }

    private static java.util.Optional<String> literal(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                return java.util.Optional.of(o.getLiteralLexicalForm());
            }
        }
        return java.util.Optional.empty();
    }

    /** Keys ("person/vladimir-putin") of the objects of {@code p}. */
    private static List<String> objectIris(DatasetGraph dsg, Node g, Node s, Node p) {
        Set<String> keys = new HashSet<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isURI() && o.getURI().startsWith(DG.ID_BASE)) {
                keys.add(o.getURI().substring(DG.ID_BASE.length()));
            }
        });
        return keys.stream().sorted().toList();
    }

    private static int firstEvidenceStart(DatasetGraph dsg, Node g, Node e) {
        int min = Integer.MAX_VALUE;
        for (Iterator<Quad> it = dsg.find(g, e, DG.EVIDENCE.asNode(), Node.ANY); it.hasNext(); ) {
            Node m = it.next().getObject();
            String start = literal(dsg, g, m, DG.START.asNode()).orElse(null);
            if (start != null) {
                min = Math.min(min, Integer.parseInt(start));
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }
}
