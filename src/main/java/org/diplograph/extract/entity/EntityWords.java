package org.diplograph.extract.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityCatalog;

/**
 * What the catalog and the word lists say about one word, found with one hash look-up per token.
 * The extractors ask up to ten questions about nearly every word of an article (does a name start
 * with it, is it a surname, a role, a first name, ...), each a look-up in another map, and most
 * words are none of these. This index answers all of them at once: it holds an entry for every
 * word some list knows, and {@link #NONE} stands for all other words.
 */
final class EntityWords {
    /**
     * The answers for one word {@code w}, each exactly what the catalog or lexicon method named
     * gives (w is a single token: letters, digits and combining marks, no whitespace).
     *
     * @param startsName     {@code catalog.startsName(w)}
     * @param aliasWords     {@code catalog.maxAliasWords(w)}
     * @param startsNameBare a genitive: w is longer than two characters, ends in s, and
     *                       {@code catalog.startsName} of w without it
     * @param aliasWordsBare {@code catalog.maxAliasWords} of that bare form; 0 without one
     * @param entities       {@code catalog.lookup(w)}
     * @param surname        {@code catalog.isSurname(w)}
     * @param surnameBare    w is longer than three characters, ends in s, and
     *                       {@code catalog.isSurname} of w without it
     * @param surnameWords   {@code catalog.maxSurnameWords(w)}
     * @param adjective      {@code catalog.countryByAdjective(w)}, or null
     * @param role           {@code lexicons.role(w)}
     * @param firstName      {@code lexicons.isFirstName(w)}
     * @param endsName       some key of the catalog ends with w (after a character that is no
     *                       letter, digit or mark): only then can a name of several words
     *                       ending in this token be a key
     * @param endsNameBare   w is longer than two characters, ends in s, and some key ends with
     *                       w without it (a genitive: "Putins" ending "Wladimir Putins")
     * @param entitiesBare   {@code catalog.lookup} of w without its final s when w is longer than
     *                       two characters, ends in s and not in "ss" (a genitive: "Russlands");
     *                       empty otherwise. A word no list knows has none: its form without the s
     *                       would be a key of the catalog, and w a word with answers
     */
    record Word(boolean startsName, int aliasWords, boolean startsNameBare, int aliasWordsBare,
                List<Entity> entities, boolean surname, boolean surnameBare, int surnameWords,
                Entity adjective, EntityLexicons.Role role, boolean firstName,
                boolean endsName, boolean endsNameBare, List<Entity> entitiesBare) {
    }

    /** The answers for a word no list knows. */
    static final Word NONE = new Word(false, 0, false, 0, List.of(), false, false, 0, null, null, false, false, false,
            List.of());

    private final EntityCatalog catalog;
    /** The {@link #lastWord} of every catalog key: what {@link Word#endsName} is answered from. */
    final Set<String> lastWords;
    /**
     * The words with answers, as an open-addressing table read straight from the article's text
     * (no substring per token, no map nodes to chase: a few compact arrays): slot {@code p} holds
     * {@code k + 1} for word k (0: empty) in {@code slots[2p]} and that word's {@link #hash} next
     * to it in {@code slots[2p + 1]}, one cache line for both; word k is
     * {@code keyChars[keyStart[k], keyStart[k + 1])} with answers {@code answers[k]}.
     * Linear probing, at most half full.
     */
    private final int[] slots;
    private final char[] keyChars;
    private final int[] keyStart;
    private final Word[] answers;
    /**
     * A filter in front of the table: bit {@link #sketch} of every key is set. Most words of
     * a text are no key (four in five), and a clear bit says so from four characters, without
     * hashing the whole word or probing the map.
     */
    private final long[] sketches = new long[(1 << SKETCH_LOG) / 64];
    private static final int SKETCH_LOG = 16;

    /** The index of the last catalog asked for (there is normally one: {@link EntityCatalog#bundled()}). */
    private static volatile EntityWords last;

    static EntityWords of(EntityCatalog catalog) {
        EntityWords w = last;
        if (w == null || w.catalog != catalog) {
            w = new EntityWords(catalog, EntityLexicons.get());
            last = w;
        }
        return w;
    }

    private EntityWords(EntityCatalog catalog, EntityLexicons lex) {
        this.catalog = catalog;
        // a word with an answer is a key of the catalog or a word list, the last word of a catalog
        // key, or one of these with a genitive s
        this.lastWords = lastWordsOf(catalog);
        Set<String> candidates = new HashSet<>(catalog.vocabulary());
        candidates.addAll(lex.roleAndFirstNameWords());
        candidates.addAll(lastWords);
        for (String k : List.copyOf(candidates)) {
            candidates.add(k + "s");
        }
        Map<String, Word> known = new HashMap<>();
        for (String w : candidates) {
            if (w.isEmpty() || w.indexOf(' ') >= 0) {
                continue; // never the text of one token: a name of several words
            }
            Word word = answers(w, catalog, lex, lastWords);
            if (!word.equals(NONE)) {
                known.put(w, word);
                int b = sketch(w);
                sketches[b >>> 6] |= 1L << b;
            }
        }
        int size = Integer.highestOneBit(Math.max(1, known.size()) * 2) * 2;
        slots = new int[2 * size];
        keyStart = new int[known.size() + 1];
        answers = new Word[known.size()];
        StringBuilder chars = new StringBuilder();
        int k = 0;
        for (Map.Entry<String, Word> e : known.entrySet()) {
            String w = e.getKey();
            keyStart[k] = chars.length();
            chars.append(w);
            answers[k] = e.getValue();
            int h = hash(w, 0, w.length());
            int p = h & (size - 1);
            while (slots[2 * p] != 0) {
                p = (p + 1) & (size - 1);
            }
            slots[2 * p] = k + 1;
            slots[2 * p + 1] = h;
            k++;
        }
        keyStart[k] = chars.length();
        keyChars = chars.toString().toCharArray();
    }

