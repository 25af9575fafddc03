package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Layer;
import org.diplograph.extract.MentionKind;

/**
 * Finds the phone calls an article reports (Layer.CALLS): each distinct call once, with its
 * participants (two or more persons), date, duration, ordinal, status, topics and every sentence
 * that reports it.
 *
 * <p>Triggers ("telefonierte", "Telefonat", "rief ... an", "am Telefon") always report a call;
 * "Gespräch", "sprechen" and "Unterhaltung" only in an article about calls and never next to
 * "persönlich", "Gipfel", "Besuch" or delegations; "Treffen" only right after a sentence about a
 * series of calls ("vier weitere Telefongespräche ... Das erste Treffen fand am 12. Februar
 * statt"). Participants come from the trigger's clause (see {@link Persons}); sources such as
 * "sagte Uschakow" never take part; "die beiden Präsidenten", "sie" and "er" refer back. Topics are
 * the countries, regions, cities and organisations of the clauses that say what was discussed
 * ("Themen waren ...", "Im Mittelpunkt stand ...", "es sei um ... gegangen", "berieten über ...",
 * "mit Blick auf ..." in the call's own clause), never a participant's own country, a venue or a
 * source; negated clauses ("kamen nicht zur Sprache") give {@code notDiscussed}. A call that is
 * only demanded, offered, refused, denied or negated ("forderte ein Telefonat", "haben nicht
 * telefoniert") is no call; so is one that is denied ("wies ... zurück"), asked about ("ob") or
 * has "keine Pläne". One caller with several partners makes one call per partner when each has
 * its own "mit", a distributive word stands in the clause ("nacheinander", "sowohl ... als auch")
 * or the verb is transitive ("rief A und B an"); a multi-party call that only sums up such pair
 * calls (a headline) is dropped. "er", "ihm", "ihn" refer to the subject of an earlier clause or
 * sentence. "sprechen"/"Gespräch" in a sentence about a summit, a reception or a meeting, or placed
 * in a city, is in person. Text after a boilerplate footer ("Related Articles") is ignored.
 */
