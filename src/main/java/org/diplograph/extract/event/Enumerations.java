package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.diplograph.extract.TimeMention;
import org.diplograph.extract.TimeValue;

/**
 * Enumerated events after a series: "zu zwei Treffen: Das erste fand am 16. Mai statt, das zweite
 * am 2. Juni" - each segment (between commas, colons and semicolons) with a nominalised ordinal
 * ("das erste", "das zweite") and a date is one event of the series.
 */
final class Enumerations {
    private static final List<String> ARTICLES = List.of("das", "die", "der", "den", "dem");

    /** One enumerated item: its ordinal word, value and date. */
    record Item(int ordinalTok, int ordinal, TimeMention date) {
    }

    private Enumerations() {
    }

    static List<Item> find(ArticleView v, int sentence, int afterTok, IntPredicate isTriggerNoun) {
        List<Item> out = new ArrayList<>();
        int end = v.endTok(sentence);
        int segStart = afterTok;
        for (int i = afterTok; i <= end; i++) {
            boolean boundary = i == end || v.toks.get(i).isPunct(",;:");
            if (!boundary) {
                continue;
            }
            Item item = item(v, segStart, i, isTriggerNoun);
            if (item != null) {
                out.add(item);
            }
            segStart = i + 1;
        }
        return out;
    }

    private static Item item(ArticleView v, int from, int to, IntPredicate isTriggerNoun) {
        for (int i = from; i < to; i++) {
            Integer n = Cues.ordinalOf(v.toks.get(i).lower());
            if (n == null) {
                continue;
            }
            boolean articleBefore = i > from && ARTICLES.contains(v.toks.get(i - 1).lower());
            if (!articleBefore) {
                return null;
            }
            if (i + 1 < to) {
                Tok next = v.toks.get(i + 1);
                if (isTriggerNoun.test(i + 1) || (next.isWord() && next.isCapitalized())) {
                    return null;
                }
            }
            int s = v.toks.get(from).start();
            int e = v.toks.get(to - 1).end();
            for (TimeMention d : v.datesIn(s, e)) {
                if (d.value().precision() != TimeValue.Precision.YEAR) {
                    return new Item(i, n, d);
                }
            }
            return null;
        }
        return null;
    }
}
