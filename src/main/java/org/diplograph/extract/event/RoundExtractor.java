package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.EventType;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Layer;

/**
 * Finds the negotiation rounds an article reports (Layer.ROUNDS): meetings of two or more
 * countries' delegations, each distinct round once, with its parties, place, date, ordinal and
 * status.
 *
 * <p>A round is reported by a round noun ("Verhandlungsrunde", "Gesprächsrunde", "die zweite
 * Runde"), by a meeting word together with delegations or representatives ("Die Delegationen
 * Russlands und der Ukraine trafen sich", "ein Treffen zwischen ukrainischen und russischen
 * Vertretern"), or by talks in a named city between two countries ("Verhandlungen in Istanbul
 * zwischen Russland und der Ukraine"). Parties are the countries of the trigger's clause except
 * hosts and mediators ("in der Türkei", "auf Druck der US-Regierung") and sources ("laut Kreml").
 * A series ("trafen sich zweimal in Istanbul: das erste am 16. Mai, das zweite am 2. Juni") yields
 * one round per enumerated item. General talk without parties ("Friedensverhandlungen sollen
 * beginnen") is not a round.
 */
public final class RoundExtractor implements Extractor<EventMention> {
    private static final Lexicon ROUNDS = Lexicon.of("round-triggers.txt");
    private static final Lexicon ORD = Lexicon.of("ordinals.txt");
    private static final Lexicon.Section ROUND = ROUNDS.section("round");
    private static final Lexicon.Section MEETING = ROUNDS.section("meeting");
    private static final Lexicon.Section PLURAL = ROUNDS.section("plural");
    private static final Lexicon.Section ROUND_MODIFIER = ROUNDS.section("round-modifier");
    private static final Lexicon.Section DELEGATION = ROUNDS.section("delegation");
    private static final Lexicon.Section TALKS = ROUNDS.section("talks");
    private static final Lexicon.Section MEDIATOR = ROUNDS.section("mediator");
    private static final Lexicon.Section COUNT = ORD.section("count");
    /** Every round trigger is a word of one of these sections (see {@code trigger}). */
    private static final Lexicon.Sections ANY_TRIGGER = Lexicon.anyOf(ROUND, MEETING, TALKS);
    private static final List<String> LOCATIVE = List.of("in", "im", "nach", "aus", "bei");
    private static final List<String> PARTY_ANAPHOR = List.of("parteien", "seiten", "delegationen", "beiden", "beide");

