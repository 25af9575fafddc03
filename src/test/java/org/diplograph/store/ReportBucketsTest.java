package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.TimeValue;
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
}
