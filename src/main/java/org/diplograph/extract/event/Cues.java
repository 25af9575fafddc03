package org.diplograph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.extract.DurationMention;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.TimeMention;
import org.diplograph.extract.TimeValue;

/**
 * Clause-level attributes shared by calls and rounds: the date governing a trigger, its ordinal,
 * status, background marking and duration. Reads the cue lexicons of this package.
 */
final class Cues {
    static final Lexicon STATUS = Lexicon.of("status-cues.txt");
    static final Lexicon ORDINALS = Lexicon.of("ordinals.txt");
    static final Lexicon PARTICIPANTS = Lexicon.of("participant-cues.txt");
    static final Lexicon TEXT = Lexicon.of("text-cues.txt");
    private static final Map<String, Integer> ORDINAL_WORDS = ordinalWords();
    private static final List<String> RELATIVE_OPENERS = List.of("der", "die", "das", "welches", "welche", "welcher");
    private static final Lexicon.Section PLANNED = STATUS.section("planned");
    private static final Lexicon.Section BACKGROUND = STATUS.section("background");
    private static final Lexicon.Section TODAY = STATUS.section("today");
    private static final Lexicon.Section YESTERDAY = STATUS.section("yesterday");
    private static final Lexicon.Section EVE = STATUS.section("eve");
    private static final Lexicon.Section DURATION = STATUS.section("duration");
    private static final Lexicon.Section SPEECH = PARTICIPANTS.section("speech");
    private static final Lexicon.Section VAGUE_UNIT = TEXT.section("vague-unit");
    private static final Lexicon.Section VAGUE_OFFSET = TEXT.section("vague-offset");
    private static final Lexicon.Section PREVIOUS_WEEK = TEXT.section("previous-week");
    private static final Lexicon.Section TIME_RELATION = TEXT.section("time-relation");

    private Cues() {
    }

    /** A date governing an event: its value and the expression it comes from (null for "das heutige"). */
    record DateHit(TimeValue value, TimeMention mention) {
    }

    private static Map<String, Integer> ordinalWords() {
        Map<String, Integer> map = new HashMap<>();
        for (Lexicon.Entry e : ORDINALS.entries("ordinal")) {
            if (e.value() == null) {
                throw new org.diplograph.DiplographException("ordinals.txt: entry '" + e.tokens() + "' has no '= n' value");
            }
            int n = Integer.parseInt(e.value());
            for (String ending : List.of("e", "er", "en", "es", "em")) {
                map.put(e.tokens().get(0) + ending, n);
            }
        }
        return map;
    }

    /** The ordinal a single word stands for ("dritten" -> 3), or null. */
    static Integer ordinalOf(String lower) {
        return ORDINAL_WORDS.get(lower);
    }

    /**
     * The ordinal of the event the trigger names: an ordinal word at most four tokens before it
     * ("das sechste Gespräch", "ihr drittes Telefongespräch", "sechste öffentlich bekannte
     * Unterhaltung") or "zum n-ten Mal" in the clause. "erstmals" and "zum ersten Mal seit ..."
     * say that contact resumed, not where the event stands in a series: null.
     */
    static Integer ordinal(ArticleView v, Clause c, int triggerTok) {
        for (int i = triggerTok - 1; i >= Math.max(c.from(), triggerTok - 4); i--) {
            Tok t = v.toks.get(i);
            if (!t.isWord()) {
                break;
            }
            Integer n = ordinalOf(t.lower());
            if (n != null) {
                boolean zumMal = i > c.from() && v.toks.get(i - 1).lower().equals("zum");
                if (!zumMal) {
                    return n;
                }
            }
        }
        for (int i = c.from(); i + 2 < c.to(); i++) {
            if (v.toks.get(i).lower().equals("zum") && v.toks.get(i + 2).lower().equals("mal")) {
                Integer n = ordinalOf(v.toks.get(i + 1).lower());
                boolean seit = i + 3 < c.to() && v.toks.get(i + 3).lower().equals("seit");
                if (n != null && !(n == 1 && seit)) {
                    return n;
                }
            }
        }
        return null;
    }

    static EventStatus status(ArticleView v, Clause c) {
        return v.hasAny(PLANNED, c.from(), c.to()) ? EventStatus.PLANNED : EventStatus.HELD;
    }

