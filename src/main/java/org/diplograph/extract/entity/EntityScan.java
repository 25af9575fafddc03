package org.diplograph.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Sentence;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityCatalog;

/**
 * One article prepared for the entity extractors: its tokens, which sentence each belongs to,
 * which words open a sentence, and which tokens are blocked (inside "Moscow Times",
 * "Karl-Marx-Straße", ...). Offers the lexicon look-ups every extractor needs: longest alias match,
 * names in closed compounds ("Ukrainekrieg"), country adjectives, and whether a capital is used as
 * an actor ("Moskau sagte") or as a place ("in Moskau").
 */
final class EntityScan {
    /** Nouns after which "auf Kiew" is a target, not an actor: "Angriff auf Kiew". */
    private static final Pattern ATTACK = Pattern.compile(".*(angriff|angriffe|attacke|beschuss|anschlag|schlag|vormarsch|marsch)");

    /** A lexicon match over tokens [from, to]; [start, end) in the text. */
    record Match(int from, int to, int start, int end, List<Entity> entities, String surface, boolean genitive) {
        Entity entity() {
            return entities.get(0);
        }
    }

    final String text;
    /** The article's tokens, {@link Token#index()} their position. */
    final Token[] tokens;
    final EntityCatalog catalog;
    final EntityLexicons lex;
    private final int[] sentenceOf;
    private final boolean[] sentenceInitial;
    private final boolean[] blocked;
    /** What the catalog and word lists say about each word token ({@link EntityWords#NONE} for other tokens). */
    private final EntityWords.Word[] words;
    /** The index {@link #words} come from. */
    private final EntityWords index;

    /** The scan each thread prepared last: the person, country and place extractors read the same article in turn. */
    private static final ThreadLocal<EntityScan> LAST = new ThreadLocal<>();

    private final List<Sentence> sentences;

    /**
     * The scan of {@code article}. A scan is immutable once built and depends only on the text,
     * the sentences and the catalog, so the extractors that read the same article one after the
     * other on a thread share one.
     */
    static EntityScan of(AnnotatedArticle article, EntityCatalog catalog) {
        List<Sentence> sentences = article.get(Layer.SENTENCES);
        EntityScan last = LAST.get();
        if (last != null && last.text == article.text() && last.sentences == sentences && last.catalog == catalog) {
            return last;
        }
        EntityScan scan = new EntityScan(article.text(), sentences, catalog);
        LAST.set(scan);
        return scan;
    }

    private EntityScan(String text, List<Sentence> sentences, EntityCatalog catalog) {
        this.text = text;
        this.sentences = sentences;
        this.catalog = catalog;
        this.lex = EntityLexicons.get();
        this.tokens = EntityTokens.tokenize(text);
        int n = tokens.length;
        sentenceOf = new int[n];
        sentenceInitial = new boolean[n];
        blocked = new boolean[n];
        aliasHits = new AliasHit[n][];
        compoundHits = new CompoundHit[n][];
        adjectives = new Match[n];
        words = new EntityWords.Word[n];
        index = EntityWords.of(catalog);
        Arrays.fill(sentenceOf, -1);
        int s = 0;
        int sentenceCount = sentences.size();
        Sentence current = sentenceCount == 0 ? null : sentences.get(0);
        int lastSentence = -2;
        boolean afterOpener = false;
        for (Token t : tokens) {
            while (current != null && current.end() <= t.start()) {
                s++;
                current = s < sentenceCount ? sentences.get(s) : null;
            }
            int si = current != null && current.start() <= t.start() ? s : -1;
            sentenceOf[t.index()] = si;
            words[t.index()] = t.word() ? index.get(text, t.start(), t.end()) : EntityWords.NONE;
            if (t.word()) {
                sentenceInitial[t.index()] = si != lastSentence || afterOpener;
                lastSentence = si;
                afterOpener = false;
            } else if (t.kind() == Token.Kind.PUNCT && opensQuote(t.text().charAt(0))) {
                afterOpener = true;
            }
        }
        markBlocked();
    }

    /** A mark after which the next word opens a (quoted) sentence: „ “ " « » ‚ : ( */
    private static boolean opensQuote(char c) {
        return switch (c) {
            case '„', '“', '"', '«', '»', '‚', ':', '(' -> true;
            default -> false;
        };
    }

