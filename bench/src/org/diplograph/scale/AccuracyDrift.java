package org.diplograph.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.diplograph.article.Article;
import org.diplograph.eval.ArticlePrediction;
import org.diplograph.eval.EvaluationReport;
import org.diplograph.eval.EvaluationRun;
import org.diplograph.eval.Evaluator;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.generate.CorpusGenerator;
import org.diplograph.generate.GeneratedArticle;
import org.diplograph.resolve.EntityCatalog;

/**
 * Accuracy at the two ends of a generated corpus: the first and the last {@code --sample} articles of a corpus of
 * {@code --articles} (regenerated from the seed, so no gold files need to be kept for a million articles) are
 * extracted and scored against their gold. Equal scores at both ends mean accuracy does not drift with corpus
 * position or size. Prints {@code key=value} lines.
 *
 * <p>Usage: {@code AccuracyDrift --articles N --seed S [--sample 500]}
 */
public final class AccuracyDrift {
    public static void main(String[] args) {
        long n = Long.parseLong(Corpus.arg(args, "--articles", "1000"));
        long seed = Long.parseLong(Corpus.arg(args, "--seed", "1"));
        int sample = (int) Math.min(n, Corpus.intArg(args, "--sample", 500));
        EntityCatalog catalog = EntityCatalog.bundled();
        CorpusGenerator g = new CorpusGenerator(catalog, seed);
        Function<Article, ArticlePrediction> predictor = EvaluationRun.predictor(GermanPipeline.create(catalog));
        EvaluationReport first = score(g, 0, sample, predictor);
        EvaluationReport last = score(g, n - sample, sample, predictor);
        print("first", first);
        print("last", last);
        System.out.printf(Locale.ROOT, "accuracy.calls_f1_drift=%.3f%n",
                last.calls().matching().f1() - first.calls().matching().f1());
    }

    private static EvaluationReport score(CorpusGenerator g, long from, int count,
                                          Function<Article, ArticlePrediction> predictor) {
        List<Evaluator.Case> cases = new ArrayList<>();
        for (long i = from; i < from + count; i++) {
            GeneratedArticle a = g.article(i);
            Article article = new Article(a.id(), a.text(), a.published(), a.title(), a.source(), a.url(), "de",
                    a.id());
            cases.add(new Evaluator.Case(a.gold(), predictor.apply(article)));
        }
        return Evaluator.bundled().evaluate(cases);
    }

    private static void print(String which, EvaluationReport r) {
        System.out.printf(Locale.ROOT, "accuracy.%s.persons_f1=%.3f%naccuracy.%s.countries_f1=%.3f%n"
                        + "accuracy.%s.calls_f1=%.3f%naccuracy.%s.rounds_f1=%.3f%naccuracy.%s.call_dates=%.3f%n",
                which, r.persons().f1(), which, r.countries().f1(), which, r.calls().matching().f1(), which,
                r.rounds().matching().f1(), which, r.calls().date().rate());
    }

    private AccuracyDrift() {
    }
}