    @Override
    public Layer<EventMention> produces() {
        return Layer.ROUNDS;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.DATES);
    }

    @Override
    public List<EventMention> extract(AnnotatedArticle article) {
        return new Run(ArticleView.of(article, false)).run();
    }

    private record Trigger(int tok, Clause clause, boolean series) {
    }

    private static final class Run {
        private final ArticleView v;
        private final EventBook book;
        private int seriesSentence = -10;
        private List<EntityMention> seriesParties = List.of();
        private EntityMention seriesPlace;

        Run(ArticleView v) {
            this.v = v;
            this.book = new EventBook(EventType.NEGOTIATION_ROUND, v);
        }

        List<EventMention> run() {
            for (int s = 0; s < v.sentenceCount(); s++) {
                for (Clause c : v.clauses.get(s)) {
                    Trigger t = trigger(s, c);
                    if (t == null) {
                        continue;
                    }
                    List<EntityMention> parties = parties(c);
                    EntityMention place = place(c, parties);
                    if (t.series()) {
                        if (Persons.distinct(parties) >= 2) {
                            seriesSentence = s;
                            seriesParties = parties;
                            seriesPlace = place;
                            enumerate(s, t.tok() + 1, parties, place);
                        }
                        continue;
                    }
                    report(s, c, t, parties, place);
                }
            }
            return book.result();
        }

        private boolean isRoundNoun(int i) {
            Tok t = v.toks.get(i);
            return t.isCapitalized() && (v.is(ROUND, i) || v.is(MEETING, i));
        }

        /** False when no word of the clause is in [round], [meeting] or [talks]: every trigger is one. */
        private boolean mayHaveTrigger(Clause c) {
            for (int i = c.from(); i < c.to(); i++) {
                if (v.mayStart(ANY_TRIGGER, i)) {
                    return true;
                }
            }
            return false;
        }

        /** The first round trigger of the clause, or null. */
        private Trigger trigger(int s, Clause c) {
            if (!mayHaveTrigger(c)) {
                return null;
            }
            boolean delegation = false;
            boolean count = false;
            for (int i = c.from(); i < c.to(); i++) {
                String w = v.toks.get(i).lower();
                delegation |= v.is(DELEGATION, i);
                if (v.is(COUNT, i) && !w.equals("weitere") && !w.equals("beide")) {
                    if (w.endsWith("mal")) {
                        count = true;
                    }
                    for (int k = i + 1; k < Math.min(c.to(), i + 3); k++) {
                        if (v.is(MEETING, k) || v.is(ROUND, k)) {
                            count = true;
                        }
                    }
                }
            }
            boolean inSeries = s - seriesSentence <= 1 && seriesSentence >= 0;
            for (int i = c.from(); i < c.to(); i++) {
                Tok tok = v.toks.get(i);
                String w = tok.lower();
                if (v.is(ROUND, i)) {
                    boolean plural = v.is(PLURAL, i);
                    if (w.equals("runde") || w.equals("runden")) {
                        String prev = i > c.from() ? v.toks.get(i - 1).lower() : "";
                        if (Cues.ordinalOf(prev) == null && !ROUND_MODIFIER.has(prev)) {
                            continue;
                        }
                    }
                    return new Trigger(i, c, plural || count);
                }
                if (v.is(MEETING, i) && (delegation || inSeries && tok.isCapitalized())) {
                    return new Trigger(i, c, count);
                }
                if (v.is(TALKS, i) && cityIn(c) != null) {
                    return new Trigger(i, c, count);
                }
            }
            return null;
        }

        private EntityMention cityIn(Clause c) {
            for (EntityMention m : v.entitiesIn(c.start(), c.end(), EntityType.CITY)) {
                int t = v.tokenAt(m.start());
                if (t > 0 && LOCATIVE.contains(v.toks.get(t - 1).lower())) {
                    return m;
                }
            }
            return null;
        }

        /** Countries whose delegations negotiate: not hosts, mediators or sources. */
        private List<EntityMention> parties(Clause c) {
            List<EntityMention> out = new ArrayList<>();
            for (EntityMention m : v.entitiesIn(c.start(), c.end(), EntityType.COUNTRY)) {
                int t = v.tokenAt(m.start());
                boolean excluded = false;
                for (int k = Math.max(c.from(), t - 2); k < t; k++) {
                    String w = v.toks.get(k).lower();
                    if (LOCATIVE.contains(w) || w.equals("laut")) {
                        excluded = true;
                    }
                }
                for (int k = Math.max(c.from(), t - 4); k < t; k++) {
                    if (v.is(MEDIATOR, k)) {
                        excluded = true;
                    }
                }
                int after = v.tokenAt(m.end());
                if (after < v.toks.size() && v.toks.get(after).lower().equals("zufolge")) {
                    excluded = true;
                }
                if (!excluded) {
                    out.add(m);
                }
            }
            return Persons.dedupe(out);
        }

        private EntityMention place(Clause c, List<EntityMention> parties) {
            EntityMention city = cityIn(c);
            if (city != null) {
                return city;
            }
            for (EntityMention m : v.entitiesIn(c.start(), c.end(), EntityType.COUNTRY)) {
                int t = v.tokenAt(m.start());
                boolean locative = false;
                for (int k = Math.max(c.from(), t - 2); k < t; k++) {
                    if (LOCATIVE.contains(v.toks.get(k).lower())) {
                        locative = true;
                    }
                }
                if (locative && parties.stream().noneMatch(p -> p.key().equals(m.key()))) {
                    return m;
                }
            }
            return null;
        }

        private boolean partyAnaphor(Clause c) {
            for (int i = c.from(); i < c.to(); i++) {
                if (PARTY_ANAPHOR.contains(v.toks.get(i).lower())) {
                    return true;
                }
            }
            return false;
        }

        private void report(int s, Clause c, Trigger t, List<EntityMention> parties, EntityMention place) {
            boolean inSeries = s - seriesSentence <= 1 && seriesSentence >= 0;
            List<EntityMention> named = Persons.distinct(parties) >= 2 ? parties : null;
            if (named == null && inSeries && !v.is(ROUND, t.tok())) {
                named = seriesParties;
                if (place == null) {
                    place = seriesPlace;
                }
            }
            if (named == null && parties.isEmpty()) {
                named = neighbourParties(s);
            }
            if (named == null && !v.is(ROUND, t.tok())) {
                return; // a meeting word without parties is not a round
            }
            Cues.DateHit date = Cues.date(v, s, c, t.tok());
            Report r = new Report(v.toks.get(t.tok()), t.tok() + 1, s, c, named == null ? parties : named,
                    partyAnaphor(c), named == null, date == null ? null : date.value(), date == null ? null : date.mention(),
                    null, Cues.ordinal(v, c, t.tok()), Cues.status(v, c), Cues.background(v, c), named != null,
                    null, null, place);
            EventDraft e = book.add(r, named, null);
            if (e != null) {
                List<EntityMention> reps = e.representatives();
                enumerate(s, t.tok() + 1, reps, e.location != null ? e.location : place);
            }
        }

        /**
         * A round named without any country ("Eine weitere Verhandlungsrunde soll in London
         * stattfinden") takes its parties from the sentence before or after in the same paragraph
         * when that sentence names exactly two negotiating countries ("Die Gespräche wurden auf
         * amerikanischer Seite von ..., auf chinesischer Seite von ... geführt"); otherwise none.
         */
        private List<EntityMention> neighbourParties(int s) {
            for (int n : new int[] {s - 1, s + 1}) {
                if (n < 0 || n >= v.sentenceCount() || !v.paragraphs.get(n).equals(v.paragraphs.get(s))) {
                    continue;
                }
                List<EntityMention> found = new ArrayList<>();
                for (Clause c : v.clauses.get(n)) {
                    found.addAll(parties(c));
                }
                found = Persons.dedupe(found);
                if (Persons.distinct(found) == 2) {
                    return found;
                }
            }
            return null;
        }

        private void enumerate(int s, int afterTok, List<EntityMention> parties, EntityMention place) {
            for (Enumerations.Item item : Enumerations.find(v, s, afterTok, this::isRoundNoun)) {
                Clause c = v.clauseOfToken(s, item.ordinalTok());
                Report r = new Report(v.toks.get(item.ordinalTok()), item.ordinalTok() + 1, s, c, parties, false, false,
                        item.date().value(), item.date(), null, item.ordinal(), Cues.status(v, c), true, true,
                        null, null, place);
                book.add(r, parties, null);
            }
        }
    }
}