    private void markBlocked() {
        // blocked names wherever they stand between non-alphanumerics. A blocked name starts with a
        // letter or digit (EntityLexicons makes sure) after a character that is none: at the start
        // of a word token, or inside one right after a combining mark, the only such characters a
        // word has. So only those positions are tried, not every character of the text.
        for (Token t : tokens) {
            if (!t.word()) {
                continue;
            }
            blockPhrasesAt(t.start());
            if (t.marked()) {
                for (int at = t.start() + 1; at < t.end(); at++) {
                    if (!Character.isLetterOrDigit(text.charAt(at - 1)) && Character.isLetterOrDigit(text.charAt(at))) {
                        blockPhrasesAt(at);
                    }
                }
            }
        }
        for (Token t : tokens) {
            if (t.word() && t.inCompound() && t.index() == t.first()
                    && lex.blocksCompound(tokens[t.last()].text())) {
                for (int k = t.first(); k <= t.last(); k++) {
                    blocked[k] = true;
                }
            }
        }
    }

    /** Blocks the tokens of every blocked name that starts at {@code at} and ends before a non-alphanumeric. */
    private void blockPhrasesAt(int at) {
        int n = text.length();
        if (at + 1 >= n) {
            return; // every blocked name has two characters at least
        }
        for (String phrase : lex.blockedPhrases(text.charAt(at), text.charAt(at + 1))) {
            int end = at + phrase.length();
            if (text.startsWith(phrase, at) && (end >= n || !Character.isLetterOrDigit(text.charAt(end)))) {
                blockTokens(at, end);
            }
        }
    }

    /** Blocks every token overlapping [start, end). */
    private void blockTokens(int start, int end) {
        int lo = 0;
        int hi = tokens.length;
        while (lo < hi) { // the first token ending after start
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < tokens.length && tokens[k].start() < end; k++) {
            blocked[k] = true;
        }
    }

    int size() {
        return tokens.length;
    }

    Token tok(int i) {
        return i >= 0 && i < tokens.length ? tokens[i] : null;
    }

    /** What the catalog and word lists say about the text of token i, a single word. */
    EntityWords.Word word(int i) {
        return words[i];
    }

    /**
     * What the catalog and word lists say about the whole hyphenated compound token i opens
     * ("US-Präsident", "Hans-Rudolf"), read in the text: exactly what {@link EntityWords#get(String)}
     * gives for {@code span(i, tok(i).last())}, a compound having no space in it.
     */
    EntityWords.Word compound(int i) {
        return index.get(text, tokens[i].start(), tokens[tokens[i].last()].end());
    }

    boolean blocked(int i) {
        return blocked[i];
    }

    boolean sentenceInitial(int i) {
        return sentenceInitial[i];
    }

    boolean sameSentence(int i, int j) {
        return sentenceOf[i] == sentenceOf[j];
    }

    String span(int from, int to) {
        if (from == to) {
            return tokens[from].text(); // the same string, its hash code already computed
        }
        return text.substring(tokens[from].start(), tokens[to].end());
    }

    /** The previous word token in the same sentence, skipping nothing but hyphens; or null. */
    Token prevWord(int i) {
        int k = i - 1;
        if (k >= 0 && tokens[k].word() && sameSentence(k, i)) {
            return tokens[k];
        }
        return null;
    }

    /** The next token if it is a word in the same sentence, or null. */
    Token nextWord(int i) {
        int k = i + 1;
        if (k < tokens.length && tokens[k].word() && sameSentence(k, i)) {
            return tokens[k];
        }
        return null;
    }

    /** True when a hyphen glues token i to the next one ("US-", also "US- und EU-Staaten"). */
    boolean hyphenAfter(int i) {
        Token t = tok(i);
        Token h = tok(i + 1);
        return t != null && h != null && h.kind() == Token.Kind.HYPHEN && h.start() == t.end();
    }

    boolean hyphenBefore(int i) {
        Token t = tok(i);
        Token h = tok(i - 1);
        return t != null && h != null && h.kind() == Token.Kind.HYPHEN && h.end() == t.start();
    }

    /**
     * The longest catalog name or alias starting at word token i whose entities pass
     * {@code filter}; a genitive -s on the last word is accepted ("Russlands", "Putins").
     */
    Match longestAlias(int i, Predicate<Entity> filter) {
        Token first = tok(i);
        if (first == null || !first.word() || blocked[i]) {
            return null;
        }
        for (AliasHit h : aliasHits(i)) {
            List<Entity> found = filtered(h.exact(), filter);
            if (!found.isEmpty()) {
                return new Match(i, h.to(), first.start(), tokens[h.to()].end(), found, h.surface(), false);
            }
            found = filtered(h.ofBare(), filter);
            if (!found.isEmpty()) {
                return new Match(i, h.to(), first.start(), tokens[h.to()].end(), found, h.bare(), true);
            }
        }
        return null;
    }

