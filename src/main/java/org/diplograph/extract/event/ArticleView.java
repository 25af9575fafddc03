package org.diplograph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.ArticleBody;
import org.diplograph.extract.DurationMention;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Sentence;
import org.diplograph.extract.Span;
import org.diplograph.extract.Spanned;
import org.diplograph.extract.TimeMention;

/**
 * What the event extractors read of one article, prepared once: tokens, the sentences of the
 * article body (everything before a boilerplate footer such as "Related Articles"), their clauses
 * and paragraphs, and the entity, date and duration layers sorted by offset.
 */
final class ArticleView {
    private static final String HARD_BOUNDARY = ";:–—„“”\"»«()";
    /** Strings of the ASCII characters: one-character tokens (punctuation, mostly) share them. */
    private static final String[] ONE_CHAR = new String[128];

    /** Characters below this are classified by {@link #LATIN1_KIND}. */
    private static final char LATIN1 = 0x100;
    /** Kinds of characters for the tokenizer; a word goes on over {@code NUMBER} and {@code LETTER}. */
    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte NUMBER = 2;
    private static final byte LETTER = 3;
    /** The kind of each Latin-1 character: ASCII white space, a number ({@link #isNumber}), a letter, other. */
    private static final byte[] LATIN1_KIND = new byte[LATIN1];

    static {
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
        for (char c = 0; c < LATIN1; c++) {
            LATIN1_KIND[c] = isAsciiSpace(c) ? SPACE : isNumber(c) ? NUMBER : Character.isLetter(c) ? LETTER : OTHER;
        }
    }

    private static final Lexicon.Section CLAUSE_OPENER = Lexicon.of("text-cues.txt").section("clause-opener");
    private static final Lexicon.Section SPEECH = Lexicon.of("participant-cues.txt").section("speech");
    /** Speech cues that introduce a source, not reported speech ("so Peskow", "laut Kreml"). */
    private static final List<String> NOT_SPEECH_VERB = List.of("so", "laut", "zitiert");
    /** The view each thread prepared last: the call and round extractors read the same article in turn. */
    private static final ThreadLocal<ArticleView> LAST = new ThreadLocal<>();

    final AnnotatedArticle doc;
    final String text;
    final LocalDate published;
    final int bodyEnd;
    final List<Tok> toks;
    final List<Sentence> sentences = new ArrayList<>();
    /** Per body sentence: first token index and end token index (exclusive). */
    final List<int[]> sentenceToks = new ArrayList<>();
    final List<List<Clause>> clauses = new ArrayList<>();
    final List<Integer> paragraphs = new ArrayList<>();
    final List<EntityMention> entities;
    final List<TimeMention> dates;
    final List<DurationMention> durations;
    /** Per token: true when some entity mention covers it. */
    private final boolean[] inEntity;
    private final boolean hasDurations;
    /**
     * Per token, looked up on first use: its {@link WordTable} row (its sections in every
     * lexicon). The call, round and meeting extractors ask the same questions about the same
     * tokens many times; each token is looked up once. A view is confined to one thread.
     */
    private final long[][] wordRows;
    /** Per token: its start offset (the searches by offset read this array, not the token objects). */
    private final int[] tokStarts;

    /**
     * The view of {@code doc}, with its durations when {@code needDurations}. A view is immutable
     * once built, so the extractors that read the same article one after the other on a thread
     * share one (the article's layers never change once set).
     */
    static ArticleView of(AnnotatedArticle doc, boolean needDurations) {
        ArticleView last = LAST.get();
        if (last != null && last.doc == doc && (last.hasDurations || !needDurations)) {
            return last;
        }
        ArticleView v = new ArticleView(doc, needDurations);
        LAST.set(v);
        return v;
    }