public final class CallExtractor implements Extractor<EventMention> {
    private static final Lexicon CALLS = Lexicon.of("call-triggers.txt");
    private static final Lexicon TOPICS = Lexicon.of("topic-cues.txt");
    private static final Lexicon PART = Lexicon.of("participant-cues.txt");
    private static final Lexicon.Section STRONG = CALLS.section("strong");
    private static final Lexicon.Section PLURAL = CALLS.section("plural");
    private static final Lexicon.Section SEPARABLE = CALLS.section("separable");
    private static final Lexicon.Section WEAK = CALLS.section("weak");
    private static final Lexicon.Section MEETING = CALLS.section("meeting");
    private static final Lexicon.Section HAPPEN = CALLS.section("happen");
    private static final Lexicon.Section EVENT_PRONOUN = CALLS.section("event-pronoun");
    private static final Lexicon.Section NOT_CALL = CALLS.section("not-call");
    private static final Lexicon.Section CANCELLED = CALLS.section("cancelled");
    private static final Lexicon.Section REQUESTED = CALLS.section("requested");
    private static final Lexicon.Section INDEFINITE = CALLS.section("indefinite");
    private static final Lexicon.Section NO_CALL_DETERMINER = CALLS.section("no-call-determiner");
    private static final Lexicon.Section SETTING = CALLS.section("setting");
    private static final Lexicon.Section NEGATED_VERB = CALLS.section("negated-verb");
    private static final Lexicon.Section NEGATION_EXCEPTION = CALLS.section("negation-exception");
    private static final Lexicon.Section DENIED = CALLS.section("denied");
    private static final Lexicon.Section DENIED_SEPARABLE = CALLS.section("denied-separable");
    private static final Lexicon.Section REPORTED_CLAIM = CALLS.section("reported-claim");
    private static final Lexicon.Section UNCERTAIN = CALLS.section("uncertain");
    private static final Lexicon.Section OBJECT_PRONOUN = CALLS.section("object-pronoun");
    private static final Lexicon.Section SEQUENCE = CALLS.section("sequence");
    private static final Lexicon.Section DISTRIBUTIVE = PART.section("distributive");
    private static final Lexicon.Section POSSESSIVE = PART.section("possessive");
    private static final Lexicon.Section PLURAL_ANAPHOR = PART.section("plural-anaphor");
    private static final Lexicon.Section NP_WORD = PART.section("np-word");
    private static final Lexicon.Section ANAPHORIC_OPENER = TOPICS.section("anaphoric-opener");
    private static final Lexicon.Section EXPLICIT = TOPICS.section("explicit");
    private static final Lexicon.Section THEME = TOPICS.section("theme");
    private static final Lexicon.Section THEME_VERB = TOPICS.section("theme-verb");
    private static final Lexicon.Section FOCUS = TOPICS.section("focus");
    private static final Lexicon.Section FOCUS_VERB = TOPICS.section("focus-verb");
    private static final Lexicon.Section IN_CALL = TOPICS.section("in-call");
    private static final Lexicon.Section TOPIC_HEAD = TOPICS.section("topic-head");
    private static final Lexicon.Section CONTINUATION = TOPICS.section("continuation");
    private static final Lexicon.Section TIME_SHIFT = TOPICS.section("time-shift");
    private static final Lexicon.Section IMPERSONAL = TOPICS.section("impersonal");
    private static final Lexicon.Section PASSIVE = TOPICS.section("passive");
    private static final Lexicon.Section GENITIVE = TOPICS.section("genitive-article");
    private static final Lexicon.Section ABOUT_VERB = TOPICS.section("about-verb");
    private static final Lexicon.Section TOPIC_SEPARABLE = TOPICS.section("separable");
    private static final Lexicon.Section CONTENT = TOPICS.section("content");
    private static final Lexicon.Section UM_VERB = TOPICS.section("um-verb");
    private static final Lexicon.Section READOUT_AUX = TOPICS.section("readout-aux");
    private static final Lexicon.Section NEGATION = TOPICS.section("negation");
    private static final Lexicon.Section TOPIC_STOP = Cues.TEXT.section("topic-stop");
    /** Every call trigger is, or starts with, a word of one of these sections (see {@code triggers}). */
    private static final Lexicon.Sections ANY_TRIGGER = Lexicon.anyOf(STRONG, PLURAL, SEPARABLE, WEAK, MEETING, HAPPEN);
    /** Every topic cue but "über" and "um" is, or starts with, a word of these (see {@code topics}). */
    private static final Lexicon.Sections ANY_TOPIC_CUE = Lexicon.anyOf(EXPLICIT, THEME, FOCUS, IN_CALL, TOPIC_SEPARABLE,
            CONTENT);
    /** Words before a weak trigger that make it name a known event ({@code definite}). */
    private static final Set<String> DEFINITE = Set.of("das", "dem", "des", "im", "beim", "dieses", "diesem", "einem",
            "eines", "ein", "vom");
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:.]");
    private static final Pattern LINKING_WORD = Pattern.compile("\\b(und|sowie|über|um|mit)\\b");

    @Override
    public Layer<EventMention> produces() {
        return Layer.CALLS;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.DATES, Layer.DURATIONS);
    }

    @Override
    public List<EventMention> extract(AnnotatedArticle article) {
        return new Run(ArticleView.of(article, true)).run();
    }

    private enum Kind { STRONG, SEPARABLE, WEAK, MEETING, HAPPEN }

    private record Trigger(int tok, int endTok, Kind kind, Clause clause) {
    }

    /** A trigger of the current sentence and the event it was resolved to. */
    private record Resolved(Trigger trigger, EventDraft event) {
    }

    /** The state of one extraction: confined to one article. */
    private static final class Run {
        private final ArticleView v;
        private final EventBook book;
        private final Persons persons;
        /** Whether the article is about calls ({@link #callContext()}): null until a weak trigger asks. */
        private Boolean callContext;
        /** Which countries each person represents ({@link #collectRepresents}): null until a topic asks. */
        private Map<String, Set<String>> represents;
        private int seriesSentence = -10;
        /** The call a readout sentence continues when the last event named is a background call. */
        private EventDraft readoutFocus;
        private List<EntityMention> seriesParticipants = List.of();

        Run(ArticleView v) {
            this.v = v;
            this.book = new EventBook(EventType.PHONE_CALL, v);
            this.persons = new Persons(v, this::isTriggerNoun);
        }

        List<EventMention> run() {
            for (int s = 0; s < v.sentenceCount(); s++) {
                List<Trigger> triggers = triggers(s);
                // most sentences have no trigger: no list for them
                List<Resolved> resolved = triggers.isEmpty() ? List.of() : new ArrayList<>(triggers.size());
                for (int k = 0; k < triggers.size(); k++) {
                    Trigger t = triggers.get(k);
                    EventDraft e = resolve(s, t);
                    if (e != null) {
                        resolved.add(new Resolved(t, e));
                    }
                }
                if (!resolved.isEmpty()) {
                    enumerate(s, resolved.get(0).trigger(), resolved.get(0).event());
                }
                topics(s, resolved);
            }
            return withoutSummaries(book.result());
        }

        /**
         * "Erdoğan telefoniert mit Putin und Selenskyj" (a headline) over "Erdoğan telefonierte mit
         * Putin. Anschließend telefonierte er mit Selenskyj": a call of three or more persons is a
         * summary when one of them (the hub) has a separate call of the article with each of the
         * others, at a compatible date - the separate calls stand, the summary goes.
         */
        private static List<EventMention> withoutSummaries(List<EventMention> calls) {
            List<EventMention> out = new ArrayList<>(calls.size());
            for (EventMention e : calls) {
                if (!summary(e, calls)) {
                    out.add(e);
                }
            }
            return out;
        }

        private static boolean summary(EventMention e, List<EventMention> calls) {
            List<String> keys = e.participantKeys();
            if (keys.size() < 3) {
                return false;
            }
            for (String hub : keys) {
                boolean all = true;
                for (String other : keys) {
                    if (!other.equals(hub) && !hasPair(e, hub, other, calls)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasPair(EventMention e, String a, String b, List<EventMention> calls) {
            for (EventMention f : calls) {
                List<String> k = f.participantKeys();
                if (k.size() == 2 && k.contains(a) && k.contains(b)
                        && (e.date() == null || f.date() == null || e.date().equals(f.date()))) {
                    return true;
                }
            }
            return false;
        }

        // ---- triggers -------------------------------------------------------------------

        /**
         * True when the article has a strong trigger or a plural "Telefonate": only then do weak
         * triggers report calls. Looked up when the first weak trigger asks, as most articles have none.
         */
        private boolean callContext() {
            if (callContext == null) {
                callContext = hasStrongTrigger();
            }
            return callContext;
        }

        private boolean hasStrongTrigger() {
            for (int s = 0; s < v.sentenceCount(); s++) {
                for (int i = v.firstTok(s); i < v.endTok(s); i++) {
                    if (v.matchAt(STRONG, i, v.endTok(s)) > 0 || v.is(PLURAL, i)
                            && v.toks.get(i).lower().startsWith("telefon")) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean isTriggerNoun(int i) {
            Tok t = v.toks.get(i);
            return t.isCapitalized() && (v.is(STRONG, i) || v.is(WEAK, i));
        }

        private List<Trigger> triggers(int s) {
            List<Trigger> out = null; // made for the first trigger: most sentences have none
            int end = v.endTok(s);
            Clause checked = null; // the clause whose cancellation cue was looked up last
            boolean cancelled = false;
            for (int i = v.firstTok(s); i < end; i++) {
                if (!v.mayStart(ANY_TRIGGER, i)) {
                    continue; // each branch below needs a word of one of these sections
                }
                Tok tok = v.toks.get(i);
                String w = tok.lower();
                Clause c = v.clauseOfToken(s, i);
                if (c != checked) {
                    checked = c;
                    cancelled = v.hasAny(CANCELLED, c.from(), c.to());
                }
                if (cancelled) {
                    continue; // "kam nicht zustande", "telefonisch nicht zu erreichen"
                }
                if (v.is(PLURAL, i)) {
                    if (w.startsWith("telefon") || w.startsWith("anruf")) {
                        seriesSentence = s;
                        seriesParticipants = persons.participants(c);
                    }
                    continue;
                }
                Kind kind = null;
                int n = v.matchAt(STRONG, i, c.to());
                if (n > 0) {
                    kind = Kind.STRONG;
                } else if (v.is(SEPARABLE, i) && lastWord(c).equals("an")) {
                    kind = Kind.SEPARABLE;
                    n = 1;
                } else if (v.is(WEAK, i) && callContext() && !inPerson(s, c) && !separableParticle(c, w)) {
                    kind = Kind.WEAK;
                    n = 1;
                } else if (v.is(MEETING, i) && tok.isCapitalized() && s - seriesSentence <= 1
                        && seriesSentence >= 0 && !notCallNear(c, i)) {
                    kind = Kind.MEETING;
                    n = 1;
                } else if (v.is(HAPPEN, i) && c.index() == 0 && v.is(EVENT_PRONOUN, v.firstTok(s))) {
                    kind = Kind.HAPPEN;
                    n = 1;
                }
                if (kind == null || kind != Kind.MEETING && kind != Kind.HAPPEN && notHeld(s, c, i)) {
                    continue;
                }
                Trigger t = new Trigger(i, i + n, kind, c);
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                int same = 0; // one trigger per clause: the best ranked, else the first
                while (same < out.size() && !out.get(same).clause().equals(c)) {
                    same++;
                }
                if (same == out.size()) {
                    out.add(t);
                } else if (rank(kind) < rank(out.get(same).kind())) {
                    out.set(same, t);
                }
                i += n - 1;
            }
            return out == null ? List.of() : out;
        }

        /**
         * A trigger that names a call that did not take place: "kein Telefonat" (the negative
         * determiner right before the noun), a call only wanted, offered or refused ("forderte
         * ein Telefonat mit Putin", "lehnte einen Anruf ab", "sei zu einem Telefonat bereit",
         * "bereit, mit Selenskyj zu telefonieren"), a negated verb ("haben nicht miteinander
         * telefoniert", "noch nie telefoniert", but "nicht nur telefoniert"), or a denial before
         * the trigger in its sentence ("Der Kreml dementierte, dass Putin mit Trump telefoniert habe").
         */
        private boolean notHeld(int s, Clause c, int i) {
            Tok tok = v.toks.get(i);
            for (int k = v.firstTok(s); k < i; k++) {
                if (v.is(DENIED, k) || deniedSeparable(s, k)) {
                    return true; // a denial before the trigger covers the whole report
                }
            }
            // "Berichte, wonach Trump und Putin telefoniert hätten, wies der Kreml zurück": a denial
            // after the trigger covers a call reported as a claim (wonach, dass, Konjunktiv)
            if (v.hasAny(REPORTED_CLAIM, c.from(), c.to())) {
                for (int k = i + 1; k < v.endTok(s); k++) {
                    if (v.is(DENIED, k) || deniedSeparable(s, k)) {
                        return true;
                    }
                }
            }
            // "Ob es ein Telefonat zwischen Merz und Putin geben wird, steht nicht fest",
            // "Trump ließ offen, ob er mit Putin telefonieren werde": a question, no call
            for (int k = c.from(); k < i; k++) {
                if (v.is(UNCERTAIN, k)) {
                    return true;
                }
            }
            if (tok.isCapitalized() && i > c.from()) {
                if (v.is(NO_CALL_DETERMINER, i - 1)) {
                    return true; // "kein Telefonat" ("kein einfaches Gespräch" is a call that was hard)
                }
                // the determiner right before the noun, or before one adjective ("ein weiteres Telefonat")
                int det = v.is(INDEFINITE, i - 1) ? i - 1
                        : i - 2 >= c.from() && v.is(INDEFINITE, i - 2) && !v.toks.get(i - 1).isCapitalized()
                                && v.toks.get(i - 1).isWord() ? i - 2 : -1;
                if (det < 0 && v.toks.get(i - 1).lower().equals("zum")) {
                    det = i - 1; // "zum Telefonat bereit": the article is inside "zum"
                }
                boolean setting = det > c.from() && v.is(SETTING, det - 1);
                return det >= 0 && !setting && requestNear(c, i, false);
            }
            if (!tok.isCapitalized()) {
                // "bereit, mit Selenskyj zu telefonieren", "angeboten, Putin anzurufen"
                boolean infinitive = tok.lower().startsWith("anzu")
                        || i > c.from() && v.toks.get(i - 1).lower().equals("zu");
                if (infinitive && requestNear(c, i, true)) {
                    return true;
                }
                for (int k = i - 1; k >= c.from(); k--) {
                    if (v.is(NEGATED_VERB, k) && !(k + 1 < i && v.is(NEGATION_EXCEPTION, k + 1))) {
                        return true; // "nicht telefoniert", "nicht mehr miteinander telefoniert"
                    }
                }
            }
            return false;
        }

        /** "wies ... zurück": a separable denial verb at {@code k} with its particle later in the sentence. */
        private boolean deniedSeparable(int s, int k) {
            if (!v.is(DENIED_SEPARABLE, k)) {
                return false;
            }
            for (int j = k + 1; j < v.endTok(s); j++) {
                if (v.toks.get(j).lower().equals("zurück")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when a request, offer, refusal or possibility word ([requested]) stands in the clause
         * with no comma between it and the trigger (a relative clause "Ein Telefonat, in dem Trump
         * eine Waffenruhe forderte" is not covered); {@code beforeOnly}: only words before the trigger,
         * commas allowed ("bereit, mit ihm zu telefonieren").
         */
        private boolean requestNear(Clause c, int i, boolean beforeOnly) {
            for (int k = i - 1; k >= c.from(); k--) {
                if (!beforeOnly && v.toks.get(k).text().equals(",")) {
                    break;
                }
                if (v.matchAt(REQUESTED, k, c.to()) > 0) {
                    return true;
                }
            }
            if (beforeOnly) {
                return false;
            }
            for (int k = i + 1; k < c.to(); k++) {
                if (v.toks.get(k).text().equals(",")) {
                    break;
                }
                if (v.matchAt(REQUESTED, k, c.to()) > 0) {
                    return true;
                }
            }
            return false;
        }

        private static int rank(Kind k) {
            return switch (k) {
                case STRONG, SEPARABLE -> 0;
                case MEETING -> 1;
                case WEAK -> 2;
                case HAPPEN -> 3;
            };
        }

        private String lastWord(Clause c) {
            for (int i = c.to() - 1; i >= c.from(); i--) {
                if (v.toks.get(i).isWord()) {
                    return v.toks.get(i).lower();
                }
            }
            return "";
        }

        /** "sprachen ... an" (ansprechen), "sprach sich ... aus": not a conversation. */
        private boolean separableParticle(Clause c, String w) {
            if (!w.startsWith("sprach") && !w.startsWith("sprech") && !w.equals("spricht")) {
                return false;
            }
            String last = lastWord(c);
            return last.equals("an") || last.equals("aus");
        }

        /** "ein persönliches Treffen": a not-call word right next to the trigger. */
        private boolean notCallNear(Clause c, int i) {
            for (int k = Math.max(c.from(), i - 3); k < Math.min(c.to(), i + 4); k++) {
                if (k != i && v.is(NOT_CALL, k)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A weak trigger ("sprach mit", "Gespräch") in person: a not-call word anywhere in its
         * sentence ("Am Mittwoch empfängt er Selenskyj im Weißen Haus, wo die beiden ... sprechen
         * wollen", "Bei ihrem Treffen in Paris sprachen ..."), or a city as the place of its clause
         * ("sprach Selenskyj in Kiew mit Merz", "hatte Trump in Washington mit Selenskyj gesprochen").
         */
        private boolean inPerson(int s, Clause c) {
            for (Clause o : v.clauses.get(s)) {
                if (v.hasAny(NOT_CALL, o.from(), o.to())) {
                    return true;
                }
            }
            for (EntityMention m : v.entitiesIn(c.start(), c.end(), EntityType.CITY)) {
                int t = v.tokenAt(m.start());
                for (int k = t - 1; k >= Math.max(c.from(), t - 3); k--) {
                    String w = v.toks.get(k).lower();
                    if (w.equals("in") || w.equals("im")) {
                        return true;
                    }
                    if (!v.toks.get(k).isWord() || v.toks.get(k).isCapitalized() && k < t - 1) {
                        break;
                    }
                }
            }
            return false;
        }

        // ---- resolution -----------------------------------------------------------------

        private EventDraft resolve(int s, Trigger t) {
            Clause c = t.clause();
            List<EntityMention> explicit = ownPredicate(t, persons.participants(c, transitive(t) || adverbialObject(t)));
            List<EntityMention> named = Persons.distinct(explicit) >= 2 ? explicit : null;
            if (named == null && explicit.size() == 1) {
                named = completeSingle(s, c, t, explicit.get(0));
            }
            EventDraft inherited = null;
            if (named == null && t.kind() == Kind.MEETING && Persons.distinct(seriesParticipants) >= 2) {
                named = seriesParticipants;
            }
            // "Seit Februar gab es mehrere Telefonate zwischen Trump und Putin. Beim letzten Gespräch
            // am Montag ...": a definite call noun right after a series names one call of the series
            if (named == null && explicit.isEmpty() && t.kind() != Kind.HAPPEN && s - seriesSentence == 1
                    && Persons.distinct(seriesParticipants) >= 2 && definiteNear(t)) {
                named = seriesParticipants;
            }
            boolean anaphoric = hasPluralAnaphor(c);
            if (named == null && t.kind() == Kind.WEAK && explicit.isEmpty() && !anaphoric && !definite(t)) {
                return null;
            }
            Cues.DateHit date = Cues.date(v, s, c, t.tok());
            EventStatus status = Cues.status(v, c, t.tok(), t.endTok());
            boolean background = Cues.background(v, c) || t.kind() == Kind.MEETING;
            String agent = null;
            String recipient = null;
            if (named != null && transitive(t) && Persons.distinct(named) == 2 && !passive(c)) {
                agent = named.get(0).key();
                recipient = named.get(1).key();
            }
            List<List<EntityMention>> pairs = named == null ? List.of() : distributivePairs(c, named, transitive(t));
            if (!pairs.isEmpty()) {
                EventDraft first = null;
                for (List<EntityMention> pair : pairs) {
                    Report r = new Report(v.toks.get(t.tok()), t.endTok(), s, c, pair, false, false,
                            date == null ? null : date.value(), date == null ? null : date.mention(), null, null,
                            status, background, t.kind() != Kind.HAPPEN, null, null, null);
                    EventDraft e = book.add(r, pair, null);
                    first = first == null ? e : first;
                }
                return first;
            }
            Report r = new Report(v.toks.get(t.tok()), t.endTok(), s, c, named == null ? explicit : named, anaphoric,
                    named == null, date == null ? null : date.value(), date == null ? null : date.mention(),
                    Cues.duration(v, c, t.tok()), negatedOrdinal(c) ? null : Cues.ordinal(v, c, t.tok()), status, background,
                    named != null && t.kind() != Kind.HAPPEN, agent, recipient, null);
            return book.add(r, named, null);
        }

        /**
         * "Merz telefonierte jeweils mit Macron und Starmer", "nacheinander mit A und B": one call
         * of the subject with each "mit" partner (and "A und B telefonierten jeweils mit C": one
         * call of each subject with C). Empty unless the clause has a distributive word and one
         * side has exactly one person. Duration and ordinal
         * stay unset: the text does not say which call they belong to.
         */
        private List<List<EntityMention>> distributivePairs(Clause c, List<EntityMention> named, boolean transitive) {
            List<EntityMention> with = new ArrayList<>();
            List<EntityMention> others = new ArrayList<>();
            for (EntityMention p : named) {
                (persons.link(p, c) == Persons.Link.WITH ? with : others).add(p);
            }
            // without a word that says the calls were separate, several partners share one call: the text
            // does not say that "telefonierte mit Macron und mit Starmer" or "rief A und B an" were two calls
            if (!v.hasAny(DISTRIBUTIVE, c.from(), c.to())) {
                return List.of();
            }
            if (transitive && with.isEmpty()) {
                // "Macron rief sowohl Selenskyj als auch Putin an", "Trump rief nacheinander Selenskyj und
                // Erdoğan an": one caller dials each callee
                List<List<EntityMention>> sides = persons.transitiveSides(c);
                if (Persons.distinct(sides.get(0)) == 1 && Persons.distinct(sides.get(1)) >= 2) {
                    return pairsOf(sides.get(0).get(0), sides.get(1));
                }
                return List.of();
            }
            List<EntityMention> one;
            List<EntityMention> many;
            if (Persons.distinct(with) >= 2 && Persons.distinct(others) == 1) {
                one = others;
                many = with;
            } else if (Persons.distinct(with) == 1 && Persons.distinct(others) >= 2) {
                one = with; // "Merz und Macron telefonierten jeweils mit Trump"
                many = others;
            } else {
                return List.of();
            }
            return pairsOf(one.get(0), many);
        }

        private static List<List<EntityMention>> pairsOf(EntityMention one, List<EntityMention> many) {
            List<List<EntityMention>> out = new ArrayList<>();
            for (EntityMention m : Persons.dedupe(many)) {
                if (!m.key().equals(one.key())) {
                    out.add(List.of(one, m));
                }
            }
            return out;
        }

        /**
         * "Er telefonierte mit Trump und sprach anschließend mit Merz im Kanzleramt": behind a
         * verbal trigger, "und"/"aber" and a lower-case word that is no [sequence] adverb start
         * another predicate; the persons after it are not the call's.
         */
        private List<EntityMention> ownPredicate(Trigger t, List<EntityMention> named) {
            if (v.toks.get(t.tok()).isCapitalized()) {
                return named;
            }
            Clause c = t.clause();
            for (int k = t.endTok(); k + 1 < c.to(); k++) {
                String w = v.toks.get(k).lower();
                if (!w.equals("und") && !w.equals("aber")) {
                    continue;
                }
                Tok next = v.toks.get(k + 1);
                if (!next.isWord() || next.isCapitalized() || v.is(NP_WORD, k + 1) || v.is(SEQUENCE, k + 1)
                        || next.lower().equals("mit") || next.lower().equals("zwischen") || adjectiveAt(k + 1)
                        || t.endTok() - t.tok() >= 2 && (v.is(WEAK, k + 1) || v.is(STRONG, k + 1))) {
                    // "griff zum Telefon und sprach mit Selenskyj": after a phrase trigger the second
                    // verb is the call itself
                    continue;
                }
                int cut = next.start();
                List<EntityMention> out = new ArrayList<>();
                for (EntityMention p : named) {
                    if (p.start() < cut) {
                        out.add(p);
                    }
                }
                return out;
            }
            return named;
        }

        /** "britischen Premier": a lower-case word with an adjective ending before a capitalised word. */
        private boolean adjectiveAt(int i) {
            String w = v.toks.get(i).lower();
            boolean ending = w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es")
                    || w.endsWith("em");
            return ending && i + 1 < v.toks.size() && v.toks.get(i + 1).isCapitalized();
        }

        /** "X rief Y an", "X hat Y angerufen": the text says who called whom. */
        private boolean transitive(Trigger t) {
            String w = v.toks.get(t.tok()).lower();
            return t.kind() == Kind.SEPARABLE || w.equals("angerufen") || w.equals("anzurufen")
                    || w.equals("anrufen") && !v.toks.get(t.tok()).isCapitalized();
        }

        /**
         * "Scholz hatte Selenskyj telefonisch informiert": the adverb "telefonisch" with a
         * transitive verb and no "mit"/"zwischen" in the clause; subject and object talk to each
         * other (who called whom is not said, so no agent is set).
         */
        private boolean adverbialObject(Trigger t) {
            String w = v.toks.get(t.tok()).lower();
            // "Erdoğan habe Putin am Telefon versichert", "Der Kremlchef gratulierte Trump in einem
            // Telefonat": the call as an adverbial or a setting phrase
            boolean adverbial = w.startsWith("telefonisch") || t.endTok() - t.tok() == 2 && w.equals("am")
                    || v.toks.get(t.tok()).isCapitalized() && t.tok() > t.clause().from()
                    && settingBefore(t.clause(), t.tok());
            if (!adverbial) {
                return false;
            }
            for (int i = t.clause().from(); i < t.clause().to(); i++) {
                String x = v.toks.get(i).lower();
                if (x.equals("mit") || x.equals("zwischen")) {
                    return false;
                }
            }
            return true;
        }

        /** "in einem Telefonat", "im Telefonat", "bei dem Anruf": a setting preposition before the noun's determiner. */
        private boolean settingBefore(Clause c, int noun) {
            for (int k = noun - 1; k >= Math.max(c.from(), noun - 3); k--) {
                if (v.is(SETTING, k)) {
                    return !v.toks.get(k).lower().equals("nach") && !v.toks.get(k).lower().equals("vor")
                            && !v.toks.get(k).lower().equals("seit");
                }
                if (!v.toks.get(k).isWord() || v.toks.get(k).isCapitalized()) {
                    return false;
                }
            }
            return false;
        }

        /** "das Gespräch", "dieses Telefonat", "im Gespräch": a weak trigger naming a known event. */
        private boolean definite(Trigger t) {
            if (t.tok() == 0) {
                return false;
            }
            String prev = v.toks.get(t.tok() - 1).lower();
            return DEFINITE.contains(prev) && v.toks.get(t.tok()).isCapitalized();
        }

        /** "nicht zum ersten Mal telefoniert": the text says it is not the first, not which one it is. */
        private boolean negatedOrdinal(Clause c) {
            for (int k = c.from(); k + 1 < c.to(); k++) {
                if (v.is(NEGATED_VERB, k) && v.toks.get(k + 1).lower().equals("zum")) {
                    return true;
                }
            }
            return false;
        }

        /** "das Gespräch", "beim letzten Telefonat": a definite article at most two words before a call noun. */
        private boolean definiteNear(Trigger t) {
            if (!v.toks.get(t.tok()).isCapitalized()) {
                return false;
            }
            for (int k = Math.max(t.clause().from(), t.tok() - 2); k < t.tok(); k++) {
                if (DEFINITE.contains(v.toks.get(k).lower())) {
                    return true;
                }
            }
            return false;
        }

        private boolean passive(Clause c) {
            for (int i = c.from(); i < c.to(); i++) {
                String w = v.toks.get(i).lower();
                if (w.equals("wurde") || w.equals("wurden") || w.equals("von")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * One linked person: "er" (the last person named before), or a possessive before the
         * trigger with the subject after a speech verb ("nach seinem Gespräch mit Putin schrieb Trump").
         */
        private List<EntityMention> completeSingle(int s, Clause c, Trigger t, EntityMention one) {
            boolean er = false;
            for (int i = c.from(); i < c.to(); i++) {
                String w = v.toks.get(i).lower();
                // "Später telefonierte er mit Macron", "Merz telefonierte mit ihm", "rief ihn an"
                if ((w.equals("er") || v.is(OBJECT_PRONOUN, i)) && !insideEntity(v.toks.get(i))) {
                    er = true;
                }
            }
            if (er) {
                EntityMention prev = antecedent(s, c, one.key());
                if (prev != null) {
                    return List.of(prev, one);
                }
            }
            boolean possessive = false;
            for (int i = Math.max(c.from(), t.tok() - 2); i < t.tok(); i++) {
                if (v.is(POSSESSIVE, i)) {
                    possessive = true;
                }
            }
            if (possessive) {
                for (Clause other : v.clauses.get(s)) {
                    for (EntityMention sp : persons.speakers(other)) {
                        if (!sp.key().equals(one.key())) {
                            return List.of(sp, one);
                        }
                    }
                }
            }
            return null;
        }

        /**
         * Whom "er"/"ihm"/"ihn" in clause {@code c} refers to: the subject or speaker of an earlier
         * clause of the sentence ("Merz sagte, er habe mit Selenskyj telefoniert"), else the subject
         * of the nearest earlier sentence that has one ("Trump telefonierte mit Putin. Anschließend
         * rief er Selenskyj an"; a sentence whose subject is "Er" passes on to the one before),
         * else the last person named before the sentence. Never {@code notKey}, never an adviser.
         */
        private EntityMention antecedent(int s, Clause c, String notKey) {
            List<Clause> cs = v.clauses.get(s);
            for (int k = c.index() - 1; k >= 0; k--) {
                EntityMention subject = subjectOf(cs.get(k), notKey);
                if (subject != null) {
                    return subject;
                }
            }
            for (int p = s - 1; p >= Math.max(0, s - 3); p--) {
                if (!v.paragraphs.get(p).equals(v.paragraphs.get(s)) && s - p > 1) {
                    break;
                }
                int first = v.firstTok(p);
                boolean erSubject = false;
                for (int i = first; i < Math.min(v.endTok(p), first + 3); i++) {
                    erSubject |= v.toks.get(i).lower().equals("er") && !insideEntity(v.toks.get(i));
                }
                if (erSubject) {
                    continue; // "Er dankte dem Kanzler": the same person as before
                }
                for (Clause pc : v.clauses.get(p)) {
                    EntityMention subject = subjectOf(pc, null);
                    if (subject != null) {
                        return subject.key().equals(notKey) ? lastPersonBefore(v.sentence(s).start(), s, notKey) : subject;
                    }
                }
            }
            return lastPersonBefore(v.sentence(s).start(), s, notKey);
        }

        /** The first person of the clause that is its subject (free) or a speaker who is not an adviser. */
        private EntityMention subjectOf(Clause c, String notKey) {
            List<EntityMention> speakers = persons.speakers(c);
            for (EntityMention p : persons.personsIn(c)) {
                if (p.key().equals(notKey)) {
                    continue;
                }
                if (persons.link(p, c) == Persons.Link.FREE || speakers.contains(p)) {
                    return p;
                }
            }
            return null;
        }

        private EntityMention lastPersonBefore(int offset, int s, String notKey) {
            int from = v.sentence(Math.max(0, s - 2)).start();
            EntityMention best = null;
            for (EntityMention m : v.entitiesIn(from, offset, EntityType.PERSON)) {
                if (m.key().equals(notKey)) {
                    continue;
                }
                int ms = sentenceOf(m.start());
                Clause mc = ms < 0 ? null : v.clauseAt(ms, m.start());
                if (mc != null && persons.link(m, mc) == Persons.Link.SOURCE) {
                    continue;
                }
                best = m;
            }
            return best;
        }

        private int sentenceOf(int offset) {
            for (int s = 0; s < v.sentenceCount(); s++) {
                if (v.sentence(s).start() <= offset && offset < v.sentence(s).end()) {
                    return s;
                }
            }
            return -1;
        }

        private boolean insideEntity(Tok t) {
            return v.insideEntity(t.index());
        }

        /** "die beiden Präsidenten", "sie", "miteinander" - but not "Präsidenten" before a name. */
        private boolean hasPluralAnaphor(Clause c) {
            for (int i = c.from(); i < c.to(); i++) {
                Tok t = v.toks.get(i);
                if (!v.is(PLURAL_ANAPHOR, i) || insideEntity(t)) {
                    continue;
                }
                if (i + 1 < v.toks.size() && v.startsPerson(v.toks.get(i + 1))) {
                    continue;
                }
                return true;
            }
            return false;
        }

        // ---- enumerations ---------------------------------------------------------------

        private void enumerate(int s, Trigger first, EventDraft e) {
            for (Enumerations.Item item : Enumerations.find(v, s, first.endTok(), this::isTriggerNoun)) {
                Clause c = v.clauseOfToken(s, item.ordinalTok());
                List<EntityMention> reps = e.representatives();
                Report r = new Report(v.toks.get(item.ordinalTok()), item.ordinalTok() + 1, s, c, reps, false, false,
                        item.date().value(), item.date(), null, item.ordinal(), Cues.status(v, c), true, true,
                        null, null, null);
                book.add(r, reps, null);
            }
        }

        // ---- topics ---------------------------------------------------------------------

        private void topics(int s, List<Resolved> resolved) {
            int from = v.firstTok(s);
            int end = v.endTok(s);
            EventDraft last = book.last();
            boolean opener = v.matchAt(ANAPHORIC_OPENER, from, end) > 0;
            boolean pluralStart = from < end && v.is(PLURAL_ANAPHOR, from);
            readoutFocus = null;
            if (resolved.isEmpty() && last != null && last.background) {
                // a readout after a background call ("..., als sie zuletzt telefoniert hatten") goes on
                // about the article's current call
                for (EventDraft e : book.events()) {
                    if (!e.background && s - e.lastSentence <= 2) {
                        readoutFocus = e;
                    }
                }
            }
            int readoutAux = resolved.isEmpty() && last != null
                    ? readoutAux(s, readoutFocus != null ? readoutFocus : last) : -1;
            boolean readout = readoutAux >= 0;
            if (!readout) {
                readoutFocus = null;
            }
            boolean continuation = resolved.isEmpty() && last != null && continuesReadout(s, last);
            boolean inCall = !resolved.isEmpty() || readout || continuation
                    || ((opener || pluralStart) && last != null && s - last.lastSentence <= 1);
            if (resolved.isEmpty() && last == null) {
                return; // no call to give topics to (targetFor would find none)
            }
            for (int i = from; i < end; i++) {
                // a cue is a word of one of the topic sections, "über", "um", or the readout's auxiliary
                if (i != readoutAux && !v.mayStart(ANY_TOPIC_CUE, i)) {
                    String w = v.toks.get(i).lower();
                    if (!w.equals("über") && !w.equals("um")) {
                        continue;
                    }
                }
                Tok tok = v.toks.get(i);
                boolean explicit = v.matchAt(EXPLICIT, i, end) > 0;
                Clause c = v.clauseOfToken(s, i);
                // "Themen waren ...", "Themen: ...": with a copula or "gehören"/"stehen", or before a colon
                if (!explicit && v.is(THEME, i)) {
                    explicit = v.hasAny(THEME_VERB, c.from(), c.to()) || i + 1 < end && v.toks.get(i + 1).text().equals(":");
                }
                // "Im Mittelpunkt stand ...": with a form of "stehen", or in the sentence reporting the call
                if (!explicit && v.matchAt(FOCUS, i, end) > 0) {
                    explicit = !resolved.isEmpty() || v.hasAny(FOCUS_VERB, c.from(), c.to());
                }
                // "telefonierte mit Selenskyj mit Blick auf ...", "wegen der Lage in Gaza": from the cue on
                boolean fromCue = false;
                if (!explicit && triggerIn(resolved, c) && v.matchAt(IN_CALL, i, end) > 0) {
                    explicit = true;
                    fromCue = true;
                }
                if (!explicit && tok.lower().equals("über")) {
                    for (int k = c.from(); k < c.to() && !explicit; k++) {
                        explicit = v.is(ABOUT_VERB, k);
                    }
                }
                if (!explicit && v.is(TOPIC_SEPARABLE, i) && lastWord(c).equals("an")) {
                    explicit = true;
                }
                if (!explicit && tok.lower().equals("um")) {
                    explicit = esGehtUm(c);
                }
                // a readout sentence in reported speech is the call's content from its auxiliary on
                // ("Erdoğan habe Israel vorgeworfen, ...": the object precedes the verb; the subject
                // before the auxiliary is the speaker, not a topic)
                boolean content = !explicit && inCall && (v.is(CONTENT, i) || i == readoutAux);
                if (!explicit && !content) {
                    continue;
                }
                EventDraft target = targetFor(s, c, i, resolved, explicit, opener || pluralStart || readout || continuation);
                if (target == null) {
                    continue;
                }
                if (resolved.isEmpty()) {
                    target.lastSentence = s; // the sentence is about this call: keep it in focus
                    target.evidence.add(v.sentenceSpan(s));
                }
                applyTopics(s, c, i, explicit, fromCue, target, resolved);
            }
        }

        private static boolean triggerIn(List<Resolved> resolved, Clause c) {
            for (Resolved r : resolved) {
                if (r.trigger().clause().equals(c)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Starmer telefonierte mit Selenskyj. Starmer sicherte der Ukraine weitere Unterstützung zu":
         * the sentence right after the call's last sentence, in the same paragraph, opens with one of
         * the call's participants, or with "Er" and a continuation adverb among its first five words
         * ([continuation]: "Er forderte zudem ..."); a word that moves the time ([time-shift]: "später",
         * "anschließend") or another event as the setting ("beim Gipfel") makes it another statement.
         */
        private boolean continuesReadout(int s, EventDraft last) {
            if (s - last.lastSentence != 1 || !v.paragraphs.get(s).equals(v.paragraphs.get(last.lastSentence))) {
                return false;
            }
            int from = v.firstTok(s);
            int end = v.endTok(s);
            if (v.hasAny(TIME_SHIFT, from, end)) {
                return false;
            }
            for (Clause c : v.clauses.get(s)) {
                if (otherEventSetting(c)) {
                    return false;
                }
            }
            if (from < end && v.toks.get(from).lower().equals("er")) {
                return v.hasAny(CONTINUATION, from, Math.min(end, from + 5));
            }
            int firstWords = from + 3 < end ? v.toks.get(from + 2).end() : v.sentence(s).end();
            for (EntityMention p : v.entitiesIn(v.toks.get(from).start(), firstWords, EntityType.PERSON)) {
                if (v.tokenAt(p.start()) <= from + 1 && last.keys().contains(p.key())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Beim Gipfel in Alaska ging es um ...", "Während des Besuchs standen ... im Mittelpunkt":
         * a discussion cue whose clause places the talk at another event (a setting preposition
         * at most two words before a not-call or meeting word) is not about a call.
         */
        private boolean otherEventSetting(Clause c) {
            for (int k = c.from(); k < c.to(); k++) {
                if (!v.is(NOT_CALL, k) && !v.is(MEETING, k)) {
                    continue;
                }
                for (int j = Math.max(c.from(), k - 2); j < k; j++) {
                    if (v.is(SETTING, j)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** "Es sei auch um X gegangen", "es gehe um X": "es", a form of "gehen" and "um" in one clause. */
        private boolean esGehtUm(Clause c) {
            boolean es = false;
            boolean gehen = false;
            for (int k = c.from(); k < c.to(); k++) {
                String w = v.toks.get(k).lower();
                es |= w.equals("es") && !insideEntity(v.toks.get(k));
                gehen |= v.is(UM_VERB, k);
            }
            return es && gehen;
        }

        /**
         * A sentence in reported speech that continues the readout of the call in focus: it
         * follows the call's last sentence by at most two sentences in the same or the next
         * paragraph, and a Konjunktiv auxiliary is among its first three words ("Erdoğan habe
         * betont, ...", "Zudem habe der Kanzler ..."). Who speaks is checked in targetFor.
         *
         * @return the auxiliary's token, or -1
         */
        private int readoutAux(int s, EventDraft last) {
            int distance = s - last.lastSentence;
            if (distance < 1 || distance > 2) {
                return -1;
            }
            int from = v.firstTok(s);
            int end = Math.min(v.endTok(s), from + 3);
            for (int i = from; i < end; i++) {
                if (v.is(READOUT_AUX, i)) {
                    return i;
                }
            }
            return -1;
        }

        private EventDraft targetFor(int s, Clause c, int cueTok, List<Resolved> resolved, boolean explicit,
                boolean anaphoricStart) {
            if (!resolved.isEmpty()) {
                EventDraft best = resolved.get(0).event();
                for (Resolved r : resolved) {
                    if (r.trigger().clause().index() <= c.index()) {
                        best = r.event();
                    }
                }
                return best;
            }
            EventDraft last = readoutFocus != null ? readoutFocus : book.last();
            if (last == null) {
                return null;
            }
            int distance = s - last.lastSentence;
            boolean linked = anaphoricStart || hasPluralAnaphor(c);
            boolean sameParagraph = v.paragraphs.get(s).equals(v.paragraphs.get(last.lastSentence));
            if (explicit && otherEventSetting(c)) {
                return null; // the talk took place at a summit, a visit, a dinner
            }
            if (explicit) {
                // a discussion cue after a call of the same paragraph is about that call; elsewhere
                // in an article about a call, about the article's (first) call
                if (!(sameParagraph && distance <= EventBook.FOCUS_WINDOW)
                        && !(linked && distance <= 1)) {
                    last = book.events().get(0);
                }
            } else if (distance > (anaphoricStart ? 2 : 1) || !linked) {
                return null;
            }
            List<String> keys = last.keys();
            if (explicit && !linked && !v.is(IMPERSONAL, cueTok) && !v.hasAny(PASSIVE, c.from(), c.to())
                    && !namesParticipant(c, keys)) {
                // an active discussion verb needs the call's participants as its subject: in
                // "Dort beraten die EU-Regierungschefs über Sanktionen gegen Russland" others talk
                return null;
            }
            for (EntityMention p : persons.personsIn(c)) {
                Persons.Link l = persons.link(p, c);
                if (!keys.contains(p.key()) && l != Persons.Link.SOURCE && l != Persons.Link.OUT) {
                    return null; // someone else is discussing
                }
            }
            return last;
        }

        private boolean namesParticipant(Clause c, List<String> keys) {
            for (EntityMention p : persons.personsIn(c)) {
                if (keys.contains(p.key())) {
                    return true;
                }
            }
            return false;
        }

        private void applyTopics(int s, Clause c, int cueTok, boolean explicit, boolean fromCue, EventDraft target,
                List<Resolved> resolved) {
            List<Clause> cs = v.clauses.get(s);
            int startTok = explicit && !fromCue ? c.from() : cueTok;
            int endTok = c.to();
            for (int k = c.index() + 1; k < cs.size(); k++) {
                Clause next = cs.get(k);
                Tok open = v.toks.get(next.from());
                boolean soSpeaker = !open.lower().equals("so")
                        || next.from() + 1 < next.to() && v.toks.get(next.from() + 1).isCapitalized();
                if (v.is(TOPIC_STOP, next.from()) && soSpeaker) {
                    break;
                }
                endTok = next.to();
            }
            // the call itself as the object ("sprach über den bevorstehenden Anruf"): not a topic list;
            // the call as the setting ("erörterten in einem Telefonat die Lage") or in the genitive
            // ("Gegenstand des Gesprächs war ...") is
            for (Resolved r : resolved) {
                int tt = r.trigger().tok();
                if (tt > cueTok && tt <= cueTok + 4 && v.toks.get(tt).isCapitalized()
                        && !v.hasAny(SETTING, cueTok + 1, tt) && !v.is(GENITIVE, tt - 1)) {
                    return;
                }
            }
            boolean negated = false;
            for (int i = c.from(); i < endTok; i++) {
                if (v.is(NEGATION, i)) {
                    negated = true;
                }
            }
            int start = v.toks.get(startTok).start();
            int end = v.toks.get(endTok - 1).end();
            Set<String> own = null; // the target's own countries: looked up when a non-explicit cue needs them
            for (EntityMention m : v.entitiesIn(start, end, EntityType.COUNTRY, EntityType.REGION, EntityType.CITY,
                    EntityType.ORGANIZATION)) {
                if (!topicCandidate(m, c)) {
                    continue;
                }
                if (!explicit) {
                    own = own == null ? ownCountries(target) : own;
                    if (own.contains(m.key())) {
                        continue;
                    }
                }
                if (negated) {
                    target.addNotDiscussed(m);
                } else {
                    target.addTopic(m);
                }
            }
        }

        private boolean topicCandidate(EntityMention m, Clause c) {
            if (m.kind() == MentionKind.METONYM) {
                return false;
            }
            // "der Kreml strebe ... an": an institution that is also read as its state speaks for it
            if (m.type() == EntityType.ORGANIZATION) {
                for (EntityMention o : v.entitiesIn(m.start(), m.end(), EntityType.COUNTRY)) {
                    if (o.kind() == MentionKind.METONYM && o.overlaps(m)) {
                        return false;
                    }
                }
            }
            int t = v.tokenAt(m.start());
            String prev = t > 0 ? v.toks.get(t - 1).lower() : "";
            String prev2 = t > 1 ? v.toks.get(t - 2).lower() : "";
            // sources: "laut Kreml", "nach Angaben Kiews", "nach Angaben des Kremls"
            if (prev.equals("laut") || prev2.equals("laut") || prev.equals("angaben") || prev2.equals("angaben")) {
                return false;
            }
            int after = v.tokenAt(m.end());
            if (after < v.toks.size() && v.toks.get(after).lower().equals("zufolge")) {
                return false;
            }
            if (m.type() == EntityType.CITY && cityAsPlaceOrSource(t)) {
                return false;
            }
            // a country word inside a participant's role phrase ("der russische Präsident")
            for (EntityMention p : v.entities) {
                if (p.type() == EntityType.PERSON && (p.overlaps(m)
                        || (p.start() >= m.end() && p.start() - m.end() <= 25
                        && !PUNCTUATION.matcher(v.text.substring(m.end(), p.start())).find()
                        && !LINKING_WORD.matcher(v.text.substring(m.end(), p.start())).find()))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A city that is a venue or a source, not a topic: "in Budapest", "nach Moskau", "aus
         * Washington", "in der ungarischen Hauptstadt Budapest" (the preposition at most four
         * words before the name, no punctuation between).
         */
        private boolean cityAsPlaceOrSource(int t) {
            for (int k = t - 1; k >= Math.max(0, t - 4); k--) {
                Tok w = v.toks.get(k);
                if (!w.isWord()) {
                    return false;
                }
                String lw = w.lower();
                if (lw.equals("in") || lw.equals("im")) {
                    // "die Lage in Charkiw", "Angriffe in Odessa": the subject, not the venue
                    return !(k > 0 && v.is(TOPIC_HEAD, k - 1));
                }
                if (lw.equals("nach") || lw.equals("aus")) {
                    return true;
                }
            }
            return false;
        }

        private Set<String> ownCountries(EventDraft e) {
            if (represents == null) {
                represents = collectRepresents();
            }
            Set<String> out = new HashSet<>();
            for (String k : e.keys()) {
                out.addAll(represents.getOrDefault(k, Set.of()));
            }
            return out;
        }

        /** "russischen Präsidenten", "US-Präsident", "Frankreichs Präsident": at most three role words. */
        private boolean rolePhraseBetween(EntityMention country, EntityMention person) {
            if (person.start() < country.end()) {
                return false;
            }
            String between = v.text.substring(country.end(), person.start());
            if (between.indexOf('\n') >= 0 || between.indexOf('.') >= 0 || between.indexOf(':') >= 0) {
                return false; // "Druck auf Moskau\n\nBundeskanzler Merz": the headline ends before the role phrase
            }
            int from = v.tokenAt(country.end());
            int to = v.tokenAt(person.start());
            if (to - from > 3) {
                return false;
            }
            for (int i = from; i < to; i++) {
                Tok t = v.toks.get(i);
                boolean ok = t.text().equals("-") || t.isWord() && (t.isCapitalized() || v.is(NP_WORD, i))
                        && !t.lower().equals("und") && !t.lower().equals("sowie");
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        /** Which country each person represents: from the mention, or a country word right before the name. */
        private Map<String, Set<String>> collectRepresents() {
            Map<String, Set<String>> out = new HashMap<>();
            List<EntityMention> all = v.entities;
            for (int i = 0; i < all.size(); i++) {
                EntityMention p = all.get(i);
                if (p.type() != EntityType.PERSON) {
                    continue;
                }
                if (p.represents() != null) {
                    out.computeIfAbsent(p.key(), k -> new HashSet<>()).add(p.represents());
                }
                for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                    EntityMention c = all.get(j);
                    if (c.type() != EntityType.COUNTRY) {
                        continue;
                    }
                    if (c.overlaps(p) || rolePhraseBetween(c, p)) {
                        out.computeIfAbsent(p.key(), k -> new HashSet<>()).add(c.key());
                    }
                }
            }
            return out;
        }
    }
}
