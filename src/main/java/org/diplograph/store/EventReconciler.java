package org.diplograph.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.StoreException;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.TimeValue;
import org.diplograph.rdf.DG;
import org.diplograph.resolve.EventIdentity;
import org.diplograph.resolve.EventIdentity.Report;

/**
 * Makes the same real event one resource across article graphs. Reads the articles' event reports
 * from the store, lets {@link EventIdentity#assign} decide which are the same event, and renames the
 * reports whose IRI changed — inside their own article graphs. It reads every report stored, or every report
 * of the identity groups a build touched ({@link #reconcile(GraphStore, Set, Progress)}): a group's IRIs depend
 * on that group's reports alone, so either way building articles one by one gives the same graph as all at
 * once. The reports are taken in
 * buckets of related reports ({@link ReportBuckets}, on disk past a limit), so the heap it needs does not
 * grow with the store. Plain SPARQL, so it works the same on every {@link GraphStore}.
 */
public final class EventReconciler {
    /** The event reports of the article graphs listed in {@code VALUES ?g}: one row per report. */
    private static final String REPORTS = """
            PREFIX dg: <%1$s>
            SELECT ?g ?e ?type ?published ?date ?ordinal ?status
                   (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?participants)
                   (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?topics)
                   (MIN(?start) AS ?first)
            WHERE {
              VALUES ?g { %%s }
              GRAPH ?g {
                # every type of the event (dg:Event too): the classes are picked in Java, since a FILTER here
                # makes Jena 6.0's TDB2 fail on a graph without events ("Peek iterator is already empty")
                ?e a dg:Event ; a ?type ; dg:status ?status ; dg:participant ?p .
                OPTIONAL { ?e dg:date ?date }
                OPTIONAL { ?e dg:ordinal ?ordinal }
                OPTIONAL { ?e dg:topic ?t }
                OPTIONAL { ?e dg:evidence ?m . ?m dg:start ?start }
              }
              # outside the GRAPH block: inside, it keeps Jena from taking the listed graphs one by one,
              # and every query would match the events of the whole store
              OPTIONAL { GRAPH ?g { ?g dg:published ?published } }
            }
            GROUP BY ?g ?e ?type ?published ?date ?ordinal ?status
            """.formatted(DG.NAMESPACE);

    private static final String ARTICLE_GRAPHS = "SELECT ?g WHERE { GRAPH ?g { ?g a <" + DG.ARTICLE.getURI()
            + "> } }";

    /**
     * Article graphs whose reports are read with one query: the store groups the rows of a query in memory,
     * so reading all at once would hold every report of the store at the same time.
     */
    static final int GRAPHS_PER_QUERY = 1_000;

    /** Identity groups looked up with one query when only some are reconciled (one UNION branch each). */
    static final int GROUPS_PER_QUERY = 200;

    /**
     * Renames sent in one update. A million-article store renames over a hundred thousand reports; one
     * update for all of them ran for more than 20 minutes and held them all in memory.
     */
    static final int RENAMES_PER_UPDATE = 2_000;

    /** Reports assigned between two progress lines when held events are added. */
    static final int PROGRESS_EVERY = 100_000;

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

    /**
     * What a long reconciliation says as it goes: reports assigned so far, of all reports, and how many of them
     * got another IRI (merged with another article's event) so far. Told after each update of
     * {@value #RENAMES_PER_UPDATE} renames, or, when held events are written ({@link #addAssigned}), after every
     * {@value #PROGRESS_EVERY} reports.
     */
    @FunctionalInterface
    public interface Progress {
        void renamed(int assigned, int total, int renamed);

        Progress NONE = (assigned, total, renamed) -> { };
    }

    /** Reconciles the whole store, reading every event report from it; returns how many reports were renamed. */
    public static int reconcile(GraphStore store) {
        return reconcile(store, Progress.NONE);
    }

    /** As {@link #reconcile(GraphStore)}, telling {@code progress} after each update of renames. */
    public static int reconcile(GraphStore store, Progress progress) {
        try (ReportBuckets reports = new ReportBuckets()) {
            readStoredReports(store, GRAPHS_PER_QUERY, reports::add);
            return reconcile(store, reports, RENAMES_PER_UPDATE, progress);
        }
    }

