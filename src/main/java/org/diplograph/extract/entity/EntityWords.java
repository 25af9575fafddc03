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
     */
    record Word(boolean startsName, int aliasWords, boolean startsNameBare, int aliasWordsBare,
                List<Entity> entities, boolean surname, boolean surnameBare, int surnameWords,
                Entity adjective, EntityLexicons.Role role, boolean firstName,
                boolean endsName, boolean endsNameBare) {
    }

    /** The answers for a word no list knows. */
    static final Word NONE = new Word(false, 0, false, 0, List.of(), false, false, 0, null, null, false, false, false);

    private final EntityCatalog catalog;
    /** The {@link #lastWord} of every catalog key: what {@link Word#endsName} is answered from. */
    final Set<String> lastWords;
    private final Map<String, Word> words = new HashMap<>();
    /**
     * A filter in front of {@link #words}: bit {@link #sketch} of every key is set. Most words of
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
        for (String w : candidates) {
            if (w.isEmpty() || w.indexOf(' ') >= 0) {
                continue; // never the text of one token: a name of several words
            }
            Word word = answers(w, catalog, lex, lastWords);
            if (!word.equals(NONE)) {
                words.put(w, word);
                int b = sketch(w);
                sketches[b >>> 6] |= 1L << b;
            }
        }
    }

    /** The answers for {@code w} asked of the catalog and word lists one by one: what {@link #get} must give. */
    static Word answers(String w, EntityCatalog catalog, EntityLexicons lex, Set<String> lastWords) {
        String bare = w.length() > 2 && w.endsWith("s") ? w.substring(0, w.length() - 1) : null;
        return new Word(catalog.startsName(w), catalog.maxAliasWords(w),
                bare != null && catalog.startsName(bare), bare == null ? 0 : catalog.maxAliasWords(bare),
                catalog.lookup(w), catalog.isSurname(w),
                w.length() > 3 && bare != null && catalog.isSurname(bare), catalog.maxSurnameWords(w),
                catalog.countryByAdjective(w).orElse(null), lex.role(w), lex.isFirstName(w),
                lastWords.contains(w), bare != null && lastWords.contains(bare));
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
        int b = sketch(word);
        if ((sketches[b >>> 6] & 1L << b) == 0) {
            return NONE;
        }
        Word w = words.get(word);
        return w == null ? NONE : w;
    }

    /** A bit for a non-empty word from its length and its first, second and last characters. */
    private static int sketch(String w) {
        int n = w.length();
        int h = ((n * 31 + w.charAt(0)) * 31 + w.charAt(n > 1 ? 1 : 0)) * 31 + w.charAt(n - 1);
        return (h * 0x9E3779B9) >>> (32 - SKETCH_LOG);
    }
}
