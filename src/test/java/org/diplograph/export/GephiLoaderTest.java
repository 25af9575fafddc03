package org.diplograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.store.Tdb2Store;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.graph.api.TimeFormat;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;

/**
 * Gephi itself (the headless Gephi toolkit) imports the GEXF and GraphML exports: every node and edge
 * arrives, the attribute columns exist with their values, lists are lists, and the GEXF timeline spans
 * the event dates.
 */
class GephiLoaderTest {
    private static final String CALL_0703_DATE = "2025-07-03";

    @TempDir
    static Path dir;
    private static PropertyGraph plain;
    private static PropertyGraph collapsed;
    private static Path plainGexf;
    private static Path collapsedGexf;
    private static Path plainGraphml;
    private static Path collapsedGraphml;

    @BeforeAll
    static void export() {
        try (Tdb2Store store = SeedStore.open()) {
            Exporter e = new Exporter(ExportOptions.DEFAULT);
            Exporter c = new Exporter(new ExportOptions("en", false, true));
            plain = e.propertyGraph(store.datasetGraph());
            collapsed = c.propertyGraph(store.datasetGraph());
            plainGexf = write(e, store, ExportFormat.GEXF, "plain.gexf");
            collapsedGexf = write(c, store, ExportFormat.GEXF, "collapsed.gexf");
            plainGraphml = write(e, store, ExportFormat.GRAPHML, "plain.graphml");
            collapsedGraphml = write(c, store, ExportFormat.GRAPHML, "collapsed.graphml");
        }
    }

    private static Path write(Exporter e, Tdb2Store store, ExportFormat f, String name) {
        Path p = dir.resolve(name);
        e.write(store, f, p);
        return p;
    }

    /** Imports a file into a fresh Gephi workspace, keeping parallel edges, and returns its graph model. */
    private static GraphModel importIntoGephi(Path file) throws IOException {
        ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
        if (pc.getCurrentProject() == null) {
            pc.newProject();
        }
        Workspace ws = pc.newWorkspace(pc.getCurrentProject());
        pc.openWorkspace(ws);
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        File f = file.toFile();
        Container container = importer.importFile(f);
        assertThat(container).as("Gephi recognises %s", f.getName()).isNotNull();
        // Several calls between the same two people are several edges: tell Gephi not to merge them
        // (in the Gephi UI: "Don't merge" in the import report).
        container.getLoader().setAllowParallelEdge(true);
        container.getLoader().setEdgesMergeStrategy(EdgeMergeStrategy.NO_MERGE);
        List<String> severe = new ArrayList<>();
        for (Iterator<Issue> it = container.getReport().getIssues(1000); it.hasNext(); ) {
            Issue issue = it.next();
            if (issue.getLevel().toInteger() >= Issue.Level.SEVERE.toInteger()) {
                severe.add(issue.getMessage());
            }
        }
        assertThat(severe).as("severe import issues in %s", f.getName()).isEmpty();
        importer.process(container, new DefaultProcessor(), ws);
        return Lookup.getDefault().lookup(GraphController.class).getGraphModel(ws);
    }

    private static Node node(Graph g, String id) {
        Node n = g.getNode(id);
        assertThat(n).as("node %s", id).isNotNull();
        return n;
    }

    private static String dated0703Call(PropertyGraph g) {
        return g.nodes().stream()
                .filter(n -> n.type().orElse("").equals("PhoneCall"))
                .filter(n -> n.attributes().getOrDefault("date", List.of()).contains(CALL_0703_DATE))
                .map(PgNode::id).findFirst().orElseThrow();
    }

    @Test
    void gephiImportsTheGexfWithEveryNodeEdgeAttributeAndTheTimeline() throws IOException {
        GraphModel model = importIntoGephi(plainGexf);
        Graph g = model.getGraph();
        assertThat(g.getNodeCount()).isEqualTo(plain.nodes().size());
        assertThat(g.getEdgeCount()).isEqualTo(plain.edges().size());
        for (String column : List.of("iri", "type", "date", "label_de", "label_en", "wikidata", "status")) {
            assertThat(model.getNodeTable().getColumn(column)).as("node column %s", column).isNotNull();
        }
        assertThat(model.getEdgeTable().getColumn("predicate")).isNotNull();

        String callId = dated0703Call(plain);
        Node call = node(g, callId);
        assertThat(call.getLabel()).isEqualTo(plain.node(callId).orElseThrow().label());
        assertThat(call.getAttribute("type")).isEqualTo("PhoneCall");
        assertThat(call.getAttribute("date")).isEqualTo(CALL_0703_DATE);
        assertThat(call.getAttribute("iri")).isEqualTo(callId);

        // The timeline: the call exists on its day; a person has no interval (always there).
        assertThat(model.getTimeFormat()).isEqualTo(TimeFormat.DATE);
        Interval[] intervals = call.getIntervals();
        assertThat(intervals).hasSize(1);
        assertThat(intervals[0].getLow()).isEqualTo(millis(LocalDate.parse(CALL_0703_DATE)));
        assertThat(node(g, "https://w3id.org/diplograph/id/person/vladimir-putin").getIntervals()).isEmpty();
        LocalDate first = plain.nodes().stream().filter(n -> n.time() != null).map(n -> n.time().first())
                .min(LocalDate::compareTo).orElseThrow();
        LocalDate last = plain.nodes().stream().filter(n -> n.time() != null).map(n -> n.time().last())
                .max(LocalDate::compareTo).orElseThrow();
        Interval bounds = model.getTimeBounds();
        assertThat(bounds.getLow()).isEqualTo(millis(first));
        assertThat(bounds.getHigh()).isEqualTo(millis(last));
    }

