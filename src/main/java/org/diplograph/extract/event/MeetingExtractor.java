package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.DurationMention;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Layer;
import org.diplograph.extract.MentionKind;
import org.diplograph.extract.TimeMention;
import org.diplograph.extract.TimeValue;

/**
 * Finds the in-person meetings an article reports (Layer.MEETINGS): meetings, visits and summits of
 * two or more persons, each distinct meeting once, with its participants, place, date, status and
 * every sentence that reports it.
 *
 * <p>A clause reports a meeting with a meeting verb ("trafen sich", "empfing", "besuchte", "kamen ...
 * zusammen"), a meeting noun ("Treffen", "Gipfeltreffen", "Besuch", "Gipfel") or a talk word with an
 * in-person cue ("am Rande", "persönlich", "unter vier Augen"), and two or more persons linked to it:
 * "X und Y trafen sich", "X traf Y", "ein Treffen zwischen/von X und Y", "X, Y und Z kamen zusammen",
 * "er wurde von X empfangen" ("er": the last person named), "Er traf ... Y". A summit's participants
 * are the persons named as attending. It is not a meeting when the trigger is remote ("Videoschalte",
 * "am Telefon"), a delegation round (the {@link RoundExtractor}'s), the word the {@link CallExtractor}
 * took as a call ("Das erste Treffen fand am 12. Februar statt" after a list of calls), negated ("kein
 * persönliches Treffen", "ist nicht möglich"), cancelled, conditional ("ob sie sich treffen"), or only
 * proposed ("lud Trump zu einem Treffen nach Moskau ein", "fordert ein Treffen"). Announced meetings
 * ("wollen sich nächste Woche in Genf treffen", "ein Gipfel ist geplant") are PLANNED. A definite
 * reference without persons ("Das Treffen dauerte drei Stunden") adds evidence to the meeting in focus.
 * Word lists: {@code meeting-triggers.txt}.
 */
public final class MeetingExtractor implements Extractor<EventMention> {
    private static final List<String> LOCATIVE = List.of("in", "im", "nach", "bei", "beim");
    private static final Pattern LIST_AND = Pattern.compile("\\b(und|sowie)\\b");
    private static final Lexicon MEET = Lexicon.of("meeting-triggers.txt");
    private static final Lexicon.Section VERB = MEET.section("verb");
    private static final Lexicon.Section ARRIVE_PARTICLE = MEET.section("arrive-particle");
    private static final Lexicon.Section SEPARABLE = MEET.section("separable");
    private static final Lexicon.Section NOUN = MEET.section("noun");
    private static final Lexicon.Section TALK = MEET.section("talk");
    /** Every meeting trigger is a word of one of these sections (see {@code triggers}). */
    private static final Lexicon.Sections ANY_TRIGGER = Lexicon.anyOf(VERB, SEPARABLE, NOUN, TALK);
    private static final Lexicon.Section TALK_PARTICLE = MEET.section("talk-particle");
    private static final Lexicon.Section IN_PERSON = MEET.section("in-person");
    private static final Lexicon.Section CANCELLED = MEET.section("cancelled");
    private static final Lexicon.Section REMOTE = MEET.section("remote");
    private static final Lexicon.Section ROUND = MEET.section("round");
    private static final Lexicon.Section NEGATIVE_DETERMINER = MEET.section("negative-determiner");
    private static final Lexicon.Section NEGATION = MEET.section("negation");
    private static final Lexicon.Section CONDITIONAL = MEET.section("conditional");
    private static final Lexicon.Section ACCEPTED_INVITATION = MEET.section("accepted-invitation");
    private static final Lexicon.Section INVITATION = MEET.section("invitation");
    private static final Lexicon.Section SETTING = MEET.section("setting");
    private static final Lexicon.Section DEFINITE = MEET.section("definite");
    private static final Lexicon.Section NOT_MEETING_OBJECT = MEET.section("not-meeting-object");
    private static final Lexicon.Section OTHER_EVENT = MEET.section("other-event");
    private static final Lexicon.Section PASSIVE = MEET.section("passive");
    private static final Lexicon.Section OBJECT_SKIP = MEET.section("object-skip");
    private static final Lexicon.Section OBJECT_PREPOSITION = MEET.section("object-preposition");
    private static final Lexicon.Section PRONOUN = MEET.section("pronoun");
    private static final Lexicon.Section REFERRING_NOUN = MEET.section("referring-noun");
    private static final Lexicon.Section MODIFIER = MEET.section("modifier");
    private static final Lexicon.Section SINGULAR_DETERMINER = MEET.section("singular-determiner");
    private static final Lexicon.Section SERIES = MEET.section("series");
    private static final Lexicon.Section PLANNED = MEET.section("planned");
    private static final Lexicon.Section TOPIC_PREPOSITION = MEET.section("topic-preposition");
    private static final Lexicon.Section SETTING_PHRASE = MEET.section("setting-phrase");
    private static final Lexicon.Section ANCHOR_PREPOSITION = MEET.section("anchor-preposition");
    private static final Lexicon.Section NP_WORD = Cues.PARTICIPANTS.section("np-word");
    private static final Lexicon.Section AUXILIARY = Cues.TEXT.section("auxiliary");

