package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first tokens of all entries of a set of lexicons, as one character trie: a single walk
 * along a word tells which sections of every lexicon it is in, so that classifying a token costs
 * one pass over (at most) its characters instead of a hash probe and a scan of prefix patterns
 * per section. Immutable; {@link Lexicon} builds a new table when a lexicon is loaded.
 *
 * <p>The trie is built from nodes, then laid out in a few flat arrays (node {@code n}'s edges
 * are {@code edgeChar}/{@code edgeTarget} from {@code edgeStart[n]} to {@code edgeStart[n + 1]},
 * sorted by character): every token is looked up, and a walk through small primitive arrays
 * stays in the cache where a walk through node objects and their arrays does not.
 *
 * <p>A row ({@link #row(String)}) holds two words per lexicon: at {@code 2 * id} the sections
 * with a one-token entry matching the word, at {@code 2 * id + 1} the sections with an entry
 * whose first token matches it.
 */
final class WordTable {
    /** One trie node while the table is built: its children by character (sorted). */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        /** Bits of entries whose first token is exactly the path to this node, or null. */
        long[] exact;
        /** Bits of prefix patterns ("telefonier*") that are exactly the path to this node, or null. */
        long[] prefix;

        Node add(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            Node n = new Node();
            keys = insert(keys, at, c);
            Node[] grown = new Node[children.length + 1];
            System.arraycopy(children, 0, grown, 0, at);
            grown[at] = n;
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            children = grown;
            return n;
        }

        private static char[] insert(char[] a, int at, char c) {
            char[] grown = new char[a.length + 1];
            System.arraycopy(a, 0, grown, 0, at);
            grown[at] = c;
            System.arraycopy(a, at, grown, at + 1, a.length - at);
            return grown;
        }
    }

    private static final int ROOT = 0;

    private final int lexicons;
    /** Per node: where its edges start in {@link #edgeChar} and {@link #edgeTarget}; one extra entry at the end. */
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    /** Per node: the row of a word that ends here ({@code exact} or-ed with every prefix on the path). */
    private final long[][] wordRow;
    /** Per node: the row of a longer word that leaves the trie here (every prefix on the path). */
    private final long[][] passRow;
    /** The root's child by character, for the first character of a word when it is below 256; -1 for none. */
    private final int[] first = new int[256];

    /** The table of {@code lexicons}, whose {@link Lexicon#id()}s are 0, 1, 2, ... in list order. */
    WordTable(List<Lexicon> lexicons) {
        this.lexicons = lexicons.size();
        Node root = new Node();
        for (Lexicon lex : lexicons) {
            lex.forEachFirstToken((pattern, single, start) -> {
                boolean isPrefix = pattern.endsWith("*");
                String word = isPrefix ? pattern.substring(0, pattern.length() - 1) : pattern;
                Node n = root;
                for (int i = 0; i < word.length(); i++) {
                    n = n.add(word.charAt(i));
                }
                long[] row;
                if (isPrefix) {
                    row = n.prefix == null ? n.prefix = new long[2 * this.lexicons] : n.prefix;
                } else {
                    row = n.exact == null ? n.exact = new long[2 * this.lexicons] : n.exact;
                }
                row[2 * lex.id()] |= single;
                row[2 * lex.id() + 1] |= start;
            });
        }
        // number the nodes breadth first (the root is 0), then lay out their edges in that order
        List<Node> order = new ArrayList<>();
        order.add(root);
        int edges = 0;
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            edges += n.keys.length;
            order.addAll(Arrays.asList(n.children));
        }
        int nodes = order.size();
        edgeStart = new int[nodes + 1];
        edgeChar = new char[edges];
        edgeTarget = new int[edges];
        wordRow = new long[nodes][];
        passRow = new long[nodes][];
        passRow[ROOT] = root.prefix == null ? new long[2 * this.lexicons] : root.prefix;
        int e = 0;
        int next = 1; // breadth first: the children of the nodes before have taken the numbers below
        for (int id = 0; id < nodes; id++) {
            Node n = order.get(id);
            long[] pass = passRow[id];
            wordRow[id] = n.exact == null ? pass : or(pass, n.exact);
            edgeStart[id] = e;
            for (int k = 0; k < n.keys.length; k++, e++, next++) {
                Node child = n.children[k];
                edgeChar[e] = n.keys[k];
                edgeTarget[e] = next;
                passRow[next] = child.prefix == null ? pass : or(pass, child.prefix);
            }
        }
        edgeStart[nodes] = e;
        Arrays.fill(first, -1);
        for (int k = edgeStart[ROOT]; k < edgeStart[ROOT + 1] && edgeChar[k] < first.length; k++) {
            first[edgeChar[k]] = edgeTarget[k];
        }
    }

    private static long[] or(long[] a, long[] b) {
        long[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] |= b[i];
        }
        return out;
    }

    /** How many lexicons the table covers: rows are twice as long. */
    int lexicons() {
        return lexicons;
    }

    /** The child of node {@code n} by character {@code c}, or -1. */
    private int child(int n, char c) {
        // most nodes have a handful of children: a scan of the sorted edges beats a binary search
        for (int e = edgeStart[n], end = edgeStart[n + 1]; e < end; e++) {
            char k = edgeChar[e];
            if (k >= c) {
                return k == c ? edgeTarget[e] : -1;
            }
        }
        return -1;
    }

    /** The bits of {@code lower} in every lexicon (see the class comment); shared, never modify. */
    long[] row(String lower) {
        int n = ROOT;
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            int c = i == 0 && ch < first.length ? first[ch] : child(n, ch);
            if (c < 0) {
                return passRow[n];
            }
            n = c;
        }
        return wordRow[n];
    }
}