    /**
     * The status of a call reported by the trigger {@code triggerTok} to {@code triggerEnd} (exclusive): as
     * {@link #status(ArticleView, Clause)}, but only the cues before the end of the call's own statement count.
     * Behind a verbal trigger a coordinated verb phrase is another statement ("hatten telefoniert und
     * anschließend angekündigt, sich treffen zu wollen"); behind any trigger but a lone call noun, so is what
     * follows a comma ("Erdoğan habe Putin am Telefon versichert, vermitteln zu wollen"; but "Ein Telefonat, das
     * für Freitag geplant ist").
     */
    static EventStatus status(ArticleView v, Clause c, int triggerTok, int triggerEnd) {
        boolean verbal = !v.toks.get(triggerTok).isCapitalized();
        boolean noun = !verbal && triggerEnd - triggerTok == 1;
        int to = c.to();
        for (int i = triggerTok + 1; i < c.to() && !noun; i++) {
            String w = v.toks.get(i).lower();
            if (i >= triggerEnd && w.equals(",") || verbal && (w.equals("und") || w.equals("sowie") || w.equals("aber"))) {
                to = i;
                break;
            }
        }
        return v.hasAny(PLANNED, c.from(), to) ? EventStatus.PLANNED : EventStatus.HELD;
    }

    static boolean background(ArticleView v, Clause c) {
        return v.hasAny(BACKGROUND, c.from(), c.to());
    }

    /** A date that reports when someone spoke ("erklärte der Kreml am 3. Juli"), not when the event was. */
    private static boolean reportDate(ArticleView v, TimeMention d, Clause c, int triggerTok) {
        int first = v.tokenAt(d.start());
        int last = v.tokenAt(d.end()) - 1;
        for (int i = Math.max(c.from(), first - 4); i < first; i++) {
            String w = v.toks.get(i).lower();
            // "soll nach Trumps Angaben am Montag stattfinden": a source noun dates nothing
            if (v.is(SPEECH, i) && !w.equals("so") && !w.startsWith("angabe")) {
                return true;
            }
        }
        for (int i = last + 1; i <= Math.min(c.to() - 1, last + 4); i++) {
            if (i == triggerTok) {
                break; // "Am Sonntag telefonierte Macron nach Angaben aus Paris ...": the date governs the call
            }
            String w = v.toks.get(i).lower();
            if (v.is(SPEECH, i) && !w.equals("so") && !w.equals("laut")) {
                return true;
            }
        }
        if (first > c.from() && v.toks.get(first - 1).lower().equals("seit")) {
            return true;
        }
        return d.value().precision() == TimeValue.Precision.YEAR && d.text().toLowerCase(java.util.Locale.ROOT).contains("diese");
    }

    /**
     * "vor zwei Wochen", "eine Woche zuvor", "einen Monat später": an offset in weeks or months
     * from another time does not fix the event's day (nor, near a month's edge, its month).
     */
    static boolean vagueOffset(TimeMention d) {
        boolean unit = false;
        boolean offset = false;
        for (String w : words(d.text().toLowerCase(java.util.Locale.ROOT))) {
            unit |= VAGUE_UNIT.has(w);
            offset |= VAGUE_OFFSET.has(w);
        }
        return unit && offset;
    }

    /**
     * {@code text.split("[\\s-]+")} without a regular expression: the pieces between runs of white
     * space and hyphens; a leading empty piece when the text starts with such a run, trailing
     * empty pieces dropped, and the text itself when it has no such run.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>(4);
        int n = text.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (isWordBreak(text.charAt(i))) {
                out.add(text.substring(from, i));
                while (i + 1 < n && isWordBreak(text.charAt(i + 1))) {
                    i++;
                }
                from = i + 1;
            }
        }
        out.add(text.substring(from));
        if (out.size() == 1) {
            return out; // no break: the text itself, even when empty
        }
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size);
    }

    /** A character of the class [\s-]: ASCII white space or a hyphen. */
    private static boolean isWordBreak(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '-';
    }

    /**
     * "am Donnerstag vergangener Woche": a weekday followed by "vergangener/letzter/voriger Woche"
     * is that weekday of the week before the publication week, whatever the date stage resolved.
     */
    static TimeMention lastWeek(ArticleView v, TimeMention d) {
        if (v.published == null || d.value() == null || d.value().precision() != TimeValue.Precision.DAY) {
            return d;
        }
        int after = v.tokenAt(d.end());
        if (after + 1 >= v.toks.size() || !v.is(PREVIOUS_WEEK, after)
                || !v.toks.get(after + 1).lower().equals("woche")) {
            return d;
        }
        java.time.DayOfWeek dow = d.value().date().getDayOfWeek();
        LocalDate monday = v.published.minusDays(v.published.getDayOfWeek().getValue() - 1L).minusWeeks(1);
        LocalDate day = monday.plusDays(dow.getValue() - 1L);
        return day.equals(d.value().date()) ? d : new TimeMention(d.start(), d.end(), d.text(), TimeValue.ofDay(day), d.relative());
    }

