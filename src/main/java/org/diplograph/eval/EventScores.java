package org.diplograph.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The score of one kind of event (calls or rounds): matching counts (optional gold events count neither
 * way) and, on the matched pairs, the attribute accuracies and topic counts.
 *
 * @param matching  matched pairs (tp), unmatched predictions (fp), unmatched required gold events (fn)
 * @param optional  predictions that matched an optional gold event (not counted in {@code matching})
 * @param date      exact date (with its precision; for date_basis=published, null or the publication date)
 * @param duration  both absent, or within 10 % of the gold minutes
 * @param status    held/planned equal
 * @param ordinal   equal (both absent counts as equal)
 * @param topics    topic sets on matched pairs; predictions listed in topics_optional are ignored
 * @param details   one line per error, for reading: "FN 2025-03-18 Donald Trump + Vladimir Putin"
 */
public record EventScores(Counts matching, int optional, Accuracy date, Accuracy duration, Accuracy status,
                          Accuracy ordinal, Counts topics, List<String> details) {

    public static final EventScores EMPTY = new EventScores(Counts.ZERO, 0, Accuracy.ZERO, Accuracy.ZERO,
            Accuracy.ZERO, Accuracy.ZERO, Counts.ZERO, List.of());

    public EventScores {
        details = List.copyOf(details);
    }

    public EventScores plus(EventScores o) {
        List<String> all = new ArrayList<>(details);
        all.addAll(o.details);
        return new EventScores(matching.plus(o.matching), optional + o.optional, date.plus(o.date),
                duration.plus(o.duration), status.plus(o.status), ordinal.plus(o.ordinal), topics.plus(o.topics), all);
    }
}