    @Test
    void gephiImportsTheCollapsedGexfWithCallsAsDatedEdges() throws IOException {
        GraphModel model = importIntoGephi(collapsedGexf);
        Graph g = model.getGraph();
        assertThat(g.getNodeCount()).isEqualTo(collapsed.nodes().size());
        assertThat(g.getEdgeCount()).isEqualTo(collapsed.edges().size());
        List<Edge> calls = new ArrayList<>();
        for (Edge e : g.getEdges()) {
            if ("PhoneCall".equals(e.getLabel())) {
                calls.add(e);
            }
        }
        assertThat(calls).hasSize((int) collapsed.edges().stream().filter(e -> e.label().equals("PhoneCall")).count());
        Edge call = calls.stream().filter(e -> CALL_0703_DATE.equals(e.getAttribute("date"))).findFirst().orElseThrow();
        assertThat(call.getIntervals()).hasSize(1);
        assertThat(call.getIntervals()[0].getLow()).isEqualTo(millis(LocalDate.parse(CALL_0703_DATE)));
        assertThat(call.getAttribute("topic")).isInstanceOf(String[].class);
        assertThat(Arrays.asList((String[]) call.getAttribute("topic"))).contains("Ukraine");
        assertThat(call.getAttribute("duration")).isNotNull();
        assertThat(Arrays.asList((String[]) call.getAttribute("reportedIn"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void gephiImportsTheGraphmlWithLabelsAndAttributes() throws IOException {
        for (Path file : List.of(plainGraphml, collapsedGraphml)) {
            PropertyGraph expected = file.equals(plainGraphml) ? plain : collapsed;
            GraphModel model = importIntoGephi(file);
            Graph g = model.getGraph();
            assertThat(g.getNodeCount()).as(file.toString()).isEqualTo(expected.nodes().size());
            assertThat(g.getEdgeCount()).as(file.toString()).isEqualTo(expected.edges().size());
            // GraphML key ids are n_NAME / e_NAME; Gephi shows the attr.name as the column title.
            assertThat(titled(model.getNodeTable(), "type")).isNotNull();
            assertThat(titled(model.getNodeTable(), "iri")).isNotNull();
            assertThat(titled(model.getEdgeTable(), file.equals(plainGraphml) ? "predicate" : "date")).isNotNull();
            for (PgNode n : expected.nodes()) {
                assertThat(node(g, n.id()).getLabel()).isEqualTo(n.label());
            }
            for (Edge e : g.getEdges()) {
                assertThat(e.getLabel()).isNotBlank();
            }
        }
        GraphModel model = importIntoGephi(plainGraphml);
        Node call = node(model.getGraph(), dated0703Call(plain));
        assertThat(call.getAttribute(titled(model.getNodeTable(), "date"))).isEqualTo(CALL_0703_DATE);
        assertThat(call.getAttribute(titled(model.getNodeTable(), "type"))).isEqualTo("PhoneCall");
    }

    private static Column titled(Table table, String title) {
        for (Column c : table) {
            if (c.getTitle().equals(title)) {
                return c;
            }
        }
        throw new AssertionError("no column titled " + title);
    }

    @Test
    void aListWithCommasAndQuotesArrivesInGephiValueForValue() throws IOException {
        DatasetGraph small = SeedStore.small();
        Path file = dir.resolve("small.gexf");
        new Exporter(ExportOptions.DEFAULT).write(small, ExportFormat.GEXF, file);
        Node zelenskyy = node(importIntoGephi(file).getGraph(), "https://w3id.org/diplograph/id/person/volodymyr-zelenskyy");
        assertThat((String[]) zelenskyy.getAttribute("jobTitle"))
                .containsExactly("Oberbefehlshaber, \"Kriegsherr\" a.D.", "Präsident");
    }

    private static double millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