    private ArticleView(AnnotatedArticle doc, boolean needDurations) {
        this.doc = doc;
        this.text = doc.text();
        this.published = doc.article().published();
        this.bodyEnd = ArticleBody.end(text);
        this.toks = new ArrayList<>(text.length() / 5 + 16); // German news has a token per six or seven characters: no regrowing
        tokenize(text, toks);
        this.tokStarts = new int[toks.size()];
        for (int k = 0; k < tokStarts.length; k++) {
            tokStarts[k] = toks.get(k).start();
        }
        this.wordRows = new long[toks.size()][];
        this.entities = inBody(doc.get(Layer.ENTITIES), e -> e.key() != null);
        this.dates = inBody(doc.get(Layer.DATES), d -> d.value() != null);
        this.hasDurations = needDurations;
        this.durations = needDurations ? inBody(doc.get(Layer.DURATIONS), d -> true) : List.of();
        this.inEntity = coveredTokens();
        int t = 0;
        int newlines = 0;
        int counted = 0;
        for (Sentence s : doc.get(Layer.SENTENCES)) {
            if (s.start() >= bodyEnd) {
                break;
            }
            while (t < tokStarts.length && tokStarts[t] < s.start()) {
                t++;
            }
            int first = t;
            while (t < tokStarts.length && tokStarts[t] < s.end()) {
                t++;
            }
            int idx = sentences.size();
            sentences.add(s);
            sentenceToks.add(new int[] {first, t});
            clauses.add(splitClauses(idx, first, t));
            // paragraph number: line breaks before the sentence (sentences come in text order); the
            // scan stops at the sentence, so a text without line breaks is read once, not once per sentence
            for (int nl = text.indexOf('\n', counted, s.start()); nl >= 0; nl = text.indexOf('\n', nl + 1, s.start())) {
                newlines++;
            }
            counted = Math.max(counted, s.start());
            paragraphs.add(newlines);
        }
    }

    /** The spans of {@code layer} that end in the body and pass {@code keep}, sorted by start (stable). */
    private <T extends Spanned> List<T> inBody(List<T> layer, java.util.function.Predicate<T> keep) {
        List<T> out = new ArrayList<>(layer.size());
        for (T x : layer) {
            if (x.end() <= bodyEnd && keep.test(x)) {
                out.add(x);
            }
        }
        if (!sortedByStart(out)) {
            out.sort(Comparator.comparingInt(Spanned::start)); // stable: a sorted list would stay as it is
        }
        return java.util.Collections.unmodifiableList(out);
    }

