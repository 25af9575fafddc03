package org.diplograph.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.TimeValue;
import org.diplograph.rdf.DG;

/**
 * Decides which reports, from all articles, are the same real event, and gives each event one IRI.
 *
 * <p>Identity is type + participants + date. A dated report's IRI is a hash of exactly that, so every
 * article reporting the same dated event writes the same IRI without coordination. The rest is decided
 * over the whole set of reports ({@link #assign}), so that adding articles one by one gives the same
 * graph as building them all at once:
 * <ol>
 *   <li>a month- or year-precision report ("im März") joins the unique day-precision event of the same
 *       type and participants within that month or year;</li>
 *   <li>an undated report joins the unique compatible dated event: same type, participants and status,
 *       and either the same ordinal, or no contradicting ordinal and a date within
 *       {@value #RECENT_DAYS} days before the report's publication with overlapping topics;</li>
 *   <li>undated reports left over, of the same type, participants and status, published within
 *       {@value #CLUSTER_DAYS} days of each other and not contradicting each other (ordinal), are one event.</li>
 * </ol>
 * When a match is not unique, reports stay apart.
 */
public final class EventIdentity {
    /** An undated report may refer to a dated event at most this many days before its publication. */
    public static final int RECENT_DAYS = 7;
    /** Undated reports published at most this many days apart may be the same event. */
    public static final int CLUSTER_DAYS = 3;

    private EventIdentity() {
    }

    /**
     * What one article says about one event, as far as identity is concerned.
     *
     * @param iri        the IRI the report currently has in its article graph
     * @param firstStart offset of the report's first evidence in its article (stable per article text)
     */
    public record Report(String articleId, String iri, EventType type, List<String> participants,
                         TimeValue date, Integer ordinal, Set<String> topics, EventStatus status,
                         LocalDate published, int firstStart) {
        public Report {
            participants = participants.stream().sorted().distinct().toList();
            topics = Set.copyOf(topics);
        }

        String groupKey() {
            return type + "|" + String.join(",", participants) + "|" + status;
        }
    }

    /**
     * The reports {@link #assign} ever compares with each other: those of one type and one set of participants.
     * The IRIs of a group's reports depend on that group's reports alone, so a build that adds or changes
     * reports of some groups needs to assign only those groups again.
     *
     * @param participants entity keys, sorted and distinct (as in {@link Report})
     */
    public record Group(EventType type, List<String> participants) {
        public Group {
            participants = List.copyOf(participants);
        }

        public static Group of(Report r) {
            return new Group(r.type(), r.participants());
        }
    }

    /**
     * The partition, of {@code partitions}, a report belongs to. Every step of {@link #assign} compares a
     * report only with reports of the same type and participants, so reports of different partitions never
     * change each other's IRI: assigning each partition on its own gives exactly what assigning all reports
     * at once gives, with a fraction of them in memory.
     */
    public static int partition(Report r, int partitions) {
        int h = (r.type().name() + "|" + String.join(",", r.participants())).hashCode();
        return Math.floorMod(h ^ (h >>> 16), partitions);
    }

    /**
     * True when {@link #assign} gives {@code r} the IRI it has, whatever the other reports are: a report dated to
     * the day is the event of its type, participants and day, and that is its IRI from the start. Only
     * undated reports and those dated to a month or year can join an event of another article.
     */
    public static boolean settled(Report r) {
        return r.date() != null && r.date().precision() == TimeValue.Precision.DAY
                && r.iri().equals(datedIri(r.type(), r.participants(), r.date()));
    }

    /** The IRI a report gets when it is mapped, before it is compared with other articles. */
    public static String initialIri(EventType type, List<String> participants, TimeValue date,
                                    String articleId, int firstStart) {
        List<String> sorted = participants.stream().sorted().distinct().toList();
        return date != null ? datedIri(type, sorted, date) : undatedIri(type, sorted, articleId, firstStart);
    }

    static String datedIri(EventType type, List<String> participants, TimeValue date) {
        return DG.ID_BASE + type.slug() + "/" + hash(type.slug() + "|" + String.join(",", participants)
                + "|" + date.lexical());
    }

    static String undatedIri(EventType type, List<String> participants, String articleId, int firstStart) {
        return DG.ID_BASE + type.slug() + "/u-" + hash(type.slug() + "|" + String.join(",", participants)
                + "|" + articleId + "|" + firstStart);
    }

    /**
     * Assigns every report the IRI of the event it belongs to. The result depends only on the set of
     * reports, never on their order.
     *
     * @return report (as given) to event IRI
     */
    public static Map<Report, String> assign(List<Report> reports) {
        Map<Report, String> result = new LinkedHashMap<>();
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(Report::articleId).thenComparingInt(Report::firstStart)
                .thenComparing(Report::iri));

