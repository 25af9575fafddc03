package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Collections;

import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.EventType;
import org.diplograph.extract.Span;

/**
 * The events of one article and how a new report joins them. A report that names two or more
 * participants joins the event with the same participants and a compatible date (same day, or a
 * month containing the day); an undated report joins the event in focus or the article's first
 * event with those participants; a dated report joins an undated event unless it is marked as an
 * earlier one. A report without participants ("Das Gespräch dauerte 50 Minuten") refers to the
 * event in focus, unless its date or ordinal contradicts that event: then it is another event of
 * the same participants ("Das zweite Telefongespräch fand am 18. März statt").
 */
final class EventBook {
    /** How many sentences back the event in focus may have been mentioned. */
    static final int FOCUS_WINDOW = 3;

    private final EventType type;
    private final ArticleView v;
    private final List<EventDraft> events = new ArrayList<>();
    private EventDraft focus;

    EventBook(EventType type, ArticleView v) {
        this.type = type;
        this.v = v;
    }

    /** The event in focus at {@code sentence}: the last one mentioned, if recent, else the article's first. */
    EventDraft focus(int sentence) {
        if (focus != null && sentence - focus.lastSentence <= FOCUS_WINDOW) {
            return focus;
        }
        return events.isEmpty() ? null : events.get(0);
    }

    /** The last event mentioned, however long ago. */
    EventDraft last() {
        return focus;
    }

    List<EventDraft> events() {
        return events;
    }

    /**
     * Adds a report. {@code participants}: the participants it names (two or more distinct keys), or
     * null when it names fewer and refers to {@code inherited} (the event in focus or a series).
     * Returns the event the report joined or created, or null when it could not be resolved.
     */
    EventDraft add(Report r, List<EntityMention> participants, EventDraft inherited) {
        EventDraft target;
        if (participants != null && Persons.distinct(participants) >= 2) {
            target = resolveNamed(r, keys(participants));
            if (target == null) {
                target = create(r, participants);
            }
            target.addParticipants(participants);
        } else {
            EventDraft t = inherited != null ? inherited : focus(r.sentence());
            if (t == null) {
                return null;
            }
            List<String> tKeys = t.keys();
            for (EntityMention m : r.explicit()) {
                if (!tKeys.contains(m.key())) {
                    return null;
                }
            }
            boolean vote = false;
            if (conflicts(r, t)) {
                target = resolveNamed(r, tKeys);
                if (target == null || target == t) {
                    target = create(r, t.representatives());
                    target.addParticipants(t.representatives());
                    vote = true;
                }
            } else {
                target = t;
            }
            target.addParticipants(r.explicit());
            absorb(target, r, vote);
            focus = target;
            return target;
        }
        absorb(target, r, r.votes());
        focus = target;
        return target;
    }

    private boolean conflicts(Report r, EventDraft t) {
        if (r.date() != null && t.date != null && !Dates.compatible(r.date(), t.date)) {
            return true;
        }
        if (r.ordinal() != null && t.ordinal != null && !r.ordinal().equals(t.ordinal)) {
            return true;
        }
        if (r.date() != null && t.date == null && (r.background() || r.ordinal() != null) && !t.background) {
            return !(t.ordinal != null && t.ordinal.equals(r.ordinal()));
        }
        return false;
    }

    private EventDraft resolveNamed(Report r, List<String> keys) {
        List<EventDraft> cands = new ArrayList<>();
        for (EventDraft e : events) {
            if (e.keys().equals(keys)) {
                cands.add(e);
            }
        }
        if (cands.isEmpty()) {
            return null;
        }
        if (r.date() != null) {
            for (EventDraft e : cands) {
                if (e.date != null && Dates.compatible(e.date, r.date()) && ordinalFits(r, e)) {
                    return e;
                }
            }
            if (!r.background()) {
                for (EventDraft e : cands) {
                    if (e.date == null && !e.background && ordinalFits(r, e) && statusFits(r, e)) {
                        return e;
                    }
                }
            }
            return null;
        }
        if (r.ordinal() != null) {
            for (EventDraft e : cands) {
                if (r.ordinal().equals(e.ordinal)) {
                    return e;
                }
            }
        }
        EventDraft f = focus(r.sentence());
        if (f != null && cands.contains(f) && ordinalFits(r, f) && statusFits(r, f)) {
            return f;
        }
        for (EventDraft e : cands) {
            if (e.background == r.background() && ordinalFits(r, e) && statusFits(r, e)) {
                return e;
            }
        }
        return null;
    }

    private static boolean ordinalFits(Report r, EventDraft e) {
        return r.ordinal() == null || e.ordinal == null || r.ordinal().equals(e.ordinal);
    }

    private static boolean statusFits(Report r, EventDraft e) {
        // an announced call is not the call already held (a held report may complete a planned one)
        return !(r.votes() && r.status() == org.diplograph.extract.EventStatus.PLANNED && e.heldVote);
    }

    private EventDraft create(Report r, List<EntityMention> participants) {
        Tok t = r.triggerTok();
        Tok end = v.toks.get(r.triggerEndTok() - 1);
        Span trigger = Span.of(v.text, t.start(), end.end());
        EventDraft e = new EventDraft(type, trigger, v.sentence(r.sentence()).index(), events.size());
        e.background = r.background();
        e.lastSentence = r.sentence();
        events.add(e);
        return e;
    }

    private void absorb(EventDraft e, Report r, boolean vote) {
        e.lastSentence = r.sentence();
        e.setDate(r.date(), r.dateMention());
        e.setDuration(r.duration());
        e.setOrdinal(r.ordinal());
        if (vote) {
            e.vote(r.status());
        }
        if (e.agent == null && r.agent() != null) {
            e.agent = r.agent();
            e.recipient = r.recipient();
        }
        if (r.location() != null && (e.location == null
                || e.location.type() != org.diplograph.extract.EntityType.CITY
                && r.location().type() == org.diplograph.extract.EntityType.CITY)) {
            e.location = r.location(); // a city is more precise than a country
        }
        e.evidence.add(v.sentenceSpan(r.sentence()));
    }

    /** The distinct non-null keys of {@code ms}, sorted. (A loop: this runs for every report.) */
    static List<String> keys(List<EntityMention> ms) {
        List<String> out = new ArrayList<>(ms.size());
        for (EntityMention m : ms) {
            String k = m.key();
            if (k != null && !out.contains(k)) {
                out.add(k);
            }
        }
        out.sort(null);
        return Collections.unmodifiableList(out);
    }

    /** The finished events, each once, in the order they were first reported. */
    List<EventMention> result() {
        List<EventMention> out = new ArrayList<>();
        for (EventDraft e : events) {
            if (e.keys().size() >= 2) {
                out.add(e.toMention());
            }
        }
        return out;
    }
}