    /**
     * Reconciles the events of {@code groups} only, reading from the store just the reports of those groups;
     * returns how many reports were renamed. Right when the store was reconciled before (no {@linkplain #pending
     * pending} marker from an earlier build) and {@code groups} holds every group whose reports this build added,
     * changed or removed: every other group's reports are as the last reconciliation left them, and their IRIs
     * depend on them alone ({@link EventIdentity.Group}). Adding a day's articles to a large store then reads
     * the events of the persons they name, not every event stored.
     */
    public static int reconcile(GraphStore store, Set<EventIdentity.Group> groups, Progress progress) {
        try (ReportBuckets reports = new ReportBuckets()) {
            readStoredReports(store, groups, GROUPS_PER_QUERY, GRAPHS_PER_QUERY, reports::add);
            return reconcile(store, reports, RENAMES_PER_UPDATE, progress);
        }
    }

    /**
     * Hands {@code sink} every stored report of {@code groups}: first the article graphs that hold an event of
     * one of the groups ({@code groupsPerQuery} groups a query), then the reports of those graphs,
     * {@code graphsPerQuery} graphs a query, keeping the reports of the groups. A group without participants of
     * ours cannot be looked up by them: then every report is read and filtered.
     */
    static void readStoredReports(GraphStore store, Set<EventIdentity.Group> groups, int groupsPerQuery,
                                  int graphsPerQuery, Consumer<Report> sink) {
        Consumer<Report> ofGroups = r -> {
            if (groups.contains(EventIdentity.Group.of(r))) {
                sink.accept(r);
            }
        };
        if (groups.stream().anyMatch(g -> g.participants().isEmpty())) {
            readStoredReports(store, graphsPerQuery, ofGroups);
            return;
        }
        List<EventIdentity.Group> list = new ArrayList<>(groups);
        Set<String> graphs = new TreeSet<>();
        for (int from = 0; from < list.size(); from += groupsPerQuery) {
            store.select(graphsWith(list.subList(from, Math.min(list.size(), from + groupsPerQuery))), rows -> {
                rows.forEachRemaining(b -> graphs.add(b.get("g").getURI()));
                return null;
            });
        }
        readReports(store, graphs.iterator(), graphsPerQuery, ofGroups);
    }

    /** The identity groups of the events stored in the article graphs {@code graphs}. */
    public static Set<EventIdentity.Group> groupsIn(GraphStore store, Collection<String> graphs) {
        Set<EventIdentity.Group> groups = new HashSet<>();
        readReports(store, graphs.iterator(), GRAPHS_PER_QUERY, r -> groups.add(EventIdentity.Group.of(r)));
        return groups;
    }

    /** Hands {@code sink} the reports of the article graphs {@code graphs}, {@code graphsPerQuery} a query. */
    private static void readReports(GraphStore store, Iterator<String> graphs, int graphsPerQuery,
                                    Consumer<Report> sink) {
        StringBuilder values = new StringBuilder();
        int listed = 0;
        while (graphs.hasNext()) {
            // IRIs of our own article graphs (ids are checked to be IRI-safe): nothing to escape
            values.append('<').append(graphs.next()).append("> ");
            if (++listed == graphsPerQuery) {
                readReports(store, values, sink);
                values.setLength(0);
                listed = 0;
            }
        }
        if (listed > 0) {
            readReports(store, values, sink);
        }
    }

    /** The article graphs holding an event of one of {@code groups}: one branch a group, all its participants. */
    private static String graphsWith(List<EventIdentity.Group> groups) {
        StringBuilder q = new StringBuilder("PREFIX dg: <").append(DG.NAMESPACE).append(">\nSELECT DISTINCT ?g WHERE {\n");
        for (int i = 0; i < groups.size(); i++) {
            EventIdentity.Group group = groups.get(i);
            q.append(i == 0 ? "  { " : "  UNION { ").append("GRAPH ?g { ?e");
            // IRIs of our own entities and classes (keys are checked to be IRI-safe): nothing to escape
            for (String key : group.participants()) {
                q.append(" dg:participant <").append(DG.ID_BASE).append(key).append("> ;");
            }
            q.append(" a <").append(classOf(group.type())).append("> } }\n");
        }
        return q.append("}").toString();
    }

