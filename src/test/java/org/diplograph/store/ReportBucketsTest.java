package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.TimeValue;
import org.diplograph.rdf.DG;
import org.diplograph.resolve.EventIdentity;
import org.diplograph.resolve.EventIdentity.Report;
import org.junit.jupiter.api.Test;

class ReportBucketsTest {

    private static List<Report> reports() {
        List<Report> out = new ArrayList<>();
        String[][] people = {{"person/donald-trump", "person/vladimir-putin"}, {"person/emmanuel-macron"},
                {"country/russia", "country/ukraine"}};
        String[] dates = {null, "2025-07-03", "2025-07", "2025"};
        for (int i = 0; i < 300; i++) {
            EventType type = EventType.values()[i % EventType.values().length];
            List<String> who = List.of(people[i % people.length]);
            TimeValue date = dates[i % dates.length] == null ? null : TimeValue.parse(dates[i % dates.length]);
            String article = "article-" + (i / 3);
            out.add(new Report(article, EventIdentity.initialIri(type, who, date, article, i), type, who, date,
                    i % 5 == 0 ? i % 7 : null, i % 2 == 0 ? Set.of("country/iran", "place/genf") : Set.of(),
                    i % 4 == 0 ? EventStatus.PLANNED : EventStatus.HELD,
                    i % 6 == 0 ? null : LocalDate.of(2025, 7, 1 + i % 20), i * 10));
        }
        return out;
    }

    private static List<List<Report>> buckets(ReportBuckets buckets) {
        List<List<Report>> out = new ArrayList<>();
        buckets.forEachBucket(out::add);
        return out;
    }

    @Test
    void bucketsOnDiskHoldExactlyTheReportsTheBucketsInMemoryHold() {
        List<Report> reports = reports();
        try (ReportBuckets inMemory = new ReportBuckets(); ReportBuckets onDisk = new ReportBuckets(10)) {
            inMemory.addAll(reports);
            onDisk.addAll(reports);
            assertThat(inMemory.spilled()).isFalse();
            assertThat(onDisk.spilled()).isTrue();
            assertThat(onDisk.size()).isEqualTo(inMemory.size()).isEqualTo(reports.size());
            assertThat(buckets(onDisk)).isEqualTo(buckets(inMemory));
        }
    }

    @Test
    void eachBucketHoldsWholeIdentityGroups() {
        try (ReportBuckets buckets = new ReportBuckets(10)) {
            buckets.addAll(reports());
            List<List<Report>> all = buckets(buckets);
            assertThat(all).hasSizeGreaterThan(1);
            for (List<Report> bucket : all) {
                assertThat(bucket.stream().map(r -> EventIdentity.partition(r, ReportBuckets.PARTITIONS)).distinct())
                        .hasSize(1);
            }
            assertThat(all.stream().mapToInt(List::size).sum()).isEqualTo(300);
        }
    }

    @Test
    void closingRemovesTheFilesOnDisk() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before;
        try (var s = Files.list(tmp)) {
            before = s.filter(p -> p.getFileName().toString().startsWith("diplograph-event-reports-")).toList();
        }
        try (ReportBuckets buckets = new ReportBuckets(1)) {
            buckets.addAll(reports());
            buckets.forEachBucket(b -> { });
        }
        try (var s = Files.list(tmp)) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("diplograph-event-reports-")))
                    .containsExactlyInAnyOrderElementsOf(before);
        }
    }

    /** The quads an event of {@code r} could have: an IRI, a language-tagged label, typed literals. */
    private static List<Quad> eventQuads(Report r) {
        Node g = NodeFactory.createURI(DG.ARTICLE_BASE + r.articleId());
        Node e = NodeFactory.createURI(r.iri());
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, e, RDF.type.asNode(), DG.PHONE_CALL.asNode()));
        quads.add(Quad.create(g, e, RDFS.label.asNode(), NodeFactory.createLiteralLang("Telefonat – Trump, Putin", "de")));
        quads.add(Quad.create(g, e, DG.DURATION.asNode(), NodeFactory.createLiteralDT("PT2H30M", XSDDatatype.XSDduration)));
        quads.add(Quad.create(g, e, DG.DURATION_QUALIFIER.asNode(), NodeFactory.createLiteralString("x".repeat(70_000))));
        for (String p : r.participants()) {
            quads.add(Quad.create(g, e, DG.PARTICIPANT.asNode(), NodeFactory.createURI(DG.ID_BASE + p)));
        }
        return quads;
    }

    private static List<List<ReportBuckets.Entry>> entries(ReportBuckets buckets) {
        List<List<ReportBuckets.Entry>> out = new ArrayList<>();
        buckets.forEachBucketWithQuads(out::add);
        return out;
    }

    @Test
    void heldEventQuadsComeBackFromDiskAsTheyWereGiven() {
        List<Report> reports = reports();
        try (ReportBuckets inMemory = new ReportBuckets(); ReportBuckets onDisk = new ReportBuckets(10)) {
            for (Report r : reports) {
                inMemory.add(r, r.articleId().endsWith("7") ? List.of() : eventQuads(r));
                onDisk.add(r, r.articleId().endsWith("7") ? List.of() : eventQuads(r));
            }
            assertThat(onDisk.spilled()).isTrue();
            List<List<ReportBuckets.Entry>> fromDisk = entries(onDisk);
            assertThat(fromDisk).isEqualTo(entries(inMemory));
            assertThat(fromDisk.stream().flatMap(List::stream).mapToInt(e -> e.quads().size()).sum())
                    .as("quads held").isGreaterThan(1000);
        }
    }

    @Test
    void manyHeldQuadsMoveTheBucketsToDiskBeforeManyReportsDo() {
        try (ReportBuckets buckets = new ReportBuckets(1_000, 50)) {
            List<Report> reports = reports();
            for (int i = 0; i < 10; i++) {
                buckets.add(reports.get(i), eventQuads(reports.get(i)));
            }
            assertThat(buckets.spilled()).as("60 quads held, 50 allowed in memory").isTrue();
        }
    }

    @Test
    void aHeldQuadOfAnotherEventOrGraphIsRefused() {
        List<Report> reports = reports();
        Report r = reports.get(0);
        Report other = reports.get(5);
        try (ReportBuckets buckets = new ReportBuckets()) {
            assertThatThrownBy(() -> buckets.add(r, eventQuads(other)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(r.iri());
            assertThat(buckets.size()).isZero();
        }
    }

    /**
     * A /tmp cleaner may remove the folder while a long build runs; by then the buckets were read and the
     * articles committed, so closing must not turn a finished build into an error.
     */
    @Test
    void closingAfterTheFolderWasRemovedIsNoError() throws Exception {
        ReportBuckets buckets = new ReportBuckets(1);
        buckets.addAll(reports());
        buckets.forEachBucket(b -> { });
        Path folder = buckets.folder();
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
        buckets.close();
    }
}