    /**
     * The token ranges [i, to] starting at word token i, longest first, whose text the catalog
     * knows as a name or alias ({@code exact}), or, when the last word is longer than two letters,
     * without a final -s that is not itself preceded by an s ({@code ofBare}, a genitive:
     * "Russlands", "Putins"). Ranges end on an unblocked word in the sentence of token i.
     * Unfiltered, so the person, country and place extractors, which ask with different filters
     * about the same tokens, share one catalog look-up per range: {@link #longestAlias} filters.
     */
    private record AliasHit(int to, String surface, List<Entity> exact, String bare, List<Entity> ofBare) {
    }

    private static final AliasHit[] NO_HITS = {};

    /** The {@link AliasHit}s of each token, computed the first time an extractor asks. */
    private final AliasHit[][] aliasHits;

    private AliasHit[] aliasHits(int i) {
        AliasHit[] hits = aliasHits[i];
        if (hits == null) {
            hits = findAliasHits(i);
            aliasHits[i] = hits;
        }
        return hits;
    }

    private AliasHit[] findAliasHits(int i) {
        EntityWords.Word w = words[i];
        if (!w.startsName() && !w.startsNameBare()) {
            return NO_HITS;
        }
        // no name starting with this word (or its form without a genitive s) has more words than this
        int maxWords = Math.max(w.aliasWords(), w.aliasWordsBare());
        int maxTo = Math.min(tokens.length - 1, i + Math.max(maxWords, 1) - 1);
        AliasHit[] hits = NO_HITS; // mostly one at most: grown by one
        for (int j = maxTo; j >= i; j--) {
            Token last = tokens[j];
            if (!last.word() || !sameSentence(i, j) || blocked[j]) {
                continue;
            }
            if (j > i && !words[j].endsName() && !words[j].endsNameBare()) {
                continue; // no key ends with this word (or its form without a genitive s): no look-up finds one
            }
            if (j == i && w.entities().isEmpty() && w.entitiesBare().isEmpty()) {
                continue; // one word: the index knows what the look-ups below find for it, nothing
            }
            String surface = span(i, j);
            List<Entity> exact = j == i ? w.entities() : catalog.lookup(surface);
            String bare = null;
            List<Entity> ofBare = List.of();
            if (last.end() - last.start() > 2 && (surface.endsWith("s") || surface.endsWith("'"))) {
                bare = surface.substring(0, surface.length() - 1);
                if (!bare.endsWith("s")) {
                    // one word (which never ends in an apostrophe): looked up once by the index
                    ofBare = j == i ? w.entitiesBare() : catalog.lookup(bare);
                }
            }
            if (!exact.isEmpty() || !ofBare.isEmpty()) {
                hits = Arrays.copyOf(hits, hits.length + 1);
                hits[hits.length - 1] = new AliasHit(j, surface, exact, bare, ofBare);
            }
        }
        return hits;
    }

    /** The entities of {@code list} that pass {@code filter}: the list itself when all do. */
    private static List<Entity> filtered(List<Entity> list, Predicate<Entity> filter) {
        int n = list.size();
        int k = 0;
        while (k < n && filter.test(list.get(k))) {
            k++;
        }
        if (k == n) {
            return list;
        }
        List<Entity> out = new ArrayList<>(n - 1);
        for (int x = 0; x < k; x++) {
            out.add(list.get(x));
        }
        for (int x = k + 1; x < n; x++) {
            if (filter.test(list.get(x))) {
                out.add(list.get(x));
            }
        }
        return out;
    }

    /**
     * A name opening a closed compound with a known head: "Ukrainekrieg", "Nahostkonflikt",
     * "Russlandsanktionen". The match covers only the name part of the word.
     */
    Match closedCompound(int i, Predicate<Entity> filter) {
        Token t = tok(i);
        if (t == null || !t.capitalized() || blocked[i]) {
            return null;
        }
        for (CompoundHit h : compoundHits(i)) {
            List<Entity> found = filtered(h.exact(), filter);
            String prefix = h.prefix();
            if (found.isEmpty() && h.stripped() != null) {
                prefix = h.stripped();
                found = filtered(h.ofStripped(), filter);
            }
            if (!found.isEmpty() && prefix.length() >= 3) {
                return new Match(i, i, t.start(), t.start() + prefix.length(), found, prefix, false);
            }
        }
        return null;
    }