    /** Every event report stored (all in memory: for tests and small stores). */
    public static List<Report> storedReports(GraphStore store) {
        List<Report> out = new ArrayList<>();
        readStoredReports(store, GRAPHS_PER_QUERY, out::add);
        return out;
    }

    /**
     * Hands every event report stored to {@code sink}, reading the article graphs {@code graphsPerQuery} at a
     * time. Their names are listed to a temporary file first, so neither list nor reports need to fit in memory.
     */
    static void readStoredReports(GraphStore store, int graphsPerQuery, Consumer<Report> sink) {
        Path names = null;
        try {
            names = Files.createTempFile("diplograph-article-graphs-", ".txt");
            try (BufferedWriter out = Files.newBufferedWriter(names, StandardCharsets.UTF_8)) {
                store.select(ARTICLE_GRAPHS, rows -> {
                    try {
                        while (rows.hasNext()) {
                            out.write(rows.next().get("g").getURI());
                            out.write('\n');
                        }
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            try (BufferedReader in = Files.newBufferedReader(names, StandardCharsets.UTF_8)) {
                readReports(store, in.lines().iterator(), graphsPerQuery, sink);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("cannot list the article graphs of " + store.address() + " in a temporary file"
                    + " for the reconciliation: " + e.getMessage() + " (set -Djava.io.tmpdir to a disk with space)", e);
        } finally {
            if (names != null) {
                try {
                    Files.deleteIfExists(names);
                } catch (IOException ignored) {
                    // a temporary file left behind costs nothing but its space
                }
            }
        }
    }

    private static void readReports(GraphStore store, CharSequence graphs, Consumer<Report> sink) {
        store.select(REPORTS.formatted(graphs), rows -> {
            rows.forEachRemaining(b -> {
                if (EVENT_CLASSES.contains(b.get("type").getURI())) {
                    sink.accept(report(b));
                }
            });
            return null;
        });
    }

    /**
     * Reconciles {@code reports}, which must be every event report in the store (as {@link #reportsOf} reads them
     * from the article graphs written); returns how many were renamed. A build into an empty store has them
     * all in hand, which spares reading them back. One bucket is assigned at a time, and the renames go to the
     * store {@value #RENAMES_PER_UPDATE} per update; the pending marker goes with the last one, so a build killed
     * in between leaves it, and the next build reconciles again (the assignment depends only on the reports, so
     * the renames already made stay as they are).
     */
    public static int reconcile(GraphStore store, ReportBuckets reports, Progress progress) {
        return reconcile(store, reports, RENAMES_PER_UPDATE, progress);
    }

    static int reconcile(GraphStore store, ReportBuckets reports, int renamesPerUpdate, Progress progress) {
        StringBuilder update = new StringBuilder();
        int[] renamed = {0, 0};
        int[] assigned = {0};
        reports.forEachBucket(bucket -> EventIdentity.assign(bucket).forEach((r, iri) -> {
            assigned[0]++;
            if (!r.iri().equals(iri)) {
                String g = "<" + DG.ARTICLE_BASE + r.articleId() + ">";
                String from = "<" + r.iri() + ">";
                String to = "<" + iri + ">";
                // IRIs are our own (article ids and hashes are checked to be IRI-safe): nothing to escape
                update.append("DELETE { GRAPH ").append(g).append(" { ").append(from).append(" ?p ?o } }\n")
                        .append("INSERT { GRAPH ").append(g).append(" { ").append(to).append(" ?p ?o } }\n")
                        .append("WHERE { GRAPH ").append(g).append(" { ").append(from).append(" ?p ?o } } ;\n");
                renamed[0]++;
                if (++renamed[1] == renamesPerUpdate) {
                    store.update(update.toString());
                    update.setLength(0);
                    renamed[1] = 0;
                    progress.renamed(assigned[0], reports.size(), renamed[0]);
                }
            }
        }));
        update.append("DROP SILENT GRAPH <").append(DG.BUILD_GRAPH).append(">");
        store.update(update.toString());
        return renamed[0];
    }

    /**
     * For a build into an empty store that held its events back ({@link BulkLoad#holdsUntilCommit}): assigns
     * the reports bucket by bucket and adds each event's held quads to the bulk load under the IRI its report
     * is assigned, so no event is written under an IRI it then loses and nothing is renamed. The result is the
     * graph that writing every event under its initial IRI and then renaming gives. Returns how many reports
     * got another IRI than their initial one; tells {@code progress} after every {@value #PROGRESS_EVERY}
     * reports.
     */
    public static int addAssigned(ReportBuckets reports, BulkLoad bulk, Progress progress) {
        int[] renamed = {0};
        int[] assigned = {0};
        reports.forEachBucketWithQuads(bucket -> {
            Map<Report, List<Quad>> held = new IdentityHashMap<>();
            List<Report> bucketReports = new ArrayList<>(bucket.size());
            for (ReportBuckets.Entry e : bucket) {
                held.put(e.report(), e.quads());
                bucketReports.add(e.report());
            }
            List<Quad> out = new ArrayList<>();
            EventIdentity.assign(bucketReports).forEach((r, iri) -> {
                List<Quad> quads = held.get(r);
                if (r.iri().equals(iri)) {
                    out.addAll(quads);
                } else if (quads.isEmpty()) {
                    // a settled event is written with its article; only events held back can be renamed here
                    throw new IllegalStateException("event " + r.iri() + " of " + r.articleId()
                            + " was written under its initial IRI but belongs to " + iri);
                } else {
                    Node to = NodeFactory.createURI(iri);
                    quads.forEach(q -> out.add(Quad.create(q.getGraph(), to, q.getPredicate(), q.getObject())));
                    renamed[0]++;
                }
                if (++assigned[0] % PROGRESS_EVERY == 0) {
                    progress.renamed(assigned[0], reports.size(), renamed[0]);
                }
            });
            bulk.addToGraphs(out);
        });
        return renamed[0];
    }

    /**
     * One article's quads with the events whose IRI may still change taken out: {@code rest} is written at
     * once; each of {@code events} holds its event's quads (every quad with the event as subject; none for an
     * event whose IRI is {@linkplain EventIdentity#settled settled}, which stays in {@code rest}) until the
     * event's IRI is decided.
     */
    public record HeldEvents(List<Quad> rest, List<ReportBuckets.Entry> events) {
    }

    /**
     * Takes the events of the reports {@link #reportsOf} finds out of an article's quads, except those dated to
     * the day, whose IRI is settled (most of them). The mapper gives an event one class, named in its IRI, so
     * each event has one report.
     */
    public static HeldEvents holdEvents(String graphIri, List<Quad> quads) {
        Map<Node, List<Quad>> bySubject = bySubject(quads);
        Set<Node> held = new HashSet<>();
        List<ReportBuckets.Entry> events = new ArrayList<>();
        for (Report r : reportsOf(graphIri, bySubject)) {
            Node event = NodeFactory.createURI(r.iri());
            // a second report of the same event (impossible with one class an event) holds nothing
            boolean hold = !EventIdentity.settled(r) && held.add(event);
            events.add(new ReportBuckets.Entry(r, hold ? bySubject.get(event) : List.of()));
        }
        List<Quad> rest = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            if (!held.contains(q.getSubject())) {
                rest.add(q);
            }
        }
        return new HeldEvents(List.copyOf(rest), events);
    }

    /**
     * The event reports in one article graph, read from its quads exactly as the store-wide query reads them:
     * events of a reconciled class with a status and at least one participant.
     */
    public static List<Report> reportsOf(String graphIri, List<Quad> quads) {
        return reportsOf(graphIri, bySubject(quads));
    }

    /** An article's quads by subject, each list in the order of the quads. */
    private static Map<Node, List<Quad>> bySubject(List<Quad> quads) {
        Map<Node, List<Quad>> bySubject = new HashMap<>();
        for (Quad q : quads) {
            bySubject.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
        }
        return bySubject;
    }

    private static List<Report> reportsOf(String graphIri, Map<Node, List<Quad>> bySubject) {
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

    private static String classOf(EventType type) {
        return switch (type) {
            case PHONE_CALL -> DG.PHONE_CALL.getURI();
            case MEETING -> DG.MEETING.getURI();
            case NEGOTIATION_ROUND -> DG.NEGOTIATION_ROUND.getURI();
        };
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
