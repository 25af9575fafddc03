package org.diplograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.TimeValue;
import org.diplograph.resolve.EventIdentity.Report;
import org.junit.jupiter.api.Test;

class EventIdentityTest {
    private static final List<String> TRUMP_PUTIN = List.of("person/donald-trump", "person/vladimir-putin");
    private static final List<String> PUTIN_MACRON = List.of("person/emmanuel-macron", "person/vladimir-putin");

    private static int offset = 0;

    private static Report call(String article, List<String> who, String date, Integer ordinal, String published,
                               String... topics) {
        return report(article, EventType.PHONE_CALL, who, date, ordinal, EventStatus.HELD, published, topics);
    }

    private static Report report(String article, EventType type, List<String> who, String date, Integer ordinal,
                                 EventStatus status, String published, String... topics) {
        TimeValue d = date == null ? null : TimeValue.parse(date);
        int start = offset++;
        return new Report(article, EventIdentity.initialIri(type, who, d, article, start), type, who, d, ordinal,
                Set.of(topics), status, published == null ? null : LocalDate.parse(published), start);
    }

    @Test
    void sameParticipantsAndDayAreOneEventWhateverTheOrderOfNames() {
        Report a = call("a", TRUMP_PUTIN, "2025-07-03", null, "2025-07-03");
        Report b = call("b", List.of("person/vladimir-putin", "person/donald-trump"), "2025-07-03", 6, "2025-07-03");
        Map<Report, String> m = EventIdentity.assign(List.of(a, b));
        assertThat(m.get(a)).isEqualTo(m.get(b)).isEqualTo(a.iri());
    }

    @Test
    void differentDaysAreDifferentEvents() {
        Report a = call("a", TRUMP_PUTIN, "2025-06-14", null, "2025-07-03");
        Report b = call("a", TRUMP_PUTIN, "2025-07-03", null, "2025-07-03");
        Map<Report, String> m = EventIdentity.assign(List.of(a, b));
        assertThat(m.get(a)).isNotEqualTo(m.get(b));
    }

    @Test
    void undatedReportJoinsTheDatedEventWithTheSameOrdinal() {
        Report dated = call("001", TRUMP_PUTIN, "2025-07-03", 6, "2025-07-03", "country/iran");
        Report older = call("001", TRUMP_PUTIN, "2025-06-14", null, "2025-07-03", "country/iran");
        Report undated = call("002", TRUMP_PUTIN, null, 6, "2025-07-04");
        Map<Report, String> m = EventIdentity.assign(List.of(dated, older, undated));
        assertThat(m.get(undated)).isEqualTo(m.get(dated));
    }

    @Test
    void undatedReportJoinsTheUniqueRecentEventWithOverlappingTopics() {
        Report dated = call("001", TRUMP_PUTIN, "2025-02-12", 1, "2025-07-03", "country/ukraine");
        Report undated = call("004", TRUMP_PUTIN, null, null, "2025-02-12", "country/ukraine");
        Map<Report, String> m = EventIdentity.assign(List.of(dated, undated));
        assertThat(m.get(undated)).isEqualTo(m.get(dated));
    }

    @Test
    void undatedReportStaysApartWhenTwoRecentEventsFit() {
        Report d1 = call("x", TRUMP_PUTIN, "2025-07-01", null, "2025-07-03", "country/ukraine");
        Report d2 = call("x", TRUMP_PUTIN, "2025-07-03", null, "2025-07-03", "country/ukraine");
        Report undated = call("y", TRUMP_PUTIN, null, null, "2025-07-04", "country/ukraine");
        Map<Report, String> m = EventIdentity.assign(List.of(d1, d2, undated));
        assertThat(m.get(undated)).isNotIn(m.get(d1), m.get(d2));
    }

    @Test
    void undatedReportDoesNotJoinAnEventAfterItsPublicationOrLongBefore() {
        Report later = call("x", TRUMP_PUTIN, "2025-07-10", null, "2025-07-10", "country/ukraine");
        Report longBefore = call("x", TRUMP_PUTIN, "2025-05-01", null, "2025-07-10", "country/ukraine");
        Report undated = call("y", TRUMP_PUTIN, null, null, "2025-07-04", "country/ukraine");
        Map<Report, String> m = EventIdentity.assign(List.of(later, longBefore, undated));
        assertThat(m.get(undated)).isNotIn(m.get(later), m.get(longBefore));
    }

    @Test
    void contradictingOrdinalKeepsReportsApart() {
        Report dated = call("001", TRUMP_PUTIN, "2025-07-03", 6, "2025-07-03", "country/iran");
        Report undated = call("002", TRUMP_PUTIN, null, 5, "2025-07-04", "country/iran");
        Map<Report, String> m = EventIdentity.assign(List.of(dated, undated));
        assertThat(m.get(undated)).isNotEqualTo(m.get(dated));
    }

    @Test
    void plannedAndHeldAreNotMerged() {
        Report held = call("a", TRUMP_PUTIN, "2025-07-03", null, "2025-07-03", "country/iran");
        Report planned = report("b", EventType.PHONE_CALL, TRUMP_PUTIN, null, null, EventStatus.PLANNED,
                "2025-07-04", "country/iran");
        Map<Report, String> m = EventIdentity.assign(List.of(held, planned));
        assertThat(m.get(planned)).isNotEqualTo(m.get(held));
    }

