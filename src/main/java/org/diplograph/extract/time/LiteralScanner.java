package org.diplograph.extract.time;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tells in one pass over a stretch of text which of up to 64 groups of literal strings occur in it
 * (an Aho-Corasick automaton). The extractors use it as the cheap pre-check before their patterns:
 * a pattern runs only on a sentence containing a literal every one of its matches contains. The
 * answer is exactly that of {@link String#contains} for each literal (optionally on case-folded
 * text), so a pre-check built on it skips only sentences the pattern could not match anyway.
 * Immutable and thread-safe once built.
 */
final class LiteralScanner {

    /** Chars that occur in no literal share class 0; it leads back to the root from every state. */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int alphabet;
    /** {@code next[state * alphabet + class]}: the state after reading a char of that class. */
    private final int[] next;
    /** The groups (bit g for group g) of the literals that end in a state, its suffixes' included. */
    private final long[] found;

    /**
     * @param groups   the literals of each group, group g answering as bit g; at most 64 groups
     * @param foldCase compare each char the way a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern
     *                 does (lower case of its upper case); the literals are folded the same way
     */
    LiteralScanner(List<? extends Iterable<String>> groups, boolean foldCase) {
        if (groups.size() > 64) {
            throw new IllegalArgumentException("at most 64 groups, got " + groups.size());
        }
        // the trie, with chars numbered by first appearance
        Map<Character, Integer> classes = new TreeMap<>();
        List<Map<Integer, Integer>> trie = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        trie.add(new TreeMap<>());
        ends.add(0L);
        for (int g = 0; g < groups.size(); g++) {
            for (String literal : groups.get(g)) {
                if (literal.isEmpty()) {
                    throw new IllegalArgumentException("empty literal in group " + g);
                }
                int state = 0;
                for (char c : literal.toCharArray()) {
                    char f = foldCase ? fold(c) : c;
                    int cls = classes.computeIfAbsent(f, k -> classes.size() + 1);
                    Integer to = trie.get(state).get(cls);
                    if (to == null) {
                        to = trie.size();
                        trie.add(new TreeMap<>());
                        ends.add(0L);
                        trie.get(state).put(cls, to);
                    }
                    state = to;
                }
                ends.set(state, ends.get(state) | 1L << g);
            }
        }
        alphabet = classes.size() + 1;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char f = foldCase ? fold((char) c) : (char) c;
            Integer cls = classes.get(f);
            classOf[c] = cls == null ? 0 : (char) (int) cls;
        }
        // breadth first: a state's failure state is shallower, so its transitions are complete
        int states = trie.size();
        next = new int[states * alphabet];
        found = new long[states];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (Map.Entry<Integer, Integer> e : trie.get(0).entrySet()) {
            next[e.getKey()] = e.getValue();
            queue.add(e.getValue());
        }
        found[0] = ends.get(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            found[s] = ends.get(s) | found[fail[s]];
            for (int cls = 0; cls < alphabet; cls++) {
                Integer child = trie.get(s).get(cls);
                if (child == null) {
                    next[s * alphabet + cls] = next[fail[s] * alphabet + cls];
                } else {
                    next[s * alphabet + cls] = child;
                    fail[child] = next[fail[s] * alphabet + cls];
                    queue.add(child);
                }
            }
        }
    }

    /** The groups (bit g for group g) with a literal inside {@code text[start, end)}. */
    long scan(CharSequence text, int start, int end) {
        int state = 0;
        long mask = 0;
        for (int i = start; i < end; i++) {
            state = next(state, text.charAt(i));
            mask |= found[state];
        }
        return mask;
    }

    /**
     * For a scan interleaved with other work: the state after reading {@code c} in {@code state}
     * (a scan begins in state 0).
     */
    int next(int state, char c) {
        return next[state * alphabet + classOf[c]];
    }

    /** The groups (bit g for group g) of the literals that end where the scan reached {@code state}. */
    long found(int state) {
        return found[state];
    }

    /** A char case-folded as a {@code UNICODE_CASE} pattern compares it: lower case of its upper case. */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
