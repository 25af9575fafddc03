package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;

/**
 * Decides which persons of a clause take part in the event its trigger reports. A person is
 * linked by the preposition that governs its phrase ("zwischen X und Y", "mit Y"), is free
 * (subject or object: "Trump und Putin telefonierten"), or is out: in another prepositional
 * phrase ("nach dem Besuch des Sondergesandten Steve Witkoff"), a source ("sagte Uschakow",
 * "laut Kreml-Berater Juri Uschakow", "Uschakow zufolge") or a genitive before a noun
 * ("Putins Berater", "seit Trumps Rückkehr").
 */
final class Persons {
    enum Link { BETWEEN, WITH, FREE, OUT, SOURCE }

    private static final Lexicon CUES = Lexicon.of("participant-cues.txt");
    private static final Lexicon TEXT = Lexicon.of("text-cues.txt");
    private static final Lexicon TRIGGERS = Lexicon.of("call-triggers.txt");
    private static final Pattern AND = Pattern.compile("\\b(und|sowie|als auch)\\b");
    private static final List<String> DATE_PREPOSITIONS = List.of("am", "im", "vom", "seit", "ab", "bis");
    private static final Lexicon.Section SOURCE_AFTER = CUES.section("source-after");
    private static final Lexicon.Section SPEECH = CUES.section("speech");
    private static final Lexicon.Section GENITIVE_HEAD = CUES.section("genitive-head");
    private static final Lexicon.Section PREPOSITION = CUES.section("preposition");
    private static final Lexicon.Section NP_WORD = CUES.section("np-word");
    private static final Lexicon.Section ADVISER = CUES.section("adviser");
    private static final Lexicon.Section ALSO_AND = CUES.section("also-and");
    private static final Lexicon.Section DISTRIBUTIVE = CUES.section("distributive");
    private static final Lexicon.Section MARGIN = CUES.section("margin");
    private static final Lexicon.Section AUXILIARY = TEXT.section("auxiliary");
    private static final Lexicon.Section STRONG = TRIGGERS.section("strong");
    private static final Lexicon.Section WEAK = TRIGGERS.section("weak");
    private static final Lexicon.Section SEPARABLE = TRIGGERS.section("separable");
    private static final Lexicon.Section NOT_CALL = TRIGGERS.section("not-call");

    private final ArticleView v;
    /**
     * Each mention whose link was computed, in the order computed (its link is in {@link #seen}): a
     * mention equal to one of them gets that link, whatever its clause. Searched by start offset
     * first (equal mentions start at the same offset), not hashed: a record's hashCode walks all
     * its fields.
     */
    private final List<EntityMention> computed = new ArrayList<>();
    /**
     * The links by identity: the same mention objects are asked about again and again. Holds, for
     * each mention object asked about, the link {@link #computed} gives it.
     */
    private final Map<EntityMention, Link> seen = new IdentityHashMap<>();
    private final java.util.function.IntPredicate isTriggerNoun;

    Persons(ArticleView v, java.util.function.IntPredicate isTriggerNoun) {
        this.v = v;
        this.isTriggerNoun = isTriggerNoun;
    }

