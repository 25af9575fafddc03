package org.diplograph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores over a set of articles: entity counts summed over articles (micro-average), event matching and
 * attribute accuracies, and the per-article scores they come from.
 */
public record EvaluationReport(List<ArticleScore> articles) {

    public EvaluationReport {
        articles = List.copyOf(articles);
    }

    public Counts persons() {
        return articles.stream().map(ArticleScore::persons).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts countries() {
        return articles.stream().map(ArticleScore::countries).reduce(Counts.ZERO, Counts::plus);
    }

    public EventScores calls() {
        return articles.stream().map(ArticleScore::calls).reduce(EventScores.EMPTY, EventScores::plus);
    }

    public EventScores rounds() {
        return articles.stream().map(ArticleScore::rounds).reduce(EventScores.EMPTY, EventScores::plus);
    }

    /** The report as aligned text tables; with {@code perArticle}, one row per article and every error. */
    public String toText(boolean perArticle) {
        StringBuilder sb = new StringBuilder();
        sb.append("Evaluation over ").append(articles.size()).append(articles.size() == 1 ? " article" : " articles")
                .append(" (entities micro-averaged; ratios with nothing to count are \"-\")\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "tp", "fp", "fn", "precision", "recall", "F1"});
        rows.add(countsRow("persons", persons()));
        rows.add(countsRow("countries", countries()));
        rows.add(countsRow("calls", calls().matching()));
        rows.add(countsRow("rounds", rounds().matching()));
        table(sb, rows);
        sb.append('\n');

        rows = new ArrayList<>();
        rows.add(new String[] {"matched pairs", "date", "duration", "status", "ordinal", "topic P", "topic R",
            "topic F1", "optional"});
        rows.add(attributeRow("calls", calls()));
        rows.add(attributeRow("rounds", rounds()));
        table(sb, rows);

        if (perArticle) {
            sb.append('\n');
            rows = new ArrayList<>();
            rows.add(new String[] {"article", "gold", "persons F1", "countries F1", "calls tp/fp/fn",
                "rounds tp/fp/fn"});
            for (ArticleScore a : articles) {
                rows.add(new String[] {a.articleId(), a.gold(), ratio(a.persons().f1()), ratio(a.countries().f1()),
                    tpFpFn(a.calls().matching()), tpFpFn(a.rounds().matching())});
            }
            table(sb, rows);
            for (ArticleScore a : articles) {
                List<String> errors = new ArrayList<>(a.calls().details());
                errors.addAll(a.rounds().details());
                if (!errors.isEmpty()) {
                    sb.append('\n').append(a.articleId()).append(":\n");
                    errors.forEach(e -> sb.append("  ").append(e).append('\n'));
                }
            }
        }
        return sb.toString();
    }

    private static String[] countsRow(String name, Counts c) {
        return new String[] {name, Integer.toString(c.tp()), Integer.toString(c.fp()), Integer.toString(c.fn()),
            ratio(c.precision()), ratio(c.recall()), ratio(c.f1())};
    }

    private static String[] attributeRow(String name, EventScores s) {
        return new String[] {name + " (" + s.matching().tp() + ")", accuracy(s.date()), accuracy(s.duration()),
            accuracy(s.status()), accuracy(s.ordinal()), ratio(s.topics().precision()), ratio(s.topics().recall()),
            ratio(s.topics().f1()), Integer.toString(s.optional())};
    }

    private static String tpFpFn(Counts c) {
        return c.tp() + "/" + c.fp() + "/" + c.fn();
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.3f", r);
    }

    private static String accuracy(Accuracy a) {
        return a.total() == 0 ? "-" : ratio(a.rate()) + " (" + a.correct() + "/" + a.total() + ")";
    }

    /** First column left-aligned, the others right-aligned, two spaces apart. */
    private static void table(StringBuilder sb, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                if (i == 0) {
                    line.append(r[i]).append(" ".repeat(width[i] - r[i].length()));
                } else {
                    line.append("  ").append(" ".repeat(width[i] - r[i].length())).append(r[i]);
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
