package org.diplograph.extract.time;

import java.util.List;

/**
 * The date extractor's cheapest check, made before a sentence's word starts are looked up
 * ({@link SentenceText}): whether a stretch of text has an ASCII digit, or a word of some
 * {@link FirstWords} groups at a word start (a position not after a letter). Each position is
 * first tested against the three chars those words begin with, a small bit set that most
 * positions fail, and only a position that passes is looked up in the {@link FirstWords} (a
 * filter on three chars rejects far more positions than one on two: "vor", "Die" and "ges" pass,
 * but not "von", "Deu" or "geg"). The answer is never false where {@link SentenceText} would find a digit or
 * such a word in the same stretch (it may be true for a word that runs on past the stretch's end).
 * Immutable and thread-safe.
 */
final class SentenceGate {
    /** The size of {@link #triples} in bits, a power of two. */
    private static final int BITS = 8192;

    private final FirstWords words;
    private final long groups;
    /** Bit {@link #triple} set for the first three chars of every word of {@link #groups}; others may share a bit. */
    private final long[] triples = new long[BITS / 64];

    /**
     * @param words      the look-up of every word at a word start
     * @param groups     the groups (bit g for group g) of {@code words} whose words pass the gate
     * @param groupWords the words of those groups, each at least three chars long
     */
    SentenceGate(FirstWords words, long groups, Iterable<String> groupWords) {
        this.words = words;
        this.groups = groups;
        for (String w : groupWords) {
            if (w.length() < 3) {
                throw new IllegalArgumentException("a gate word needs three chars, got '" + w + "'");
            }
            int h = triple(w.charAt(0), w.charAt(1), w.charAt(2));
            triples[h >>> 6] |= 1L << h;
        }
    }

    /** Whether {@code text[from, to)} has an ASCII digit or a word of the groups at a word start. */
    boolean passes(String text, int from, int to) {
        boolean afterLetter = false; // the position before from counts as no letter
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            // only a word start (a position not after a letter) can begin a word of the groups: most
            // positions are inside words and are passed over without hashing their chars
            boolean letter = Letters.isLetter(c);
            if (!afterLetter) {
                char next = i + 1 < to ? text.charAt(i + 1) : '\0';
                char third = i + 2 < to ? text.charAt(i + 2) : '\0';
                int h = triple(c, next, third);
                if ((triples[h >>> 6] & 1L << h) != 0 && (words.at(text, i) & groups) != 0) {
                    return true;
                }
            }
            afterLetter = letter;
        }
        return false;
    }

    private static int triple(char first, char second, char third) {
        return ((first * 31 + second) * 31 + third) & (BITS - 1);
    }

    /** The words of the groups {@code groups} (bit g for group g) of {@code lists}. */
    static List<String> wordsOf(List<? extends List<String>> lists, long groups) {
        List<String> out = new java.util.ArrayList<>();
        for (int g = 0; g < lists.size(); g++) {
            if ((groups & 1L << g) != 0) {
                out.addAll(lists.get(g));
            }
        }
        return out;
    }
}
