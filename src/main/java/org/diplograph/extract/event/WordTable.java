package org.diplograph.extract.event;

import java.util.Arrays;
import java.util.List;

/**
 * The first tokens of all entries of a set of lexicons, as one character trie: a single walk
 * along a word tells which sections of every lexicon it is in, so that classifying a token costs
 * one pass over (at most) its characters instead of a hash probe and a scan of prefix patterns
 * per section. Immutable; {@link Lexicon} builds a new table when a lexicon is loaded.
 *
 * <p>A row ({@link #row(String)}) holds two words per lexicon: at {@code 2 * id} the sections
 * with a one-token entry matching the word, at {@code 2 * id + 1} the sections with an entry
 * whose first token matches it.
 */
final class WordTable {
    /** One trie node: its children by character (sorted), and the rows of the words it ends. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        /** Bits of entries whose first token is exactly the path to this node, or null. */
        long[] exact;
        /** Bits of prefix patterns ("telefonier*") that are exactly the path to this node, or null. */
        long[] prefix;
        /** Row of a word that ends here: {@link #exact} or-ed with every prefix on the path. */
        long[] wordRow;
        /** Row of a longer word that leaves the trie here: every prefix on the path. */
        long[] passRow;

        Node child(char c) {
            // most nodes have a handful of children: a scan of the sorted keys beats a binary search
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] >= c) {
                    return k[i] == c ? children[i] : null;
                }
            }
            return null;
        }

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

    private final Node root = new Node();
    /** The root's children by character, for the first character of a word when it is below 256. */
    private final Node[] first = new Node[256];
    private final int lexicons;
    private final long[] empty;

    /** The table of {@code lexicons}, whose {@link Lexicon#id()}s are 0, 1, 2, ... in list order. */
    WordTable(List<Lexicon> lexicons) {
        this.lexicons = lexicons.size();
        this.empty = new long[2 * this.lexicons];
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
        finish(root, empty);
        for (int i = 0; i < root.keys.length && root.keys[i] < first.length; i++) {
            first[root.keys[i]] = root.children[i];
        }
    }

    /** Fills in the rows of every node, given the prefixes of the path above it. */
    private void finish(Node n, long[] above) {
        long[] pass = n.prefix == null ? above : or(above, n.prefix);
        n.passRow = pass;
        n.wordRow = n.exact == null ? pass : or(pass, n.exact);
        for (Node c : n.children) {
            finish(c, pass);
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

    /** The bits of {@code lower} in every lexicon (see the class comment); shared, never modify. */
    long[] row(String lower) {
        Node n = root;
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            Node c = i == 0 && ch < first.length ? first[ch] : n.child(ch);
            if (c == null) {
                return n.passRow;
            }
            n = c;
        }
        return n.wordRow;
    }
}
