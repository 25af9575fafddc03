package org.diplograph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.diplograph.extract.EntityType;

/**
 * Scores predictions against gold files with the rules of ../shared/eval/README.md:
 * <ul>
 *   <li>persons, countries: set precision/recall/F1 per article, micro-averaged (counts summed) over articles;</li>
 *   <li>calls: a prediction matches a gold call when the participant sets are equal and the dates are
 *       compatible (equal at the same precision, so "2025-03" only matches a month; or the gold date is null,
 *       which accepts any date; or the gold has date_basis=published, which accepts null or the publication
 *       date). Matching is one-to-one and maximal. Predictions left over that match an optional gold call count
 *       neither way; other leftovers are false positives, unmatched required gold calls false negatives;</li>
 *   <li>rounds: the same with the party sets;</li>
 *   <li>on matched pairs: date exact-match rate, duration within 10 % (both absent counts as right), status,
 *       ordinal (both absent counts as right) and topic P/R/F1, where a predicted topic listed in
 *       topics_optional is ignored. Topics compare by the name part of the key ("iran" in "country/iran"), so a
 *       gold topic the catalog does not know still matches whatever type the extractor gave it.</li>
 * </ul>
 * Gold names become keys through {@link GoldKeys}.
 */
public final class Evaluator {
    private final GoldKeys keys;

    public Evaluator(GoldKeys keys) {
        this.keys = Objects.requireNonNull(keys);
    }

    /** An evaluator that resolves gold names with the bundled entity catalog. */
    public static Evaluator bundled() {
        return new Evaluator(GoldKeys.bundled());
    }

    /** One article: its gold file and what was predicted. */
    public record Case(GoldFile gold, ArticlePrediction prediction) {
        public Case {
            Objects.requireNonNull(gold);
            Objects.requireNonNull(prediction);
        }
    }

    public EvaluationReport evaluate(List<Case> cases) {
        return new EvaluationReport(cases.stream().map(c -> score(c.gold(), c.prediction())).toList());
    }

    /** The score of one article. */
    public ArticleScore score(GoldFile gold, ArticlePrediction p) {
        return new ArticleScore(p.articleId(), gold.article(),
                setCounts(goldKeys(gold.persons(), EntityType.PERSON), p.persons()),
                setCounts(goldKeys(gold.countries(), EntityType.COUNTRY), p.countries()),
                events("call", EntityType.PERSON, gold.calls(), gold.optional().calls(), p.calls(), gold.published()),
                events("round", EntityType.COUNTRY, gold.rounds(), gold.optional().rounds(), p.rounds(),
                        gold.published()));
    }