    /** Dates of the clause that may govern an event in it, nearest to {@code triggerTok} first. */
    static List<TimeMention> eventDates(ArticleView v, Clause c, int triggerTok) {
        List<TimeMention> out = new ArrayList<>();
        for (TimeMention d : v.datesIn(c.start(), c.end())) {
            if (!reportDate(v, d, c, triggerTok) && !vagueOffset(d)) {
                out.add(lastWeek(v, d));
            }
        }
        int anchor = v.toks.get(triggerTok).start();
        out.sort((a, b) -> Integer.compare(Math.abs(a.start() - anchor), Math.abs(b.start() - anchor)));
        return out;
    }

    /** The date value and mention governing a trigger in clause {@code c}, or null. */
    static DateHit date(ArticleView v, int sentence, Clause c, int triggerTok) {
        for (int i = Math.max(c.from(), triggerTok - 2); i < triggerTok; i++) {
            if (v.published != null && v.is(TODAY, i)) {
                return new DateHit(TimeValue.ofDay(v.published), null);
            }
            if (v.published != null && v.is(YESTERDAY, i)) {
                return new DateHit(TimeValue.ofDay(v.published.minusDays(1)), null);
            }
        }
        if (v.hasAny(EVE, c.from(), c.to())) {
            int s0 = v.firstTok(sentence);
            int s1 = v.endTok(sentence);
            List<TimeMention> sentenceDates = v.datesIn(v.toks.get(s0).start(), v.toks.get(s1 - 1).end());
            for (TimeMention d : sentenceDates) {
                String t = d.text().toLowerCase(java.util.Locale.ROOT);
                if (d.value() != null && (t.contains("vorabend") || t.contains("vortag"))) {
                    return new DateHit(d.value(), d); // the date stage already resolved the eve itself
                }
            }
            for (TimeMention d : sentenceDates) {
                if (d.value() != null && d.value().precision() == TimeValue.Precision.DAY && d.start() > c.start()) {
                    LocalDate eve = d.value().date().minusDays(1);
                    return new DateHit(TimeValue.ofDay(eve), d);
                }
            }
        }
        List<TimeMention> ds = eventDates(v, c, triggerTok);
        if (ds.isEmpty()) {
            // "das Gespräch, das am 18. März stattfand": a relative clause right after the trigger noun
            List<Clause> cs = v.clauses.get(sentence);
            if (c.index() + 1 < cs.size() && triggerTok >= c.to() - 2) {
                Clause next = cs.get(c.index() + 1);
                String opener = v.toks.get(next.from()).lower();
                if (RELATIVE_OPENERS.contains(opener)) {
                    ds = eventDates(v, next, next.from());
                }
            }
        }
        if (ds.isEmpty()) {
            TimeMention when = whenClauseDate(v, sentence, c);
            return when == null ? null : new DateHit(when.value(), when);
        }
        return new DateHit(ds.get(0).value(), ds.get(0));
    }

    /**
     * "hat rund 45 Minuten mit Trump telefoniert": a duration before a verbal trigger of its
     * clause measures the call, unless a word after it makes it a distance in time ("90 Minuten
     * nach dem Gipfel", "zwei Stunden später").
     */
    private static boolean adverbial(ArticleView v, DurationMention d, Clause c, int triggerTok) {
        Tok trigger = v.toks.get(triggerTok);
        if (trigger.isCapitalized() || d.end() > trigger.start() || d.start() < v.toks.get(c.from()).start()) {
            return false;
        }
        int after = v.tokenAt(d.end());
        if (after < 0 || after >= c.to()) {
            return false;
        }
        return !v.is(TIME_RELATION, after);
    }

    /**
     * "seit Dezember 2022, als sie zuletzt am Telefon miteinander gesprochen hatten": a clause
     * opened by temporal "als" right after a date is dated by it (even after "seit").
     */
    private static TimeMention whenClauseDate(ArticleView v, int sentence, Clause c) {
        List<Clause> cs = v.clauses.get(sentence);
        if (c.index() == 0 || !v.toks.get(c.from()).lower().equals("als")) {
            return null;
        }
        Clause prev = cs.get(c.index() - 1);
        TimeMention last = null;
        for (TimeMention d : v.datesIn(prev.start(), prev.end())) {
            last = d;
        }
        if (last == null || last.value() == null || vagueOffset(last) || v.tokenAt(last.end()) < prev.to() - 1) {
            return null;
        }
        return last;
    }

    /** A duration in the clause that tells how long the event lasted, or null. */
    static DurationMention duration(ArticleView v, Clause c, int triggerTok) {
        boolean cue = v.hasAny(DURATION, c.from(), c.to());
        int trigStart = v.toks.get(triggerTok).start();
        for (DurationMention d : v.durationsIn(c.start(), c.end())) {
            if (d.value() == null || d.value().toMinutes() < 1 || d.value().toHours() > 12) {
                continue;
            }
            boolean adjectival = d.end() <= trigStart && trigStart - d.end() <= 3;
            if (cue || adjectival || adverbial(v, d, c, triggerTok)) {
                return d;
            }
        }
        return null;
    }
}