    @Test
    void monthPrecisionJoinsTheUniqueDayEventOfThatMonth() {
        Report day = call("001", TRUMP_PUTIN, "2025-03-18", 2, "2025-07-03");
        Report month = call("001", TRUMP_PUTIN, "2025-03", null, "2025-07-03");
        Report otherMonth = call("001", TRUMP_PUTIN, "2025-04", null, "2025-07-03");
        Map<Report, String> m = EventIdentity.assign(List.of(day, month, otherMonth));
        assertThat(m.get(month)).isEqualTo(m.get(day));
        assertThat(m.get(otherMonth)).isNotEqualTo(m.get(day));
    }

    @Test
    void twoUndatedReportsPublishedDaysApartAreOneEventButNotWeeksApart() {
        Report a = call("000", PUTIN_MACRON, null, null, "2025-07-03", "country/ukraine");
        Report b = call("002", PUTIN_MACRON, null, null, "2025-07-04");
        Report c = call("009", PUTIN_MACRON, null, null, "2025-08-20");
        Map<Report, String> m = EventIdentity.assign(List.of(a, b, c));
        assertThat(m.get(a)).isEqualTo(m.get(b));
        assertThat(m.get(c)).isNotEqualTo(m.get(a));
    }

    @Test
    void roundsAndCallsNeverMerge() {
        List<String> parties = List.of("country/russia", "country/ukraine");
        Report round = report("a", EventType.NEGOTIATION_ROUND, parties, "2025-05-16", 1, EventStatus.HELD, "2025-07-03");
        Report call = call("a", parties, "2025-05-16", 1, "2025-07-03");
        assertThat(EventIdentity.assign(List.of(round, call)).values()).doesNotHaveDuplicates();
    }

    @Test
    void theAssignmentDoesNotDependOnTheOrderOfReports() {
        List<Report> reports = List.of(
                call("001", TRUMP_PUTIN, "2025-07-03", 6, "2025-07-03", "country/iran"),
                call("002", TRUMP_PUTIN, null, 6, "2025-07-04", "country/iran"),
                call("003", TRUMP_PUTIN, null, null, "2025-07-04", "country/iran"),
                call("000", PUTIN_MACRON, null, null, "2025-07-03"),
                call("002", PUTIN_MACRON, null, null, "2025-07-04"),
                call("001", TRUMP_PUTIN, "2025-03-18", 2, "2025-07-03"),
                call("001", TRUMP_PUTIN, "2025-03", null, "2025-07-03"));
        Map<Report, String> expected = EventIdentity.assign(reports);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<Report> shuffled = new ArrayList<>(reports);
            Collections.shuffle(shuffled, random);
            assertThat(EventIdentity.assign(shuffled)).containsExactlyInAnyOrderEntriesOf(expected);
        }
    }

    /**
     * The reconciliation of a large store assigns one partition at a time; that must give exactly what assigning
     * everything at once gives. Many random reports crowded onto few people, days, ordinals and topics, so that
     * every step (day events, coarse dates, undated joins, clusters) and the HELD/PLANNED mix occur in one group.
     */
    @Test
    void assigningPartitionByPartitionGivesWhatAssigningAllAtOnceGives() {
        Random random = new Random(7);
        List<List<String>> groups = List.of(TRUMP_PUTIN, PUTIN_MACRON, List.of("person/vladimir-putin"),
                List.of("country/russia", "country/ukraine"), List.of("country/iran", "country/usa"));
        String[] dates = {null, null, null, "2025-07-03", "2025-07-04", "2025-07", "2025", "2025-03-18", "2025-03"};
        String[] topics = {"country/iran", "country/ukraine", "place/istanbul"};
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            EventType type = EventType.values()[random.nextInt(EventType.values().length)];
            String article = "a" + random.nextInt(400);
            String published = LocalDate.of(2025, 7, 1).plusDays(random.nextInt(10)).toString();
            reports.add(report(article, type, groups.get(random.nextInt(groups.size())),
                    dates[random.nextInt(dates.length)], random.nextInt(4) == 0 ? 1 + random.nextInt(3) : null,
                    random.nextInt(5) == 0 ? EventStatus.PLANNED : EventStatus.HELD,
                    random.nextInt(10) == 0 ? null : published, topics[random.nextInt(topics.length)]));
        }
        Map<Report, String> all = EventIdentity.assign(reports);
        assertThat(Set.copyOf(all.values())).as("reports are merged").hasSizeLessThan(reports.size() / 2);
        // a fresh build writes settled events at once and holds back only the others: a settled report must
        // keep its IRI whatever else is reported
        assertThat(reports.stream().filter(EventIdentity::settled)).as("day-dated reports").hasSizeGreaterThan(300)
                .allSatisfy(r -> assertThat(all.get(r)).isEqualTo(r.iri()));
        assertThat(reports.stream().filter(r -> !EventIdentity.settled(r) && !all.get(r).equals(r.iri())))
                .as("undated and coarse reports that join another event").hasSizeGreaterThan(300);
        for (int partitions : new int[] {2, 3, 256}) {
            Map<Report, String> byPartition = new java.util.HashMap<>();
            for (int p = 0; p < partitions; p++) {
                int partition = p;
                byPartition.putAll(EventIdentity.assign(reports.stream()
                        .filter(r -> EventIdentity.partition(r, partitions) == partition).toList()));
            }
            assertThat(byPartition).as(partitions + " partitions").containsExactlyInAnyOrderEntriesOf(all);
        }
    }
}