    /**
     * A split of a capitalised word into a name part and a compound head ("Ukraine|krieg"), in
     * the lexicon order of heads: the catalog entities named by the part ({@code exact}) and, when
     * the part ends in a linking s, by the part without it ({@code stripped}, {@code ofStripped}:
     * "Russland|s|anktionen"). Unfiltered and shared like {@link AliasHit}; {@link #closedCompound}
     * filters. Splits the catalog knows nothing about are left out.
     */
    private record CompoundHit(String prefix, List<Entity> exact, String stripped, List<Entity> ofStripped) {
    }

    private static final CompoundHit[] NO_COMPOUNDS = {};

    /** The {@link CompoundHit}s of each token, computed the first time an extractor asks. */
    private final CompoundHit[][] compoundHits;

    private CompoundHit[] compoundHits(int i) {
        CompoundHit[] hits = compoundHits[i];
        if (hits == null) {
            hits = findCompoundHits(tokens[i]);
            compoundHits[i] = hits;
        }
        return hits;
    }

    private CompoundHit[] findCompoundHits(Token t) {
        // read in the article's text: most capitalised words end in no head, and need no string
        int start = t.start();
        int end = t.end();
        int length = end - start;
        if (length < 2) {
            return NO_COMPOUNDS;
        }
        List<CompoundHit> hits = null;
        for (String tail : lex.compoundTails(text, start, end)) {
            if (length <= tail.length() + 1 || !text.startsWith(tail, end - tail.length())) {
                continue;
            }
            int p = length - tail.length();
            if (!index.mayKnowPrefix(text, start, p)
                    && !(text.charAt(start + p - 1) == 's' && index.mayKnowPrefix(text, start, p - 1))) {
                continue; // neither the part before the head nor that part without a linking s names anything
            }
            String w = t.text();
            String prefix = w.substring(0, p);
            List<Entity> exact = catalog.lookup(prefix);
            String stripped = null;
            List<Entity> ofStripped = List.of();
            if (prefix.endsWith("s")) {
                stripped = prefix.substring(0, prefix.length() - 1);
                ofStripped = catalog.lookup(stripped);
            }
            if (!exact.isEmpty() || !ofStripped.isEmpty()) {
                if (hits == null) {
                    hits = new ArrayList<>(1);
                }
                hits.add(new CompoundHit(prefix, exact, stripped, ofStripped));
            }
        }
        return hits == null ? NO_COMPOUNDS : hits.toArray(NO_COMPOUNDS);
    }

    /**
     * A country adjective at token i: "russischen", "US-amerikanische", "saudi-arabischen";
     * capitalised only when it opens a sentence ("Russische Truppen ...").
     */
    Match countryAdjective(int i) {
        Token t = tok(i);
        if (t == null || !t.word() || blocked[i]) {
            return null;
        }
        Match m = adjectives[i];
        if (m == null) {
            m = findCountryAdjective(i);
            adjectives[i] = m == null ? NO_MATCH : m;
        }
        return m == NO_MATCH ? null : m;
    }

    /** Marks a token whose country adjective was looked for and not found. */
    private static final Match NO_MATCH = new Match(-1, -1, -1, -1, List.of(), "", false);

    /** The {@link #countryAdjective} of each token, computed the first time an extractor asks. */
    private final Match[] adjectives;

