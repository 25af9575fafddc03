package org.diplograph.extract.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Up to 64 groups of words, looked up at the word starts of a sentence: which groups have a word
 * the text begins with there (as a prefix: "Tag" at "Tages"). The date extractor's cheap check
 * before a pattern: every match of the pattern has a word of the group at a word start (the
 * pattern has whitespace, a full stop or a lookbehind that excludes letters before it), so a
 * sentence without one is not scanned. Immutable and thread-safe.
 */
final class FirstWords {
    /** The words by their first char (chars above 0xFF share buckets; each word is compared whole). */
    private final String[][] words = new String[256][];
    private final long[][] groups = new long[256][];

    /** @param groups the words of each group, group g answering as bit g; at most 64 groups */
    FirstWords(List<? extends Iterable<String>> groups) {
        if (groups.size() > 64) {
            throw new IllegalArgumentException("at most 64 groups, got " + groups.size());
        }
        List<List<String>> w = new ArrayList<>();
        List<List<Long>> g = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            w.add(new ArrayList<>());
            g.add(new ArrayList<>());
        }
        for (int k = 0; k < groups.size(); k++) {
            for (String word : Starts.shortest(groups.get(k))) {
                int b = word.charAt(0) & 0xFF;
                w.get(b).add(word);
                g.get(b).add(1L << k);
            }
        }
        for (int b = 0; b < 256; b++) {
            if (!w.get(b).isEmpty()) {
                this.words[b] = w.get(b).toArray(String[]::new);
                this.groups[b] = g.get(b).stream().mapToLong(Long::longValue).toArray();
            }
        }
    }

    /** The groups (bit g for group g) with a word that {@code s} begins with at {@code q}. */
    long at(String s, int q) {
        int b = s.charAt(q) & 0xFF;
        String[] ws = words[b];
        if (ws == null) {
            return 0;
        }
        long found = 0;
        for (int i = 0; i < ws.length; i++) {
            if (Starts.startsWith(s, q, ws[i])) {
                found |= groups[b][i];
            }
        }
        return found;
    }
}