        // 1. day-precision reports: identity is type + participants + day.
        Map<String, DatedEvent> dayEvents = new LinkedHashMap<>();
        for (Report r : sorted) {
            if (r.date() != null && r.date().precision() == TimeValue.Precision.DAY) {
                String iri = datedIri(r.type(), r.participants(), r.date());
                dayEvents.computeIfAbsent(iri, k -> new DatedEvent(k, r)).add(r);
                result.put(r, iri);
            }
        }
        // the later steps only ever compare a report with day events of its own group (type, participants,
        // status): indexed by group, they stay linear in the number of reports
        Map<String, List<DatedEvent>> dayEventsByGroup = new HashMap<>();
        for (DatedEvent e : dayEvents.values()) {
            dayEventsByGroup.computeIfAbsent(e.groupKey, k -> new ArrayList<>()).add(e);
        }
        // 2. month/year precision: join the unique day event within, else its own event.
        Map<String, DatedEvent> coarseEvents = new LinkedHashMap<>();
        for (Report r : sorted) {
            if (r.date() != null && r.date().precision() != TimeValue.Precision.DAY) {
                List<DatedEvent> within = dayEventsByGroup.getOrDefault(r.groupKey(), List.of()).stream()
                        .filter(e -> r.date().covers(e.date) && e.ordinalCompatible(r))
                        .toList();
                if (within.size() == 1) {
                    result.put(r, within.get(0).iri);
                } else {
                    String iri = datedIri(r.type(), r.participants(), r.date());
                    coarseEvents.computeIfAbsent(iri, k -> new DatedEvent(k, r)).add(r);
                    result.put(r, iri);
                }
            }
        }
        // 3. undated: join the unique compatible day event.
        List<Report> leftOver = new ArrayList<>();
        for (Report r : sorted) {
            if (r.date() != null) {
                continue;
            }
            List<DatedEvent> sameOrdinal = new ArrayList<>();
            List<DatedEvent> recent = new ArrayList<>();
            for (DatedEvent e : dayEventsByGroup.getOrDefault(r.groupKey(), List.of())) {
                if (!e.ordinalCompatible(r)) {
                    continue;
                }
                if (r.ordinal() != null && e.ordinals.contains(r.ordinal())) {
                    sameOrdinal.add(e);
                } else if (r.published() != null && e.isRecentBefore(r.published()) && e.topicsOverlap(r)) {
                    recent.add(e);
                }
            }
            if (sameOrdinal.size() == 1) {
                result.put(r, sameOrdinal.get(0).iri);
            } else if (sameOrdinal.isEmpty() && recent.size() == 1) {
                result.put(r, recent.get(0).iri);
            } else {
                leftOver.add(r);
            }
        }
        // 4. undated left over: cluster reports published close together that do not contradict.
        Map<String, List<Report>> byGroup = new LinkedHashMap<>();
        for (Report r : leftOver) {
            byGroup.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r);
        }
        for (List<Report> group : byGroup.values()) {
            for (List<Report> cluster : cluster(group)) {
                Report first = cluster.stream()
                        .min(Comparator.comparing(Report::articleId).thenComparingInt(Report::firstStart))
                        .orElseThrow();
                String iri = undatedIri(first.type(), first.participants(), first.articleId(), first.firstStart());
                cluster.forEach(r -> result.put(r, iri));
            }
        }
        // keep the caller's objects as keys, in the caller's order
        Map<Report, String> ordered = new LinkedHashMap<>();
        for (Report r : reports) {
            ordered.put(r, result.get(r));
        }
        return ordered;
    }

    /** Single-linkage by publication date; at most one report per article in a cluster; ordinals agree. */
    private static List<List<Report>> cluster(List<Report> group) {
        List<Report> dated = new ArrayList<>(group.stream().filter(r -> r.published() != null).toList());
        dated.sort(Comparator.comparing(Report::published).thenComparing(Report::articleId)
                .thenComparingInt(Report::firstStart));
        List<List<Report>> clusters = new ArrayList<>();
        List<Report> current = new ArrayList<>();
        for (Report r : dated) {
            boolean joins = !current.isEmpty()
                    && ChronoUnit.DAYS.between(current.get(current.size() - 1).published(), r.published()) <= CLUSTER_DAYS
                    && current.stream().noneMatch(c -> c.articleId().equals(r.articleId()))
                    && current.stream().allMatch(c -> c.ordinal() == null || r.ordinal() == null
                            || c.ordinal().equals(r.ordinal()));
            if (!joins && !current.isEmpty()) {
                clusters.add(current);
                current = new ArrayList<>();
            }
            current.add(r);
        }
        if (!current.isEmpty()) {
            clusters.add(current);
        }
        // reports without a publication date cannot be placed in time: each stays its own event
        group.stream().filter(r -> r.published() == null).forEach(r -> clusters.add(List.of(r)));
        return clusters;
    }

    private static final class DatedEvent {
        final String iri;
        final String groupKey;
        final LocalDate date;
        final Set<Integer> ordinals = new HashSet<>();
        final Set<String> topics = new HashSet<>();

        DatedEvent(String iri, Report first) {
            this.iri = iri;
            this.groupKey = first.groupKey();
            this.date = first.date().precision() == TimeValue.Precision.DAY ? first.date().date()
                    : LocalDate.of(first.date().year(), Math.max(1, first.date().month()), 1);
        }

        void add(Report r) {
            if (r.ordinal() != null) {
                ordinals.add(r.ordinal());
            }
            topics.addAll(r.topics());
        }

        boolean ordinalCompatible(Report r) {
            return r.ordinal() == null || ordinals.isEmpty() || ordinals.contains(r.ordinal());
        }

        boolean isRecentBefore(LocalDate published) {
            long days = ChronoUnit.DAYS.between(date, published);
            return days >= 0 && days <= RECENT_DAYS;
        }

        boolean topicsOverlap(Report r) {
            if (r.topics().isEmpty() && topics.isEmpty()) {
                return true;
            }
            return r.topics().stream().anyMatch(topics::contains);
        }
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