    private Match findCountryAdjective(int i) {
        Token t = tokens[i];
        for (int j = Math.min(t.last(), i + 2); j >= i; j--) {
            if (!tokens[j].word()) {
                continue;
            }
            // Most words are no adjective, and the index's sketch says so for a form (as written, or
            // with its first letter lowered) before it is cut out of the text and looked up.
            int start = t.start();
            int end = tokens[j].end();
            int length = end - start;
            String form = null;
            Entity c = null;
            if (!t.capitalized()) {
                if (j == i) {
                    // the form of one word as written is looked up once per article, with the token
                    c = words[i].adjective();
                    form = c == null ? null : t.text();
                } else if (index.mayKnowPrefix(text, start, length)) {
                    form = span(i, j);
                    c = catalog.countryByAdjective(form).orElse(null);
                }
            } else if (!sentenceInitial[i] || length < 2 || Character.isUpperCase(text.charAt(start + 1))) {
                // "US-amerikanische" keeps its capitals (one word alone has no hyphen); other
                // capitalised forms only open sentences
                if (j > i && index.mayKnowPrefix(text, start, length)) {
                    form = span(i, j);
                    c = form.contains("-") ? catalog.countryByAdjective(form).orElse(null) : null;
                }
            } else {
                char first = text.charAt(start);
                // "Russische" opening a sentence: ASCII capitals lower-case to one letter
                if (first >= 0x80 || index.mayKnow(length, (char) (first + ('a' - 'A')), text.charAt(start + 1),
                        text.charAt(end - 1))) {
                    form = span(i, j);
                    form = form.substring(0, 1).toLowerCase(Locale.ROOT) + form.substring(1);
                    c = catalog.countryByAdjective(form).orElse(null);
                }
            }
            if (c != null) {
                return new Match(i, j, start, end, List.of(c), form, false);
            }
        }
        return null;
    }

    /**
     * Whether a capital or seat matched at {@code m} stands for its state. Documented in
     * docs/lexicons.md: an actor is a genitive ("Moskaus Forderungen"), the object of "auf",
     * "gegen", "mit", "zwischen", ... ("Druck auf Kiew"), one of two coordinated states
     * ("Kiew und Moskau"), the subject of a verb ("Moskau sagte", "erklärte Moskau"). After a
     * location word ("in", "nach", "Hauptstadt") or inside a compound ("Moskau-Besuch") it is a
     * place.
     */
    boolean actorUse(Match m) {
        Token first = tok(m.from());
        Token last = tok(m.to());
        if (first.inCompound() || hyphenAfter(m.to()) || hyphenBefore(m.from())) {
            return false;
        }
        Token prev = prevWord(m.from());
        EntityLexicons.Use before = prev == null ? null : lex.placeContext(prev.text());
        if (before == EntityLexicons.Use.LOCATION) {
            return false;
        }
        if (m.genitive()) {
            return true;
        }
        if (before == EntityLexicons.Use.ACTOR) {
            if (prev.text().equals("auf")) {
                Token p2 = prevWord(prev.index());
                if (p2 != null && ATTACK.matcher(p2.text().toLowerCase(Locale.ROOT)).matches()) {
                    return false;
                }
            }
            return true;
        }
        if (before == EntityLexicons.Use.ACTOR_AFTER) {
            return true;
        }
        // coordination: "Kiew und Moskau", "Washington und Moskau"
        Token next = nextWord(m.to());
        if (next != null && (next.text().equals("und") || next.text().equals("oder") || next.text().equals("sowie"))) {
            Match other = longestAlias(next.index() + 1, e -> true);
            if (other != null && isStateLike(other)) {
                return true;
            }
            if (sentenceInitial[m.from()]) {
                return true;
            }
        }
        if (prev != null && (prev.text().equals("und") || prev.text().equals("oder") || prev.text().equals("sowie"))) {
            for (int s = Math.max(0, prev.index() - 4); s < prev.index(); s++) {
                Match other = longestAlias(s, e -> true);
                if (other != null && other.to() == prev.index() - 1 && isStateLike(other)) {
                    Token p = prevWord(other.from());
                    EntityLexicons.Use u = p == null ? null : lex.placeContext(p.text());
                    return u != EntityLexicons.Use.LOCATION;
                }
            }
        }
        // subject of a verb: a lower-case word that is no preposition, article or conjunction
        if (next != null && next.lowercase() && !FUNCTION_WORDS.contains(next.text())) {
            return true;
        }
        return false;
    }

    private boolean isStateLike(Match m) {
        for (Entity e : m.entities()) {
            if (e.type() == org.diplograph.extract.EntityType.COUNTRY || catalog.standsFor(e.key()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "und", "oder", "sowie", "als", "wie", "im", "in", "am", "an", "auf", "aus", "bei", "mit", "nach",
            "von", "vom", "zu", "zum", "zur", "für", "über", "unter", "vor", "gegen", "seit", "bis", "um",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
            "statt", "ist", "war", "liegt", "lag", "gelegen", "entfernt", "geflogen", "gereist", "reisen",
            "reiste", "zurück", "ankommen", "eingetroffen");
}