    @Override
    public Layer<EventMention> produces() {
        return Layer.MEETINGS;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.DATES, Layer.DURATIONS, Layer.CALLS, Layer.ROUNDS);
    }

    @Override
    public List<EventMention> extract(AnnotatedArticle article) {
        return new Run(ArticleView.of(article, true), article.get(Layer.CALLS), article.get(Layer.ROUNDS)).run();
    }

    private enum Kind { VERB, NOUN, TALK }

    private record Trigger(int tok, Kind kind) {
    }

    /** The state of one extraction: confined to one article. */
    private static final class Run {
        private final ArticleView v;
        private final List<EventMention> calls;
        private final List<EventMention> rounds;
        private final EventBook book;
        private final Persons persons;

        Run(ArticleView v, List<EventMention> calls, List<EventMention> rounds) {
            this.v = v;
            this.calls = calls;
            this.rounds = rounds;
            this.book = new EventBook(EventType.MEETING, v);
            this.persons = new Persons(v, this::isTriggerNoun);
        }

        List<EventMention> run() {
            for (int s = 0; s < v.sentenceCount(); s++) {
                for (Clause c : v.clauses.get(s)) {
                    for (Trigger t : triggers(s, c)) {
                        if (negated(c, t)) {
                            break; // "sprachen kein persönliches Treffen an": the clause says there was none
                        }
                        if (!blocked(s, c, t) && reported(s, c, t)) {
                            break;
                        }
                    }
                }
            }
            return book.result();
        }

        /** Reports the clause's meeting by trigger {@code t}; false when {@code t} reports none. */
        private boolean reported(int s, Clause c, Trigger t) {
            Clause scope = scope(c, t.tok());
            List<EntityMention> people = participants(s, c, scope, t);
            if (Persons.distinct(people) >= 2) {
                return !callInDisguise(s, c, t, people) && report(s, c, scope, t, people);
            }
            return referring(t) && refer(s, c, scope, t, people);
        }

        // ---- triggers -------------------------------------------------------------------

        boolean isTriggerNoun(int i) {
            Tok t = v.toks.get(i);
            return t.isCapitalized() && (v.is(NOUN, i) || v.is(TALK, i));
        }

        /** The clause's triggers, best first: a meeting verb, a meeting noun, a talk word said to be in person. */
        private List<Trigger> triggers(int s, Clause c) {
            Trigger verb = null;
            Trigger noun = null;
            Trigger talk = null;
            for (int i = c.from(); i < c.to(); i++) {
                if (!v.mayStart(ANY_TRIGGER, i)) {
                    continue; // each trigger below is a word of one of these sections
                }
                Tok tok = v.toks.get(i);
                String w = tok.lower();
                if (!tok.isWord() || v.insideEntity(i)) {
                    continue;
                }
                if (verb == null && !tok.isCapitalized() && v.is(VERB, i)) {
                    boolean arrived = (w.equals("traf") || w.equals("trafen")) && ARRIVE_PARTICLE.has(lastWord(c));
                    if (!arrived) {
                        verb = new Trigger(i, Kind.VERB);
                    }
                }
                if (verb == null && !tok.isCapitalized() && v.is(SEPARABLE, i) && particleLater(s, i)) {
                    verb = new Trigger(i, Kind.VERB);
                }
                if (noun == null && tok.isCapitalized() && v.is(NOUN, i) && !afterRande(i, c)) {
                    noun = new Trigger(i, Kind.NOUN);
                }
                if (talk == null && v.is(TALK, i) && inPerson(c) && !TALK_PARTICLE.has(lastWord(c))) {
                    talk = new Trigger(i, Kind.TALK);
                }
            }
            List<Trigger> out = new ArrayList<>(3);
            for (Trigger t : new Trigger[] {verb, noun, talk}) {
                if (t != null) {
                    out.add(t);
                }
            }
            return out;
        }

        /** "kamen ... zusammen": the particle later in the sentence (quotes may split the clause). */
        private boolean particleLater(int s, int i) {
            for (int k = i + 1; k < v.endTok(s); k++) {
                if (v.toks.get(k).lower().equals("zusammen")) {
                    return true;
                }
            }
            return false;
        }

        /** "am Rande des (NATO-)Gipfels": the summit is the setting, not the trigger. */
        private boolean afterRande(int i, Clause c) {
            for (int k = i - 1; k >= Math.max(c.from(), i - 5); k--) {
                if (v.toks.get(k).lower().equals("rande")) {
                    return true;
                }
                if (!nounPhraseWord(k)) {
                    return false;
                }
            }
            return false;
        }

        private boolean inPerson(Clause c) {
            for (int i = c.from(); i < c.to(); i++) {
                if (v.matchAt(IN_PERSON, i, c.to()) > 0) {
                    return true;
                }
            }
            return false;
        }

        private String lastWord(Clause c) {
            for (int i = c.to() - 1; i >= c.from(); i--) {
                if (v.toks.get(i).isWord()) {
                    return v.toks.get(i).lower();
                }
            }
            return "";
        }

        // ---- blockers -------------------------------------------------------------------

        private boolean blocked(int s, Clause c, Trigger t) {
            return remote(c, t) || takenByOtherExtractor(c, t) || roundClause(c) || negated(c, t)
                    || conditional(c) || proposed(c, t) || otherObject(c, t)
                    || v.hasAny(CANCELLED, c.from(), c.to());
        }

        /** "per Videoschalte", "am Telefon", "ein virtuelles Treffen": near the trigger. */
        private boolean remote(Clause c, Trigger t) {
            for (int k = Math.max(c.from(), t.tok() - 3); k < Math.min(c.to(), t.tok() + 4); k++) {
                if (k != t.tok() && v.is(REMOTE, k)) {
                    return true;
                }
            }
            return false;
        }

        /** The trigger word is a call's trigger (a "Treffen" in a list of calls) or a round lies in the clause. */
        private boolean takenByOtherExtractor(Clause c, Trigger t) {
            Tok tok = v.toks.get(t.tok());
            for (EventMention call : calls) {
                if (call.start() < tok.end() && tok.start() < call.end()) {
                    return true;
                }
            }
            for (EventMention round : rounds) {
                if (round.start() < c.end() && c.start() < round.end()) {
                    return true;
                }
            }
            return false;
        }

        private boolean roundClause(Clause c) {
            return v.hasAny(ROUND, c.from(), c.to());
        }

        /**
         * "kein persönliches Treffen", "ist nicht möglich", "trafen sich nicht"; but not "nicht nur" and
         * not a "nicht" that negates a noun phrase ("brachte nicht den erhofften Durchbruch").
         */
        private boolean negated(Clause c, Trigger t) {
            for (int k = Math.max(c.from(), t.tok() - 3); k < t.tok(); k++) {
                if (v.is(NEGATIVE_DETERMINER, k)) {
                    return true;
                }
            }
            for (int k = c.from(); k < c.to(); k++) {
                if (!v.is(NEGATION, k)) {
                    continue;
                }
                if (k + 1 >= c.to()) {
                    return true;
                }
                Tok next = v.toks.get(k + 1);
                boolean nounPhrase = next.lower().equals("nur") || next.isWord() && next.isCapitalized()
                        && k + 1 != t.tok() || v.is(NP_WORD, k + 1) && !next.lower().equals("und");
                if (!nounPhrase) {
                    return true;
                }
            }
            return false;
        }

        private boolean conditional(Clause c) {
            return v.is(CONDITIONAL, c.from());
        }

        /**
         * An invitation, offer or demand in the clause makes a noun trigger ("lud zu einem Treffen ein")
         * or an infinitive ("lud ihn ein, Moskau zu besuchen") a proposal, unless the noun is the setting
         * of what the clause reports ("Beim Treffen forderte ...") or the invitation was accepted ("auf
         * Einladung von").
         */
        private boolean proposed(Clause c, Trigger t) {
            boolean invitation = false;
            for (int k = c.from(); k < c.to(); k++) {
                if (v.matchAt(ACCEPTED_INVITATION, k, c.to()) > 0) {
                    return false;
                }
                invitation |= v.is(INVITATION, k);
            }
            if (!invitation) {
                return false;
            }
            if (t.kind() == Kind.VERB) {
                return t.tok() > c.from() && v.toks.get(t.tok() - 1).lower().equals("zu")
                        || v.toks.get(t.tok()).lower().matches("treffen|besuchen|empfangen|zusammenkommen");
            }
            return !setting(c, t.tok());
        }

        /** "beim Treffen", "bei dem Gipfel", "nach dem Besuch", "am Rande": a noun naming a known meeting. */
        private boolean setting(Clause c, int tok) {
            for (int k = Math.max(c.from(), tok - 3); k < tok; k++) {
                String w = v.toks.get(k).lower();
                if (v.is(SETTING, k)) {
                    return w.equals("beim") || w.equals("am") || v.is(DEFINITE, k + 1);
                }
            }
            return false;
        }

        /** "eine Vereinbarung getroffen", "Glückwünsche empfangen": treffen/empfangen with a non-person object. */
        private boolean otherObject(Clause c, Trigger t) {
            String w = v.toks.get(t.tok()).lower();
            if (t.kind() != Kind.VERB || !(w.contains("traf") || w.contains("treff") || w.contains("empf")
                    || w.contains("getroffen"))) {
                return false;
            }
            return v.hasAny(NOT_MEETING_OBJECT, Math.max(c.from(), t.tok() - 4),
                    Math.min(c.to(), t.tok() + 5));
        }

        /**
         * A bare "Treffen" in a sentence that reports a call of the same persons, without an in-person
         * cue: the call extractor's event, not a second one.
         */
        private boolean callInDisguise(int s, Clause c, Trigger t, List<EntityMention> people) {
            String w = v.toks.get(t.tok()).lower();
            if (t.kind() != Kind.NOUN || !(w.equals("treffen") || w.equals("treffens")) || inPerson(c)) {
                return false;
            }
            List<String> keys = EventBook.keys(people);
            for (EventMention call : calls) {
                if (coversSentence(call, s) && call.participantKeys().containsAll(keys)) {
                    return true;
                }
            }
            return false;
        }

        private boolean coversSentence(EventMention e, int s) {
            var sent = v.sentence(s);
            return e.evidence().stream().anyMatch(sp -> sp.start() <= sent.start() && sent.start() < sp.end()
                    || sent.start() <= sp.start() && sp.start() < sent.end());
        }

        // ---- participants ---------------------------------------------------------------

        /**
         * The part of the clause that belongs to the trigger: another event's word (a call) before the
         * trigger starts it, one after the trigger ends it ("Trump traf Putin und telefonierte danach mit
         * Selenskyj").
         */
        private Clause scope(Clause c, int tok) {
            int from = c.from();
            int to = c.to();
            for (int k = c.from(); k < c.to(); k++) {
                if (k != tok && v.is(OTHER_EVENT, k)) {
                    if (k < tok) {
                        from = k + 1;
                    } else {
                        to = k;
                        break;
                    }
                }
            }
            if (from == c.from() && to == c.to() || from >= to) {
                return c;
            }
            return new Clause(c.sentence(), c.index(), from, to, v.toks.get(from).start(), v.toks.get(to - 1).end());
        }

        private List<EntityMention> participants(int s, Clause c, Clause scope, Trigger t) {
            List<EntityMention> out = linked(scope, t);
            if (Persons.distinct(out) < 2 && scope != c) {
                // the subjects the two events share: "X und Y hatten telefoniert und angekündigt, sich zu
                // treffen", "Nach seinem Treffen mit Y telefonierte X mit Z" (Z is the call's)
                out = new ArrayList<>(out);
                for (EntityMention p : linked(c, t)) {
                    if ((p.end() <= scope.start() || p.start() >= scope.end()) && persons.link(p, c) == Persons.Link.FREE) {
                        out.add(p);
                    }
                }
            }
            if (Persons.distinct(out) == 1 && hasPronoun(scope)) {
                EntityMention prev = lastPersonBefore(s, c, out.get(0).key());
                if (prev != null) {
                    out = new ArrayList<>(out);
                    out.add(0, prev);
                }
            }
            return Persons.dedupe(out);
        }

        /** Persons the clause links to the trigger (see the class comment). */
        private List<EntityMention> linked(Clause c, Trigger t) {
            boolean transitive = t.kind() == Kind.VERB && !hasWord(c, "sich") && !passive(c, t);
            List<EntityMention> out = new ArrayList<>(persons.participants(c, false));
            List<EntityMention> all = persons.personsIn(c);
            for (EntityMention p : all) {
                if (contains(out, p)) {
                    continue;
                }
                Persons.Link link = persons.link(p, c);
                if (link == Persons.Link.SOURCE) {
                    continue;
                }
                if (host(p, c, t) || attributeOfTrigger(p, c, t) || attachedToNoun(p, all, c, t)
                        || transitive && objectOf(p, c, t)) {
                    out.add(p);
                }
            }
            if (transitive && Persons.distinct(out) == 1) {
                // verb-final "X hat am Mittwoch den Präsidenten Y empfangen": the other free person is the object
                for (EntityMention p : all) {
                    if (!p.key().equals(out.get(0).key()) && persons.link(p, c) == Persons.Link.FREE) {
                        out.add(p);
                        break;
                    }
                }
            }
            if (t.kind() == Kind.NOUN
                    && v.hasAny(OTHER_EVENT, v.firstTok(c.sentence()), v.endTok(c.sentence()))) {
                // "Nach seinem Gipfeltreffen mit Putin hat Trump mit Selenskyj telefoniert": "mit
                // Selenskyj" belongs to the call
                out.removeIf(p -> (persons.link(p, c) == Persons.Link.WITH || persons.link(p, c) == Persons.Link.BETWEEN)
                        && !attachedToNoun(p, all, c, t));
            }
            extendLists(out, all, c);
            return out;
        }

        /**
         * "Gipfeltreffen mit X und Y", "Treffen zwischen X und Y", "Besuch von X": persons in a phrase
         * right after the meeting noun (and those listed with them).
         */
        private boolean attachedToNoun(EntityMention p, List<EntityMention> all, Clause c, Trigger t) {
            if (t.kind() != Kind.NOUN) {
                return false;
            }
            int before = wordBefore(p, c);
            if (before <= t.tok()) {
                return false;
            }
            String w = v.toks.get(before).lower();
            if (w.equals("mit") || w.equals("zwischen") || w.equals("von")) {
                for (int k = t.tok() + 1; k < before; k++) {
                    if (!nounPhraseWord(k)) {
                        return false;
                    }
                }
                return true;
            }
            if (w.equals("und") || w.equals("sowie") || w.equals(",")) {
                int i = all.indexOf(p);
                return i > 0 && listGap(all.get(i - 1), p) && attachedToNoun(all.get(i - 1), all, c, t);
            }
            return false;
        }

        private boolean passive(Clause c, Trigger t) {
            return v.toks.get(t.tok()).lower().equals("empfangen") && v.hasAny(PASSIVE, c.from(), c.to());
        }

        /** "wurde von X empfangen" (passive), "Besuch bei X", "zu Gast bei X": the host. */
        private boolean host(EntityMention p, Clause c, Trigger t) {
            int before = wordBefore(p, c);
            if (before < 0) {
                return false;
            }
            String w = v.toks.get(before).lower();
            String trig = v.toks.get(t.tok()).lower();
            if (w.equals("von") && passive(c, t)) {
                return true;
            }
            return w.equals("bei") && t.kind() == Kind.NOUN && trig.startsWith("besuch") && before > t.tok()
                    && before - t.tok() <= 4;
        }

        /** "Treffen der Außenminister X und Y", "Besuch des Präsidenten X": a genitive right after the noun. */
        private boolean attributeOfTrigger(EntityMention p, Clause c, Trigger t) {
            if (t.kind() != Kind.NOUN) {
                return false;
            }
            int first = v.tokenAt(p.start());
            if (first <= t.tok() || first - t.tok() > 5) {
                return false;
            }
            String det = v.toks.get(t.tok() + 1).lower();
            if (!List.of("des", "der").contains(det)) {
                return false;
            }
            for (int k = t.tok() + 2; k < first; k++) {
                if (!nounPhraseWord(k)) {
                    return false;
                }
            }
            return true;
        }

        /** "Er traf dort unter anderem den Sekretär des Sicherheitsrats, Sergej Schoigu": the verb's object. */
        private boolean objectOf(EntityMention p, Clause c, Trigger t) {
            int first = v.tokenAt(p.start());
            if (first <= t.tok()) {
                return false;
            }
            int k = t.tok() + 1;
            while (k < first) {
                int n = v.matchAt(OBJECT_SKIP, k, first);
                if (n > 0) {
                    k += n;
                    continue;
                }
                TimeMention d = dateAt(k);
                if (d != null) {
                    k = v.tokenAt(d.end());
                    continue;
                }
                if (!nounPhraseWord(k) && !v.toks.get(k).text().equals(",")
                        && !v.is(OBJECT_PREPOSITION, k)) {
                    return false;
                }
                k++;
            }
            return true;
        }

        private TimeMention dateAt(int k) {
            Tok tok = v.toks.get(k);
            for (TimeMention d : v.dates) {
                if (d.start() <= tok.start() && tok.end() <= d.end()) {
                    return d;
                }
                if (d.start() > tok.end()) {
                    break;
                }
            }
            return null;
        }

        /** Articles, adjectives, capitalised nouns, hyphens and genitive words inside a noun phrase. */
        private boolean nounPhraseWord(int k) {
            Tok tok = v.toks.get(k);
            String w = tok.lower();
            if (tok.text().equals("-") || v.is(NP_WORD, k) && !w.equals("und") && !w.equals("sowie")) {
                return true;
            }
            if (!tok.isWord() || v.is(AUXILIARY, k)) {
                return false;
            }
            if (tok.isCapitalized() || v.insideEntity(k)) {
                return true;
            }
            return w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es") || w.endsWith("em");
        }

        /** The token index of the word before a person's phrase (over role nouns and adjectives), or -1. */
        private int wordBefore(EntityMention p, Clause c) {
            int k = v.tokenAt(p.start()) - 1;
            int steps = 0;
            while (k >= c.from() && steps < 5) {
                Tok tok = v.toks.get(k);
                String w = tok.lower();
                boolean np = tok.isWord() && (tok.isCapitalized() || v.insideEntity(k))
                        || v.is(NP_WORD, k) && !w.equals("und") || tok.text().equals("-");
                if (!np || w.equals("von") || w.equals("bei")) {
                    return k;
                }
                k--;
                steps++;
            }
            return k >= c.from() ? k : -1;
        }

        /**
         * "Meloni, von der Leyen und der niederländische Regierungschef Dick Schoof": persons joined to the
         * participants by a list (commas and a final "und"/"sowie", role words in between).
         */
        private void extendLists(List<EntityMention> out, List<EntityMention> all, Clause c) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < all.size(); i++) {
                    EntityMention p = all.get(i);
                    if (contains(out, p) || persons.link(p, c) == Persons.Link.SOURCE
                            || persons.link(p, c) == Persons.Link.OUT) {
                        continue;
                    }
                    EntityMention prev = i > 0 ? all.get(i - 1) : null;
                    EntityMention next = i + 1 < all.size() ? all.get(i + 1) : null;
                    boolean afterMember = prev != null && contains(out, prev) && listGap(prev, p)
                            && (hasAnd(prev, p) || next != null && listGap(p, next) && hasAnd(p, next));
                    boolean beforeMember = next != null && contains(out, next) && listGap(p, next)
                            && (hasAnd(p, next) || prev != null && listGap(prev, p));
                    if (afterMember || beforeMember) {
                        out.add(p);
                        changed = true;
                    }
                }
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }

        private boolean listGap(EntityMention a, EntityMention b) {
            if (b.start() < a.end() || b.start() - a.end() > 60) {
                return false;
            }
            int from = v.tokenAt(a.end());
            int to = v.tokenAt(b.start());
            boolean separator = false;
            for (int k = from; k < to; k++) {
                Tok tok = v.toks.get(k);
                String w = tok.lower();
                if (tok.text().equals(",") || w.equals("und") || w.equals("sowie")) {
                    separator = true;
                    continue;
                }
                if (!nounPhraseWord(k)) {
                    return false;
                }
            }
            return separator;
        }

        private boolean hasAnd(EntityMention a, EntityMention b) {
            return LIST_AND.matcher(v.text.substring(a.end(), Math.max(a.end(), b.start()))).find();
        }

        private static boolean contains(List<EntityMention> ms, EntityMention m) {
            return ms.stream().anyMatch(o -> o.start() == m.start() && o.end() == m.end());
        }

        private boolean hasWord(Clause c, String lower) {
            for (int k = c.from(); k < c.to(); k++) {
                if (v.toks.get(k).lower().equals(lower)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasPronoun(Clause c) {
            for (int k = c.from(); k < c.to(); k++) {
                if (v.is(PRONOUN, k) && !v.insideEntity(k)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The last person named before clause {@code here} (in the two sentences before it or earlier in
         * its sentence) who is not a source.
         */
        private EntityMention lastPersonBefore(int s, Clause here, String notKey) {
            EntityMention best = null;
            for (int k = Math.max(0, s - 2); k <= s; k++) {
                for (Clause c : v.clauses.get(k)) {
                    if (k == s && c.index() >= here.index()) {
                        break;
                    }
                    for (EntityMention m : persons.personsIn(c)) {
                        if (!m.key().equals(notKey) && persons.link(m, c) != Persons.Link.SOURCE) {
                            best = m;
                        }
                    }
                }
            }
            return best;
        }

        // ---- reports --------------------------------------------------------------------

        /** "Das Treffen dauerte drei Stunden": a definite meeting noun that refers to the meeting in focus. */
        private boolean referring(Trigger t) {
            if (t.kind() != Kind.NOUN || !v.is(REFERRING_NOUN, t.tok())) {
                return false;
            }
            for (int k = t.tok() - 1; k >= Math.max(0, t.tok() - 4); k--) {
                if (v.is(DEFINITE, k)) {
                    return true;
                }
                if (!nounPhraseWord(k) && !v.toks.get(k).isWord()) {
                    return false;
                }
            }
            return false;
        }

        private boolean refer(int s, Clause c, Clause scope, Trigger t, List<EntityMention> explicit) {
            EventDraft last = book.last();
            if (last == null || s - last.lastSentence > EventBook.FOCUS_WINDOW) {
                return false;
            }
            for (int k = last.lastSentence + 1; k <= s; k++) {
                for (List<EventMention> others : List.of(calls, rounds)) {
                    for (EventMention e : others) {
                        if (coversSentence(e, k)) {
                            return false; // a call or round came in between: "das Treffen" may be that one
                        }
                    }
                }
            }
            Cues.DateHit date = date(s, c, scope, t);
            Report r = new Report(v.toks.get(t.tok()), t.tok() + 1, s, scope, explicit, true, true,
                    date == null ? null : date.value(), date == null ? null : date.mention(), duration(scope, t),
                    null, status(scope, date), Cues.background(v, scope), false, null, null, location(scope, t));
            return book.add(r, null, last) != null;
        }

        private boolean report(int s, Clause c, Clause scope, Trigger t, List<EntityMention> people) {
            Cues.DateHit date = date(s, c, scope, t);
            EventStatus status = status(scope, date);
            if (topic(c, t.tok()) && status != EventStatus.PLANNED || !nounReports(c, t, people, status)) {
                return false; // "sprachen über den Gipfel": what was discussed, not a meeting reported here
            }
            Report r = new Report(v.toks.get(t.tok()), t.tok() + 1, s, scope, people, false, false,
                    date == null ? null : date.value(), date == null ? null : date.mention(), duration(scope, t),
                    Cues.ordinal(v, scope, t.tok()), status, Cues.background(v, scope), true, null, null,
                    location(scope, t));
            return book.add(r, people, null) != null;
        }

        /** A noun trigger right after "über"/"um" (over articles and adjectives): the topic of the clause. */
        private boolean topic(Clause c, int tok) {
            return governedBy(c, tok, TOPIC_PREPOSITION);
        }

        /** The noun phrase of the trigger ({@code tok}) starts right after a word of {@code section}. */
        private boolean governedBy(Clause c, int tok, Lexicon.Section section) {
            for (int k = tok - 1; k >= Math.max(c.from(), tok - 5); k--) {
                Tok w = v.toks.get(k);
                if (v.matchAt(section, k, tok) > 0) {
                    return true;
                }
                boolean np = v.is(NP_WORD, k) && !w.lower().equals("und")
                        || w.isWord() && !w.isCapitalized() && nounPhraseWord(k) || v.is(MODIFIER, k);
                if (!np) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A meeting noun reports a meeting when a person is attached to it ("Treffen mit X", "Gipfel
         * zwischen X und Y", "Besuch des Präsidenten X"), when it is the setting of the clause ("zu einem
         * Besuch in Kiew", "beim Gipfel", "ihr Treffen") or when it is announced; not as the object of
         * another verb ("Lawrow und Rubio loten einen Gipfel aus") or a plural ("regelmäßige Treffen").
         */
        private boolean nounReports(Clause c, Trigger t, List<EntityMention> people, EventStatus status) {
            if (t.kind() != Kind.NOUN) {
                return true;
            }
            if (plural(c, t.tok())) {
                return false;
            }
            if (status == EventStatus.PLANNED && !anchor(c, t.tok()) || governedBy(c, t.tok(), SETTING_PHRASE)) {
                return true;
            }
            for (EntityMention p : people) {
                int first = v.tokenAt(p.start());
                if (first > t.tok() && first - t.tok() <= 8) {
                    int k = t.tok() + 1;
                    while (k < first && (nounPhraseWord(k) || v.is(OBJECT_PREPOSITION, k)
                            && !v.toks.get(k).lower().equals("am"))) {
                        String w = v.toks.get(k).lower();
                        if (w.equals("mit") || w.equals("zwischen") || w.equals("von") || w.equals("bei")) {
                            return true;
                        }
                        k++;
                    }
                    String w = v.toks.get(k).lower();
                    if (k == first || w.equals("mit") || w.equals("zwischen") || w.equals("von") || w.equals("bei")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** "kontinuierliche persönliche Treffen", "mehrere Treffen": a series without an article. */
        private boolean plural(Clause c, int tok) {
            if (!v.toks.get(tok).lower().equals("treffen")) {
                return false;
            }
            boolean adjective = false;
            for (int k = tok - 1; k >= c.from(); k--) {
                Tok w = v.toks.get(k);
                String lower = w.lower();
                if (v.is(NP_WORD, k) || v.is(SINGULAR_DETERMINER, k)) {
                    return false;
                }
                if (v.is(SERIES, k)) {
                    return true;
                }
                if (w.isWord() && !w.isCapitalized() && lower.endsWith("e")) {
                    adjective = true;
                    continue;
                }
                break;
            }
            return adjective;
        }

        private boolean anchor(Clause c, int tok) {
            return governedBy(c, tok, ANCHOR_PREPOSITION);
        }

        private EventStatus status(Clause c, Cues.DateHit date) {
            if (Cues.status(v, c) == EventStatus.PLANNED || v.hasAny(PLANNED, c.from(), c.to())) {
                return EventStatus.PLANNED;
            }
            if (date != null && v.published != null && date.value().precision() == TimeValue.Precision.DAY
                    && date.value().date().isAfter(v.published)) {
                return EventStatus.PLANNED;
            }
            return EventStatus.HELD;
        }

        /**
         * The date governing the trigger ({@link Cues#date}), unless another event's word stands between
         * them ("hatten am Donnerstag telefoniert und angekündigt, sich zu treffen"), the meeting is a time
         * anchor ("Nach seinem Treffen mit Putin telefonierte Trump am Freitag") or a topic ("sprachen am
         * Montag über ein Treffen").
         */
        private Cues.DateHit date(int s, Clause c, Clause scope, Trigger t) {
            if (t.kind() == Kind.NOUN && anchor(c, t.tok())) {
                return null;
            }
            int topicFrom = -1;
            if (t.kind() == Kind.NOUN && topic(c, t.tok())) {
                for (int k = t.tok() - 1; k >= c.from(); k--) {
                    if (v.is(TOPIC_PREPOSITION, k)) {
                        topicFrom = v.toks.get(k).start();
                        break;
                    }
                }
            }
            Cues.DateHit hit = Cues.date(v, s, scope, t.tok());
            if (hit != null && (hit.mention() == null || dateFits(hit.mention(), t.tok(), topicFrom))) {
                return hit;
            }
            for (TimeMention d : Cues.eventDates(v, scope, t.tok())) {
                if (dateFits(d, t.tok(), topicFrom)) {
                    return new Cues.DateHit(d.value(), d);
                }
            }
            return null;
        }

        private boolean dateFits(TimeMention d, int tok, int topicFrom) {
            if (topicFrom >= 0 && d.start() < topicFrom) {
                return false;
            }
            int a = Math.min(v.tokenAt(d.end()), tok + 1);
            int b = Math.max(v.tokenAt(d.start()), tok);
            for (int k = a; k < b; k++) {
                if (v.is(OTHER_EVENT, k)) {
                    return false;
                }
            }
            return true;
        }

        private DurationMention duration(Clause c, Trigger t) {
            return Cues.duration(v, c, t.tok());
        }

        /**
         * Where: the city after in/im/nach/bei (over adjectives: "im russischen Kasan") nearest to the
         * trigger, else such a country; after a meeting noun only what follows it ("Besuch in Kiew"),
         * never the place of a source ("nach Angaben des Außenministeriums in Moskau") or of an earlier
         * meeting ("nach einem Treffen mit EU-Staaten in Dänemark").
         */
        private EntityMention location(Clause c, Trigger t) {
            for (EntityType type : List.of(EntityType.CITY, EntityType.COUNTRY)) {
                EntityMention best = null;
                int bestDistance = Integer.MAX_VALUE;
                for (EntityMention m : v.entitiesIn(c.start(), c.end(), type)) {
                    int first = v.tokenAt(m.start());
                    if (m.kind() == MentionKind.ADJECTIVE || t.kind() == Kind.NOUN && first < t.tok()) {
                        continue;
                    }
                    int k = first - 1;
                    int steps = 0;
                    while (k >= c.from() && steps < 4 && !LOCATIVE.contains(v.toks.get(k).lower()) && nounPhraseWord(k)) {
                        k--;
                        steps++;
                    }
                    if (k < c.from() || !LOCATIVE.contains(v.toks.get(k).lower()) || foreignPlace(c, t, k)) {
                        continue;
                    }
                    int distance = Math.abs(first - t.tok());
                    if (distance < bestDistance) {
                        best = m;
                        bestDistance = distance;
                    }
                }
                if (best != null) {
                    return best;
                }
            }
            return null;
        }

        /** The locative at token {@code k} belongs to a source phrase or to another meeting noun. */
        private boolean foreignPlace(Clause c, Trigger t, int k) {
            for (int i = k - 1; i >= Math.max(c.from(), k - 5); i--) {
                String w = v.toks.get(i).lower();
                if (i == t.tok()) {
                    return false;
                }
                if (w.equals("angaben") || w.equals("laut") || v.toks.get(i).isCapitalized() && v.is(NOUN, i)
                        && anchor(c, i)) {
                    return true;
                }
            }
            return false;
        }
    }
}
