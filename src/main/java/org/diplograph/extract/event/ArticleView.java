package org.diplograph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.DurationMention;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Sentence;
import org.diplograph.extract.TimeMention;

/**
 * What the event extractors read of one article, prepared once: tokens, the sentences of the
 * article body (everything before a boilerplate footer such as "Related Articles"), their clauses
 * and paragraphs, and the entity, date and duration layers sorted by offset.
 */
final class ArticleView {
    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.:/]\\p{N}+)*|[\\p{L}\\p{N}]+|\\S");
    private static final String HARD_BOUNDARY = ";:–—„“”\"»«()";

    final AnnotatedArticle doc;
    final String text;
    final LocalDate published;
    final int bodyEnd;
    final List<Tok> toks = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    /** Per body sentence: first token index and end token index (exclusive). */
    final List<int[]> sentenceToks = new ArrayList<>();
    final List<List<Clause>> clauses = new ArrayList<>();
    final List<Integer> paragraphs = new ArrayList<>();
    final List<EntityMention> entities;
    final List<TimeMention> dates;
    final List<DurationMention> durations;

    ArticleView(AnnotatedArticle doc, boolean needDurations) {
        this.doc = doc;
        this.text = doc.text();
        this.published = doc.article().published();
        Lexicon cues = Lexicon.of("text-cues.txt");
        this.bodyEnd = bodyEnd(text, cues);
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            toks.add(new Tok(toks.size(), m.start(), m.end(), m.group(), m.group().toLowerCase(Locale.ROOT)));
        }
        this.entities = doc.get(Layer.ENTITIES).stream().filter(e -> e.end() <= bodyEnd && e.key() != null)
                .sorted(Comparator.comparingInt(EntityMention::start)).toList();
        this.dates = doc.get(Layer.DATES).stream().filter(d -> d.end() <= bodyEnd && d.value() != null)
                .sorted(Comparator.comparingInt(TimeMention::start)).toList();
        this.durations = needDurations
                ? doc.get(Layer.DURATIONS).stream().filter(d -> d.end() <= bodyEnd)
                        .sorted(Comparator.comparingInt(DurationMention::start)).toList()
                : List.of();
        int t = 0;
        for (Sentence s : doc.get(Layer.SENTENCES)) {
            if (s.start() >= bodyEnd) {
                break;
            }
            while (t < toks.size() && toks.get(t).start() < s.start()) {
                t++;
            }
            int first = t;
            while (t < toks.size() && toks.get(t).start() < s.end()) {
                t++;
            }
            int idx = sentences.size();
            sentences.add(s);
            sentenceToks.add(new int[] {first, t});
            clauses.add(splitClauses(idx, first, t, cues));
            paragraphs.add(paragraphOf(s.start()));
        }
    }

    private int paragraphOf(int pos) {
        int n = 0;
        for (int i = 0; i < pos; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Offset where a boilerplate footer line ("Related Articles", ...) starts, or the text length. */
    static int bodyEnd(String text, Lexicon cues) {
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end).strip().toLowerCase(Locale.ROOT);
            if (pos > 0 && !line.isEmpty() && line.length() <= 60) {
                for (Lexicon.Entry e : cues.section("boilerplate")) {
                    String marker = String.join(" ", e.tokens());
                    if (line.equals(marker) || line.startsWith(marker + " ") || line.startsWith(marker + ":")) {
                        return pos;
                    }
                }
            }
            pos = end + 1;
        }
        return text.length();
    }

    private List<Clause> splitClauses(int sentence, int from, int to, Lexicon cues) {
        List<Clause> out = new ArrayList<>();
        Lexicon speech = Lexicon.of("participant-cues.txt");
        int start = from;
        boolean speechVerb = false;
        for (int i = from; i < to; i++) {
            Tok tok = toks.get(i);
            boolean boundary = tok.isPunct(HARD_BOUNDARY);
            if (!boundary && tok.text().equals(",")) {
                boolean opener = i + 1 < to && cues.has("clause-opener", toks.get(i + 1).lower());
                // "Peskow erklärte am 3. Juli, Moskau und Kiew würden ...": reported speech follows
                boundary = opener || speechVerb;
            }
            if (!boundary && tok.isWord() && !tok.isCapitalized() && speech.has("speech", tok.lower())
                    && !List.of("so", "laut", "zitiert").contains(tok.lower())) {
                speechVerb = true;
            }
            if (boundary) {
                speechVerb = false;
            }
            if (boundary) {
                if (i > start) {
                    out.add(clause(sentence, out.size(), start, i));
                }
                start = i + 1;
            }
        }
        if (to > start) {
            out.add(clause(sentence, out.size(), start, to));
        }
        if (out.isEmpty()) {
            out.add(clause(sentence, 0, from, Math.max(from, to)));
        }
        return out;
    }

    private Clause clause(int sentence, int index, int from, int to) {
        int start = from < toks.size() ? toks.get(from).start() : text.length();
        int end = to > from ? toks.get(to - 1).end() : start;
        return new Clause(sentence, index, from, to, start, end);
    }

    int sentenceCount() {
        return sentences.size();
    }

    int firstTok(int sentence) {
        return sentenceToks.get(sentence)[0];
    }

    int endTok(int sentence) {
        return sentenceToks.get(sentence)[1];
    }

    Clause clauseOfToken(int sentence, int tokIndex) {
        for (Clause c : clauses.get(sentence)) {
            if (c.containsToken(tokIndex)) {
                return c;
            }
        }
        List<Clause> cs = clauses.get(sentence);
        return cs.get(cs.size() - 1);
    }

    Clause clauseAt(int sentence, int offset) {
        for (Clause c : clauses.get(sentence)) {
            if (c.start() <= offset && offset < c.end() + 1) {
                return c;
            }
        }
        return null;
    }

    /** Index of the first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    List<EntityMention> entitiesIn(int start, int end, EntityType... types) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention e : entities) {
            if (e.start() >= start && e.end() <= end && (types.length == 0 || List.of(types).contains(e.type()))) {
                out.add(e);
            }
        }
        return out;
    }

    List<TimeMention> datesIn(int start, int end) {
        return dates.stream().filter(d -> d.start() >= start && d.end() <= end).toList();
    }

    List<DurationMention> durationsIn(int start, int end) {
        return durations.stream().filter(d -> d.start() >= start && d.end() <= end).toList();
    }

    Sentence sentence(int i) {
        return sentences.get(i);
    }
}