    private static boolean sortedByStart(List<? extends Spanned> list) {
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i - 1).start() > list.get(i).start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits {@code text} into tokens as the regular expression
     * {@code \p{N}+(?:[.:/]\p{N}+)*|[\p{L}\p{N}]+|\S} would, by code point: numbers with their
     * separators ("16.05.2025", "12:30"), runs of letters and digits, and any other character
     * but ASCII white space on its own.
     */
    static void tokenize(String text, List<Tok> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char first = text.charAt(i);
            byte kind = first < LATIN1 ? LATIN1_KIND[first] : OTHER;
            if (kind == SPACE) {
                i++;
                continue;
            }
            if (kind == LETTER) {
                // the common case, a word that starts with a Latin-1 letter: scanned by table, lower-cased
                // here when all of it is Latin-1 (the run and lowerCase below, in one pass)
                int end = i + 1;
                boolean upper = isLatin1Upper(first);
                char c;
                while (end < n && (c = text.charAt(end)) < LATIN1 && LATIN1_KIND[c] >= NUMBER) {
                    upper |= isLatin1Upper(c);
                    end++;
                }
                if (end < n && text.charAt(end) >= LATIN1) {
                    end = run(text, end, true); // goes on beyond Latin-1 (or stops right there)
                    String tok = text.substring(i, end);
                    out.add(new Tok(out.size(), i, end, tok, lowerCase(tok)));
                } else {
                    String tok = text.substring(i, end);
                    out.add(new Tok(out.size(), i, end, tok, upper ? lowerLatin1(tok) : tok));
                }
                i = end;
                continue;
            }
            int cp = Character.isHighSurrogate(first) ? text.codePointAt(i) : first;
            int end;
            if (kind == NUMBER || kind == OTHER && isNumber(cp)) {
                end = run(text, i, false);
                while (end + 1 < n && isNumberSeparator(text.charAt(end)) && isNumber(text.codePointAt(end + 1))) {
                    end = run(text, end + 1, false);
                }
            } else if (kind == OTHER && Character.isLetter(cp)) {
                end = run(text, i, true);
            } else {
                end = i + Character.charCount(cp);
            }
            String tok = end == i + 1 && first < ONE_CHAR.length ? ONE_CHAR[first] : text.substring(i, end);
            out.add(new Tok(out.size(), i, end, tok, lowerCase(tok)));
            i = end;
        }
    }

    /**
     * {@code word.toLowerCase(Locale.ROOT)}, without its case tables for the words of Latin-1
     * characters that German tokens are: there it maps exactly A-Z and À-Þ (but ×) to the
     * character 0x20 above, and leaves every other character alone.
     */
    static String lowerCase(String word) {
        int n = word.length();
        boolean upper = false;
        for (int k = 0; k < n; k++) {
            char c = word.charAt(k);
            if (c > 0xFF) {
                return word.toLowerCase(Locale.ROOT);
            }
            upper |= isLatin1Upper(c);
        }
        return upper ? lowerLatin1(word) : word;
    }

    /** {@link #lowerCase} of a word of Latin-1 characters only. */
    private static String lowerLatin1(String word) {
        int n = word.length();
        char[] lower = new char[n];
        for (int k = 0; k < n; k++) {
            char c = word.charAt(k);
            lower[k] = isLatin1Upper(c) ? (char) (c + 0x20) : c;
        }
        return new String(lower);
    }

    private static boolean isLatin1Upper(char c) {
        return c >= 'A' && c <= 'Z' || c >= 0xC0 && c <= 0xDE && c != 0xD7;
    }

    /** The end of the run of numbers (and letters, when {@code letters}) starting at {@code i}. */
    private static int run(String text, int i, boolean letters) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII, most of any text: its only numbers are 0-9 and its only letters A-Z, a-z
                if (c >= '0' && c <= '9' || letters && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                    i++;
                    continue;
                }
                break;
            }
            int cp = text.codePointAt(i);
            if (!isNumber(cp) && !(letters && Character.isLetter(cp))) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ':' || c == '/';
    }

    private static boolean isAsciiSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
    }

    /** Marks the tokens that lie inside an entity mention. */
    private boolean[] coveredTokens() {
        boolean[] covered = new boolean[toks.size()];
        for (EntityMention m : entities) {
            for (int k = tokenAt(m.start()); k < tokStarts.length && tokStarts[k] < m.end(); k++) {
                if (toks.get(k).end() <= m.end()) {
                    covered[k] = true;
                }
            }
        }
        return covered;
    }

    /** The ")" closing a parenthesis of at most three words opened at {@code open}, or -1. */
    private int shortParenthesisEnd(int open, int to) {
        for (int j = open + 1; j < Math.min(to, open + 5); j++) {
            String t = toks.get(j).text();
            if (t.equals(")")) {
                return j - open > 1 ? j : -1;
            }
            if (!toks.get(j).isWord() && !t.equals("-") && !t.equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    private List<Clause> splitClauses(int sentence, int from, int to) {
        List<Clause> out = new ArrayList<>();
        int start = from;
        boolean speechVerb = false;
        for (int i = from; i < to; i++) {
            Tok tok = toks.get(i);
            int close = tok.text().equals("(") ? shortParenthesisEnd(i, to) : -1;
            if (close > 0) {
                i = close; // "am Freitagabend (Ortszeit) mit Selenskyj": a short aside splits nothing
                continue;
            }
            boolean boundary = tok.isPunct(HARD_BOUNDARY);
            if (!boundary && tok.text().equals(",")) {
                boolean opener = i + 1 < to && is(CLAUSE_OPENER, i + 1);
                // "Peskow erklärte am 3. Juli, Moskau und Kiew würden ...": reported speech follows
                boundary = opener || speechVerb;
            }
            if (!boundary && tok.isWord() && !tok.isCapitalized() && is(SPEECH, i)
                    && !NOT_SPEECH_VERB.contains(tok.lower())) {
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
        int hi = tokStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokStarts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Entity mentions inside [start, end] of one of {@code types} (any type when none is given), in text order. */
    List<EntityMention> entitiesIn(int start, int end, EntityType... types) {
        List<EntityMention> out = new ArrayList<>();
        for (int i = firstStartingAt(entities, start); i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            if (e.start() > end) {
                break;
            }
            if (e.end() <= end && isOneOf(e.type(), types)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The first entity mention of {@code type} inside [start, end] (as {@link #entitiesIn}) that
     * covers [from, to), or null; without building the list.
     */
    EntityMention firstEntityIn(int start, int end, EntityType type, int from, int to) {
        for (int i = firstStartingAt(entities, start); i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            if (e.start() > end) {
                break;
            }
            if (e.end() <= end && e.type() == type && e.start() <= from && to <= e.end()) {
                return e;
            }
        }
        return null;
    }

    private static boolean isOneOf(EntityType type, EntityType[] types) {
        if (types.length == 0) {
            return true;
        }
        for (EntityType t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }

    List<TimeMention> datesIn(int start, int end) {
        return within(dates, start, end);
    }

    List<DurationMention> durationsIn(int start, int end) {
        return within(durations, start, end);
    }

    /** True when token {@code tok}'s lower-case form matches a one-token entry of {@code section}. */
    boolean is(Lexicon.Section section, int tok) {
        return (lexiconBits(section.lexicon, tok, 0) & section.bit) != 0;
    }

    /**
     * The number of tokens of the longest entry of {@code section} matching at token {@code tok}
     * (tokens up to {@code limit}, exclusive), or 0; as {@link Lexicon.Section#matchAt}, but
     * without a look-up when no entry of the section starts with the token's word.
     */
    int matchAt(Lexicon.Section section, int tok, int limit) {
        if (tok >= limit || (lexiconBits(section.lexicon, tok, 1) & section.bit) == 0) {
            return 0;
        }
        return section.matchAt(toks, tok, limit);
    }

    /**
     * True when token {@code tok} is, or starts, an entry of at least one of {@code sections}
     * (all of one lexicon, see {@link Lexicon#anyOf}): a cheap test that lets a loop skip the
     * tokens none of its questions can be about.
     */
    boolean mayStart(Lexicon.Sections sections, int tok) {
        return (lexiconBits(sections.lexicon(), tok, 1) & sections.bits()) != 0;
    }

    /** True when an entry of {@code section} matches at some token of [from, to) and ends by {@code to}. */
    boolean hasAny(Lexicon.Section section, int from, int to) {
        for (int i = from; i < to; i++) {
            if (matchAt(section, i, to) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sections of {@code lexicon} that token {@code tok} is a one-token entry of
     * ({@code which} 0) or starts an entry of ({@code which} 1), as bits.
     */
    private long lexiconBits(Lexicon lexicon, int tok, int which) {
        int at = 2 * lexicon.id() + which;
        long[] row = wordRows[tok];
        if (row == null || at >= row.length) {
            // not looked up yet, or looked up before this lexicon was loaded
            row = Lexicon.table().row(toks.get(tok).lower());
            wordRows[tok] = row;
        }
        return row[at];
    }

    /** True when token {@code tokIndex} lies inside an entity mention. */
    boolean insideEntity(int tokIndex) {
        return inEntity[tokIndex];
    }

    /** True when a person mention starts where token {@code t} starts. */
    boolean startsPerson(Tok t) {
        for (int i = firstStartingAt(entities, t.start()); i < entities.size(); i++) {
            EntityMention m = entities.get(i);
            if (m.start() != t.start()) {
                break;
            }
            if (m.type() == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** The spans of a list sorted by start that lie inside [start, end], in order. */
    private static <T extends Spanned> List<T> within(List<T> sorted, int start, int end) {
        List<T> out = new ArrayList<>();
        for (int i = firstStartingAt(sorted, start); i < sorted.size(); i++) {
            T x = sorted.get(i);
            if (x.start() > end) {
                break;
            }
            if (x.end() <= end) {
                out.add(x);
            }
        }
        return out;
    }

    /** Index of the first span of a list sorted by start that starts at or after {@code offset}. */
    private static int firstStartingAt(List<? extends Spanned> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    Sentence sentence(int i) {
        return sentences.get(i);
    }

    /**
     * Body sentence {@code i} as evidence: its span of the text. The sentence already holds that
     * text, so no substring is cut per report.
     */
    Span sentenceSpan(int i) {
        Sentence s = sentences.get(i);
        return new Span(s.start(), s.end(), s.text());
    }
}