    private Set<String> goldKeys(List<String> names, EntityType type) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            out.add(keys.key(type, n));
        }
        return out;
    }

    static Counts setCounts(Set<String> gold, Set<String> predicted) {
        int tp = 0;
        for (String k : predicted) {
            if (gold.contains(k)) {
                tp++;
            }
        }
        return new Counts(tp, predicted.size() - tp, gold.size() - tp);
    }

    /** A gold event with its names turned into keys. */
    private record Gold(GoldFile.Event event, Set<String> members, Set<String> topics, Set<String> topicsOptional) {
    }

    private Gold resolve(GoldFile.Event e, EntityType memberType) {
        Set<String> topics = new HashSet<>();
        e.topics().forEach(t -> topics.add(topicId(keys.key(EntityType.COUNTRY, t))));
        Set<String> optional = new HashSet<>();
        e.topicsOptional().forEach(t -> optional.add(topicId(keys.key(EntityType.COUNTRY, t))));
        return new Gold(e, goldKeys(e.members(), memberType), topics, optional);
    }

    private static String topicId(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    private EventScores events(String kind, EntityType memberType, List<GoldFile.Event> required,
                               List<GoldFile.Event> optional, List<ArticlePrediction.Event> predicted, String published) {
        List<Gold> req = required.stream().map(e -> resolve(e, memberType)).toList();
        List<Gold> opt = optional.stream().map(e -> resolve(e, memberType)).toList();
        List<String> details = new ArrayList<>();

        int[] goldToPred = match(req, predicted, new boolean[predicted.size()], published);
        boolean[] used = new boolean[predicted.size()];
        for (int pi : goldToPred) {
            if (pi >= 0) {
                used[pi] = true;
            }
        }
        int[] optToPred = match(opt, predicted, used, published);
        int optionalMatched = 0;
        for (int pi : optToPred) {
            if (pi >= 0) {
                used[pi] = true;
                optionalMatched++;
            }
        }

        int tp = 0;
        Accuracy date = Accuracy.ZERO;
        Accuracy duration = Accuracy.ZERO;
        Accuracy status = Accuracy.ZERO;
        Accuracy ordinal = Accuracy.ZERO;
        Counts topics = Counts.ZERO;
        for (int gi = 0; gi < req.size(); gi++) {
            Gold g = req.get(gi);
            if (goldToPred[gi] < 0) {
                details.add(kind + " FN " + describe(g.event().date(), g.event().members()));
                continue;
            }
            tp++;
            ArticlePrediction.Event p = predicted.get(goldToPred[gi]);
            String what = kind + " " + describe(g.event().date(), g.event().members()) + ": ";
            boolean dateOk = dateExact(g.event(), p.date(), published);
            date = date.plus(dateOk);
            if (!dateOk) {
                details.add(what + "date gold " + g.event().date() + ", predicted " + p.date());
            }
            boolean durationOk = durationWithin10Percent(g.event().durationMinutes(), p.durationMinutes());
            duration = duration.plus(durationOk);
            if (!durationOk) {
                details.add(what + "duration gold " + g.event().durationMinutes() + " min, predicted "
                        + p.durationMinutes() + " min");
            }
            boolean statusOk = g.event().status().equalsIgnoreCase(p.status());
            status = status.plus(statusOk);
            if (!statusOk) {
                details.add(what + "status gold " + g.event().status() + ", predicted " + p.status());
            }
            boolean ordinalOk = Objects.equals(g.event().ordinal(), p.ordinal());
            ordinal = ordinal.plus(ordinalOk);
            if (!ordinalOk) {
                details.add(what + "ordinal gold " + g.event().ordinal() + ", predicted " + p.ordinal());
            }
            Counts t = topicCounts(g, p.topics());
            topics = topics.plus(t);
            if (t.fp() > 0 || t.fn() > 0) {
                Set<String> predictedIds = new TreeSet<>();
                p.topics().forEach(k -> predictedIds.add(topicId(k)));
                details.add(what + "topics gold " + new TreeSet<>(g.topics()) + ", predicted " + predictedIds);
            }
        }
        int fp = 0;
        for (int pi = 0; pi < predicted.size(); pi++) {
            if (!used[pi]) {
                fp++;
                ArticlePrediction.Event p = predicted.get(pi);
                details.add(kind + " FP " + describe(p.date(), new TreeSet<>(p.members())));
            }
        }
        return new EventScores(new Counts(tp, fp, req.size() - tp), optionalMatched, date, duration, status, ordinal,
                topics, details);
    }

    private Counts topicCounts(Gold g, Set<String> predictedKeys) {
        Set<String> predicted = new HashSet<>();
        predictedKeys.forEach(k -> predicted.add(topicId(k)));
        int tp = 0;
        int fp = 0;
        for (String t : predicted) {
            if (g.topics().contains(t)) {
                tp++;
            } else if (!g.topicsOptional().contains(t)) {
                fp++;
            }
        }
        return new Counts(tp, fp, g.topics().size() - tp);
    }

    private static String describe(String date, java.util.Collection<String> members) {
        return (date == null ? "(no date)" : date) + " " + String.join(" + ", members);
    }

    /**
     * Maximum one-to-one matching of gold events to the predictions not yet {@code taken} (augmenting paths);
     * each gold event tries the predictions with the exact date first. Returns, per gold event, the index of
     * its prediction or -1.
     */
    private int[] match(List<Gold> gold, List<ArticlePrediction.Event> predicted, boolean[] taken, String published) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (Gold g : gold) {
            List<Integer> c = new ArrayList<>();
            for (int pi = 0; pi < predicted.size(); pi++) {
                ArticlePrediction.Event p = predicted.get(pi);
                if (!taken[pi] && g.members().equals(p.members()) && dateCompatible(g.event(), p.date(), published)) {
                    c.add(pi);
                }
            }
            c.sort(Comparator.comparing((Integer pi) -> !dateExact(g.event(), predicted.get(pi).date(), published)));
            candidates.add(c);
        }
        int[] predToGold = new int[predicted.size()];
        Arrays.fill(predToGold, -1);
        for (int gi = 0; gi < gold.size(); gi++) {
            augment(gi, candidates, predToGold, new boolean[predicted.size()]);
        }
        int[] goldToPred = new int[gold.size()];
        Arrays.fill(goldToPred, -1);
        for (int pi = 0; pi < predToGold.length; pi++) {
            if (predToGold[pi] >= 0) {
                goldToPred[predToGold[pi]] = pi;
            }
        }
        return goldToPred;
    }

    private static boolean augment(int gi, List<List<Integer>> candidates, int[] predToGold, boolean[] seen) {
        for (int pi : candidates.get(gi)) {
            if (seen[pi]) {
                continue;
            }
            seen[pi] = true;
            if (predToGold[pi] < 0 || augment(predToGold[pi], candidates, predToGold, seen)) {
                predToGold[pi] = gi;
                return true;
            }
        }
        return false;
    }

    /** Whether a predicted date is compatible with the gold event, for matching. */
    static boolean dateCompatible(GoldFile.Event g, String predicted, String published) {
        if (g.datedByPublication()) {
            return predicted == null || predicted.equals(published) || predicted.equals(g.date());
        }
        return g.date() == null || g.date().equals(predicted);
    }

    /** Whether a predicted date is exactly right, for the date accuracy of a matched pair. */
    static boolean dateExact(GoldFile.Event g, String predicted, String published) {
        if (g.datedByPublication()) {
            return predicted == null || predicted.equals(published) || predicted.equals(g.date());
        }
        return Objects.equals(g.date(), predicted);
    }

    /** Both absent, or the prediction within 10 % of the gold minutes. */
    static boolean durationWithin10Percent(Integer gold, Integer predicted) {
        if (gold == null || predicted == null) {
            return gold == null && predicted == null;
        }
        return Math.abs(predicted - gold) <= 0.1 * gold;
    }
}
