package org.diplograph.extract.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.diplograph.extract.DurationMention;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.Span;
import org.diplograph.extract.TimeMention;
import org.diplograph.extract.TimeValue;

/**
 * One event while an article is read: every mention that reports it adds evidence and the
 * attributes it carries (the first value of each attribute wins, a day refines a month).
 * Mutable, confined to one extraction run; {@link #toMention()} freezes it.
 */
final class EventDraft {
    /** Evidence in text order: one comparator for all drafts, not one composed per draft. */
    private static final Comparator<Span> BY_OFFSETS = Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

    final EventType type;
    final Span trigger;
    final int sentence;
    final int order;
    final List<EntityMention> participants = new ArrayList<>();
    /** {@link #keys()} of the participants so far; null after a change. */
    private List<String> keys;
    String agent;
    String recipient;
    TimeValue date;
    TimeMention dateMention;
    DurationMention duration;
    final Map<String, EntityMention> topics = new LinkedHashMap<>();
    final Map<String, EntityMention> notDiscussed = new LinkedHashMap<>();
    EntityMention location;
    Integer ordinal;
    /** Votes of the mentions that name the event with its participants: held wins. */
    boolean heldVote;
    boolean plannedVote;
    /** True when the event was introduced as an earlier one ("zuletzt", "das letzte Telefonat"). */
    boolean background;
    int lastSentence;
    final TreeSet<Span> evidence = new TreeSet<>(BY_OFFSETS);

    EventDraft(EventType type, Span trigger, int sentence, int order) {
        this.type = type;
        this.trigger = trigger;
        this.sentence = sentence;
        this.order = order;
        this.lastSentence = sentence;
    }

    /** Distinct participant keys, sorted. */
    List<String> keys() {
        if (keys == null) {
            keys = EventBook.keys(participants);
        }
        return keys;
    }

    void addParticipants(List<EntityMention> mentions) {
        for (EntityMention m : mentions) {
            if (!hasParticipantAt(m.start(), m.end())) {
                participants.add(m);
                keys = null;
            }
        }
    }

    private boolean hasParticipantAt(int start, int end) {
        for (EntityMention p : participants) {
            if (p.start() == start && p.end() == end) {
                return true;
            }
        }
        return false;
    }

    /** One representative mention per participant key: for events that inherit participants. */
    List<EntityMention> representatives() {
        Map<String, EntityMention> first = new LinkedHashMap<>();
        for (EntityMention m : participants) {
            first.putIfAbsent(m.key(), m);
        }
        return List.copyOf(first.values());
    }

    void setDate(TimeValue value, TimeMention mention) {
        if (value == null) {
            return;
        }
        if (date == null || (date.precision() != TimeValue.Precision.DAY && value.precision() == TimeValue.Precision.DAY
                && Dates.compatible(date, value))) {
            date = value;
            dateMention = mention;
        }
    }

    void setDuration(DurationMention d) {
        if (duration == null && d != null) {
            duration = d;
        }
    }

    void setOrdinal(Integer n) {
        if (ordinal == null && n != null) {
            ordinal = n;
        }
    }

    void vote(EventStatus status) {
        if (status == EventStatus.HELD) {
            heldVote = true;
        } else {
            plannedVote = true;
        }
    }

    void addTopic(EntityMention m) {
        topics.putIfAbsent(m.key(), m);
    }

    void addNotDiscussed(EntityMention m) {
        notDiscussed.putIfAbsent(m.key(), m);
    }

    EventStatus status() {
        return plannedVote && !heldVote ? EventStatus.PLANNED : EventStatus.HELD;
    }

    EventMention toMention() {
        Duration d = duration == null ? null : duration.value();
        List<EntityMention> nd = new ArrayList<>(notDiscussed.size());
        for (EntityMention m : notDiscussed.values()) {
            if (!topics.containsKey(m.key())) {
                nd.add(m);
            }
        }
        return new EventMention(type, trigger, sentence, participants, agent, recipient, date, dateMention,
                d, duration, List.copyOf(topics.values()), nd, location, ordinal, status(), List.copyOf(evidence));
    }
}