    /** Person mentions of the clause, one per stretch of text (a role phrase and the name after it merge). */
    List<EntityMention> personsIn(Clause c) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : v.entitiesIn(c.start(), c.end(), EntityType.PERSON)) {
            EntityMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && (prev.overlaps(m) || (prev.key().equals(m.key()) && m.start() - prev.end() <= 2))) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    Link link(EntityMention p, Clause c) {
        Link l = seen.get(p);
        if (l != null) {
            return l;
        }
        l = computedLink(p);
        if (l == null) {
            l = compute(p, c);
            computed.add(p);
        }
        seen.put(p, l);
        return l;
    }

    /** The link computed for a mention equal to {@code p}, or null. */
    private Link computedLink(EntityMention p) {
        int start = p.start();
        for (int k = 0; k < computed.size(); k++) {
            EntityMention m = computed.get(k);
            if (m.start() == start && m.equals(p)) {
                return seen.get(m);
            }
        }
        return null;
    }

    private Link compute(EntityMention p, Clause c) {
        int first = v.tokenAt(p.start());
        int after = v.tokenAt(p.end());
        // source after: "Uschakow zufolge", "Uschakow erklärte" (for advisers and spokespeople)
        if (after < v.toks.size()) {
            if (v.is(SOURCE_AFTER, after)) {
                return Link.SOURCE;
            }
            if (v.is(SPEECH, after) && isAdviser(p, first, c)) {
                return Link.SOURCE;
            }
            // genitive before a head noun: "Putins Berater"
            int head = after;
            if (head < v.toks.size() && v.toks.get(head).lower().equals("s")) {
                head++;
            }
            if (isGenitive(p) && head < v.toks.size() && v.is(GENITIVE_HEAD, head)) {
                return Link.OUT;
            }
        }
        boolean passedAnd = false;
        for (int i = first - 1; i >= Math.max(c.from(), first - 8); i--) {
            Tok t = v.toks.get(i);
            String w = t.lower();
            int date = dateCovering(t);
            if (date >= 0) {
                i = v.tokenAt(date); // "am Dienstag" is no prepositional phrase of a person
                if (i > c.from() && DATE_PREPOSITIONS.contains(v.toks.get(i - 1).lower())) {
                    i--;
                }
                continue;
            }
            if (v.is(STRONG, i) || v.is(WEAK, i) || v.is(SEPARABLE, i)) {
                return Link.FREE; // "telefonierten Putin und Trump": the subject after the verb
            }
            EntityMention other = personCovering(t, c);
            if (other != null && other != p && !other.overlaps(p)) {
                if (passedAnd) {
                    return link(other, c);
                }
                if (isGenitive(other)) {
                    i = v.tokenAt(other.start()); // "Putins Berater Juri Uschakow": the phrase goes on
                    continue;
                }
                return Link.FREE;
            }
            if (w.equals("zwischen")) {
                return Link.BETWEEN;
            }
            if (w.equals("mit")) {
                // "nach seinem Gipfeltreffen mit Putin", "beim Besuch mit ...": the phrase belongs to
                // an in-person event, not to the call
                Tok head = i > c.from() ? v.toks.get(i - 1) : null;
                if (head != null && head.isCapitalized() && v.is(NOT_CALL, i - 1) && !atMargin(c, i - 1)) {
                    return Link.OUT;
                }
                return Link.WITH;
            }
            if (w.equals("von") && i > c.from() && isTriggerNoun.test(i - 1)) {
                return Link.BETWEEN;
            }
            if (v.is(SPEECH, i) || w.equals("zufolge")) {
                return Link.SOURCE;
            }
            if (v.is(PREPOSITION, i)) {
                return Link.OUT;
            }
            if (w.equals("und") || w.equals("sowie")) {
                passedAnd = true;
                continue;
            }
            // "sowohl Selenskyj als auch Putin": "als auch" coordinates like "und"
            if (i > c.from() && v.matchAt(ALSO_AND, i - 1, i + 1) == 2) {
                passedAnd = true;
                i--;
                continue;
            }
            if (v.is(DISTRIBUTIVE, i)) {
                continue; // "mit jeweils", "sowohl": no phrase boundary
            }
            if (v.is(NP_WORD, i) || w.equals(",") || w.equals("-")) {
                continue;
            }
            if (t.isWord() && t.isCapitalized() && !v.is(AUXILIARY, i)) {
                continue;
            }
            if (t.isWord() && isAdjective(i) && !v.is(AUXILIARY, i)) {
                continue;
            }
            return Link.FREE;
        }
        return Link.FREE;
    }

    /**
     * "am Rande des Nato-Gipfels": the not-call noun at {@code noun} is the setting of the call
     * (a margin noun at most four tokens before it), so the "mit" person after it is the partner.
     */
    private boolean atMargin(Clause c, int noun) {
        for (int k = noun - 1; k >= Math.max(c.from(), noun - 4); k--) {
            if (v.is(MARGIN, k)) {
                return true;
            }
        }
        return false;
    }

    /** "Putins", "Trumps": a name in the genitive, directly before a capitalised noun. */
    private boolean isGenitive(EntityMention p) {
        boolean s = p.text().endsWith("s") || (p.end() < v.text.length() && v.text.charAt(p.end()) == 's');
        int next = v.tokenAt(p.end());
        if (next < v.toks.size() && v.toks.get(next).lower().equals("s")) {
            next++;
        }
        return s && p.kind() != org.diplograph.extract.MentionKind.ROLE && next < v.toks.size()
                && v.toks.get(next).isWord() && v.toks.get(next).isCapitalized();
    }

    /** The start of the first date (by start) that covers token {@code t}, or -1. */
    private int dateCovering(Tok t) {
        List<org.diplograph.extract.TimeMention> dates = v.dates;
        for (int k = 0; k < dates.size(); k++) {
            var d = dates.get(k);
            if (d.start() > t.start()) {
                break; // the dates are sorted by start: none later covers the token
            }
            if (t.end() <= d.end()) {
                return d.start();
            }
        }
        return -1;
    }

    private boolean isAdjective(int i) {
        String w = v.toks.get(i).lower();
        boolean ending = w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es") || w.endsWith("em");
        return ending && i + 1 < v.toks.size() && v.toks.get(i + 1).isCapitalized();
    }

    private boolean isAdviser(EntityMention p, int first, Clause c) {
        if (p.role() != null && ADVISER.has(p.role().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        for (int i = Math.max(c.from(), first - 4); i < first; i++) {
            if (v.is(ADVISER, i)) {
                return true;
            }
        }
        return false;
    }

    private EntityMention personCovering(Tok t, Clause c) {
        return v.firstEntityIn(c.start(), c.end(), EntityType.PERSON, t.start(), t.end());
    }

    /**
     * The participants the clause links to its trigger: the persons of "zwischen X und Y"; else the
     * persons of "mit Y" plus the first free person (the subject); else the first free person and
     * those coordinated with it ("Trump und Putin"). Distinct keys, text order.
     */
    List<EntityMention> participants(Clause c) {
        return participants(c, false);
    }

    /**
     * As {@link #participants(Clause)}; with {@code transitive} ("X rief Y an", "X hat Y angerufen")
     * the first two free persons are caller and callee.
     */
    List<EntityMention> participants(Clause c, boolean transitive) {
        List<EntityMention> between = new ArrayList<>();
        List<EntityMention> with = new ArrayList<>();
        List<EntityMention> free = new ArrayList<>();
        for (EntityMention p : personsIn(c)) {
            switch (link(p, c)) {
                case BETWEEN -> between.add(p);
                case WITH -> with.add(p);
                case FREE -> free.add(p);
                default -> { }
            }
        }
        if (distinct(between) >= 2) {
            return between;
        }
        List<EntityMention> out = new ArrayList<>(between);
        out.addAll(with);
        List<EntityMention> chain = freeChain(free);
        if (transitive) {
            List<List<EntityMention>> sides = sides(free);
            chain = new ArrayList<>(sides.get(0));
            chain.addAll(sides.get(1));
        }
        out.addAll(chain);
        return dedupe(out);
    }

    /**
     * "Macron rief sowohl Selenskyj als auch Putin an", "Merz hat Selenskyj telefonisch
     * informiert": the free persons of a transitive clause as [subjects, objects] - the first free
     * person and those coordinated with it, then the next free person and those coordinated with
     * it (either list may be empty).
     */
    List<List<EntityMention>> transitiveSides(Clause c) {
        List<EntityMention> free = new ArrayList<>();
        for (EntityMention p : personsIn(c)) {
            if (link(p, c) == Link.FREE) {
                free.add(p);
            }
        }
        return sides(free);
    }

    private List<List<EntityMention>> sides(List<EntityMention> free) {
        List<EntityMention> subjects = freeChain(free);
        List<EntityMention> rest = new ArrayList<>();
        for (EntityMention p : free) {
            if (!subjects.contains(p)) {
                rest.add(p);
            }
        }
        if (subjects.size() >= 2 && rest.isEmpty()) {
            // "Trump rief Selenskyj an" has subject and object uncoordinated; "Merz und Macron riefen
            // an" has no object: the coordinated chain is the subject
            return List.of(dedupe(subjects), List.of());
        }
        return List.of(dedupe(subjects), dedupe(freeChain(rest)));
    }

    /** Persons of the clause that are sources via a speech verb but not advisers: possible subjects. */
    List<EntityMention> speakers(Clause c) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention p : personsIn(c)) {
            if (link(p, c) == Link.SOURCE && !isAdviser(p, v.tokenAt(p.start()), c)) {
                out.add(p);
            }
        }
        return out;
    }

    private List<EntityMention> freeChain(List<EntityMention> free) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention p : free) {
            if (out.isEmpty()) {
                out.add(p);
                continue;
            }
            EntityMention prev = out.get(out.size() - 1);
            String between = v.text.substring(prev.end(), Math.max(prev.end(), p.start()));
            // AND needs "und" or "sowie" in the text: the cheap test first
            boolean coordinated = between.length() < 80
                    && (between.contains("und") || between.contains("sowie") || between.contains("als auch"))
                    && AND.matcher(between).find()
                    && !between.contains(";") && !between.contains(":");
            if (!coordinated) {
                break;
            }
            out.add(p);
        }
        return out;
    }

    static int distinct(List<EntityMention> ms) {
        List<String> seen = new ArrayList<>(ms.size());
        for (EntityMention m : ms) {
            if (!seen.contains(m.key())) {
                seen.add(m.key());
            }
        }
        return seen.size();
    }

    static List<EntityMention> dedupe(List<EntityMention> ms) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : ms) {
            boolean seen = false;
            for (EntityMention o : out) {
                seen |= o.key().equals(m.key());
            }
            if (!seen) {
                out.add(m);
            }
        }
        return out;
    }
}
