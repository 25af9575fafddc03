package org.diplograph.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Up to 64 groups of words, looked up at the word starts of a sentence: which groups have a word
 * the text begins with there (as a prefix: "Tag" at "Tages"). The date extractor's cheap checks
 * before a pattern: every match of the pattern has a word of a group at a word start (the
 * pattern has whitespace, a full stop or a lookbehind that excludes letters before it), so a
 * sentence without one is not scanned; and a {@link Starts} tries the pattern only at the word
 * starts with a word its matches begin with. {@link SentenceText} looks each word start up once for
 * all groups. The words are a trie, so a look-up reads the text only as far as some word goes on
 * (mostly one or two chars). Immutable and thread-safe.
 */
final class FirstWords {
    /**
     * The trie, kept small (a few thousand bytes) since it is read at every word start: the state
     * after a word's first char by that char ({@code first[c]}, 0 when no word begins with it), and
     * for each state s its children's chars {@code label[k]} and states {@code target[k]} for k in
     * {@code [child[s], child[s + 1])}; the root is state 0.
     */
    private final int[] first;
    private final int[] child;
    private final char[] label;
    private final int[] target;
    /** The groups (bit g for group g) of the words that end in a state. */
    private final long[] ends;
    /**
     * A bit for the first two chars of every word of two chars or more ({@link #pair}; other pairs may
     * share one): at most word starts the text's first two chars have none, and the walk stops there.
     */
    private final long[] pairs = new long[PAIR_BITS / 64];

    /** The size of {@link #pairs} in bits, a power of two. */
    private static final int PAIR_BITS = 4096;

    /** @param groups the words of each group, group g answering as bit g; at most 64 groups */
    FirstWords(List<? extends Iterable<String>> groups) {
        if (groups.size() > 64) {
            throw new IllegalArgumentException("at most 64 groups, got " + groups.size());
        }
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<Long> wordEnds = new ArrayList<>();
        trie.add(new TreeMap<>());
        wordEnds.add(0L);
        char maxFirst = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (String word : groups.get(g)) {
                if (word.isEmpty()) {
                    throw new IllegalArgumentException("empty word in group " + g);
                }
                maxFirst = (char) Math.max(maxFirst, word.charAt(0));
                int state = 0;
                for (char c : word.toCharArray()) {
                    Integer to = trie.get(state).get(c);
                    if (to == null) {
                        to = trie.size();
                        trie.add(new TreeMap<>());
                        wordEnds.add(0L);
                        trie.get(state).put(c, to);
                    }
                    state = to;
                }
                wordEnds.set(state, wordEnds.get(state) | 1L << g);
                if (word.length() > 1) {
                    int h = pair(word.charAt(0), word.charAt(1));
                    pairs[h >>> 6] |= 1L << h;
                }
            }
        }
        first = new int[maxFirst + 1];
        trie.get(0).forEach((c, to) -> first[c] = to);
        int states = trie.size();
        child = new int[states + 1];
        label = new char[states];
        target = new int[states];
        ends = new long[states];
        int k = 0;
        for (int s = 0; s < states; s++) {
            ends[s] = wordEnds.get(s);
            child[s] = k;
            if (s > 0) {
                for (Map.Entry<Character, Integer> e : trie.get(s).entrySet()) {
                    label[k] = e.getKey();
                    target[k++] = e.getValue();
                }
            }
        }
        child[states] = k;
    }

    /** The groups (bit g for group g) with a word that {@code s} begins with at {@code q}. */
    long at(String s, int q) {
        char c = s.charAt(q);
        if (c >= first.length || first[c] == 0) {
            return 0;
        }
        int state = first[c];
        long found = ends[state];
        if (q + 1 >= s.length() || !hasPair(c, s.charAt(q + 1))) {
            return found; // no longer word begins with these two chars
        }
        for (int i = q + 1; i < s.length(); i++) {
            c = s.charAt(i);
            int k = child[state];
            int end = child[state + 1];
            while (k < end && label[k] != c) {
                k++;
            }
            if (k == end) {
                break;
            }
            state = target[k];
            found |= ends[state];
        }
        return found;
    }

    /** Whether some word of two chars or more may begin with {@code first}, {@code second}. */
    private boolean hasPair(char first, char second) {
        int h = pair(first, second);
        return (pairs[h >>> 6] & 1L << h) != 0;
    }

    /** The bit of {@link #pairs} for two chars. */
    private static int pair(char first, char second) {
        return (first * 31 + second) & (PAIR_BITS - 1);
    }
}