    /**
     * A hash of the non-empty {@code s[start, end)} from its length and five of its characters
     * (first, second, middle, next to last, last): cheaper than hashing every character, and
     * words that share all five only cost a comparison more.
     */
    private static int hash(String s, int start, int end) {
        int n = end - start;
        int h = n;
        h = 31 * h + s.charAt(start);
        h = 31 * h + s.charAt(n > 1 ? start + 1 : start);
        h = 31 * h + s.charAt(start + (n >> 1));
        h = 31 * h + s.charAt(n > 1 ? end - 2 : start);
        h = 31 * h + s.charAt(end - 1);
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    /** The answers for {@code w} asked of the catalog and word lists one by one: what {@link #get} must give. */
    static Word answers(String w, EntityCatalog catalog, EntityLexicons lex, Set<String> lastWords) {
        String bare = w.length() > 2 && w.endsWith("s") ? w.substring(0, w.length() - 1) : null;
        return new Word(catalog.startsName(w), catalog.maxAliasWords(w),
                bare != null && catalog.startsName(bare), bare == null ? 0 : catalog.maxAliasWords(bare),
                catalog.lookup(w), catalog.isSurname(w),
                w.length() > 3 && bare != null && catalog.isSurname(bare), catalog.maxSurnameWords(w),
                catalog.countryByAdjective(w).orElse(null), lex.role(w), lex.isFirstName(w),
                lastWords.contains(w), bare != null && lastWords.contains(bare),
                bare != null && !bare.endsWith("s") ? catalog.lookup(bare) : List.of());
    }

    /** The {@link #lastWord} of every catalog key. */
    static Set<String> lastWordsOf(EntityCatalog catalog) {
        Set<String> out = new HashSet<>();
        for (String k : catalog.vocabulary()) {
            out.add(lastWord(k));
        }
        return out;
    }

    /**
     * The trailing run of a key's characters that a token can hold (letters, digits, combining
     * marks, as {@link EntityTokens} reads words): the text of the last token of a span that is
     * the key.
     */
    private static String lastWord(String key) {
        int k = key.length();
        while (k > 0 && (Character.isLetterOrDigit(key.charAt(k - 1)) || EntityTokens.isMark(key.charAt(k - 1)))) {
            k--;
        }
        return key.substring(k);
    }

    /** The answers for a single token's text. */
    Word get(String word) {
        return word.isEmpty() ? NONE : get(word, 0, word.length());
    }

    /**
     * The answers for the word {@code text[start, end)} ({@code end > start}), exactly
     * {@code get(text.substring(start, end))}, without making that substring.
     */
    Word get(String text, int start, int end) {
        int n = end - start;
        int b = sketch(n, text.charAt(start), text.charAt(n > 1 ? start + 1 : start), text.charAt(end - 1));
        if ((sketches[b >>> 6] & 1L << b) == 0) {
            return NONE;
        }
        int h = hash(text, start, end);
        int mask = (slots.length >> 1) - 1;
        for (int p = h & mask; slots[2 * p] != 0; p = (p + 1) & mask) {
            if (slots[2 * p + 1] == h) {
                int k = slots[2 * p] - 1;
                int from = keyStart[k];
                if (keyStart[k + 1] - from == n && sameChars(text, start, from, n)) {
                    return answers[k];
                }
            }
        }
        return NONE;
    }

    /** Whether {@code text[start, start + n)} is {@code keyChars[from, from + n)}. */
    private boolean sameChars(String text, int start, int from, int n) {
        for (int i = 0; i < n; i++) {
            if (text.charAt(start + i) != keyChars[from + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * False when no word this index knows is the {@code n} characters of {@code s} from
     * {@code start} on ({@code n > 0}): then, that prefix being a single word, {@code catalog.lookup}
     * and every other question of {@link #answers} find nothing for it. Reads the sketch only, so
     * a caller trying many prefixes of a word builds no substring for those that name nothing.
     */
    boolean mayKnowPrefix(String s, int start, int n) {
        return mayKnow(n, s.charAt(start), s.charAt(n > 1 ? start + 1 : start), s.charAt(start + n - 1));
    }

    /**
     * False when no word this index knows has {@code n} characters, the first two {@code first}
     * and {@code second} (the same one when {@code n == 1}) and the last {@code last}.
     */
    boolean mayKnow(int n, char first, char second, char last) {
        int b = sketch(n, first, second, last);
        return (sketches[b >>> 6] & 1L << b) != 0;
    }

    /** A bit for a non-empty word from its length and its first, second and last characters. */
    private static int sketch(String w) {
        int n = w.length();
        return sketch(n, w.charAt(0), w.charAt(n > 1 ? 1 : 0), w.charAt(n - 1));
    }

    private static int sketch(int n, char first, char second, char last) {
        int h = ((n * 31 + first) * 31 + second) * 31 + last;
        return (h * 0x9E3779B9) >>> (32 - SKETCH_LOG);
    }
}
