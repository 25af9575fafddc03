package org.diplograph.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.diplograph.DiplographException;
import org.diplograph.article.Article;
import org.diplograph.article.ReadResult;
import org.diplograph.extract.Pipeline;

/**
 * Evaluates a stream of articles: pairs each article with its gold file, predicts, scores. An article is
 * paired with the gold file whose "file" is the article's file name, else whose "article" is the article
 * id, else whose "article" is the longest prefix of the id followed by a non-alphanumeric character
 * ("001" for "001_cef17978be899d2d", not for "0012").
 */
public final class EvaluationRun {

    /**
     * @param report   the scores
     * @param warnings one line each: unreadable inputs, articles without gold, gold files without article
     * @param failed   inputs that could not be read
     */
    public record Result(EvaluationReport report, List<String> warnings, int failed) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private EvaluationRun() {
    }

    /** Predictions from running {@code pipeline} over each article. */
    public static Function<Article, ArticlePrediction> predictor(Pipeline pipeline) {
        Objects.requireNonNull(pipeline);
        return article -> Predictions.from(pipeline.run(article));
    }

    /**
     * Scores every article in {@code inputs} that has a gold file.
     *
     * @throws DiplographException when no input article has a gold file
     */
    public static Result run(List<GoldFile> gold, Stream<ReadResult> inputs,
                             Function<Article, ArticlePrediction> predictor, Evaluator evaluator) {
        List<String> warnings = new ArrayList<>();
        Map<GoldFile, String> used = new LinkedHashMap<>();
        List<Evaluator.Case> cases = new ArrayList<>();
        int failed = 0;
        for (ReadResult r : (Iterable<ReadResult>) inputs::iterator) {
            switch (r) {
                case ReadResult.Failed f -> {
                    failed++;
                    warnings.add(f.message());
                }
                case ReadResult.Ok ok -> {
                    Article a = ok.article();
                    Optional<GoldFile> g = goldFor(a, gold);
                    if (g.isEmpty()) {
                        warnings.add(a.origin() + ": no gold file for article " + a.id() + "; not scored");
                    } else if (used.containsKey(g.get())) {
                        warnings.add(a.origin() + ": gold " + g.get().article() + " is already used for article "
                                + used.get(g.get()) + "; not scored");
                    } else {
                        used.put(g.get(), a.id());
                        cases.add(new Evaluator.Case(g.get(), predictor.apply(datedByGold(a, g.get(), warnings))));
                    }
                }
            }
        }
        for (GoldFile g : gold) {
            if (!used.containsKey(g)) {
                warnings.add("gold " + g.article() + (g.file() == null ? "" : " (" + g.file() + ")")
                        + ": no input article; not scored");
            }
        }
        if (cases.isEmpty()) {
            throw new DiplographException("no input article has a gold file (gold ids: "
                    + String.join(", ", gold.stream().map(GoldFile::article).toList()) + ")");
        }
        return new Result(evaluator.evaluate(cases), warnings, failed);
    }

    /**
     * {@code article}, or, when it has no publication date of its own (a bare .txt without its .meta.json) but
     * its gold file states one, the article dated by the gold file, with a warning saying so. Without a
     * publication date "am Dienstag" or "gestern" cannot be resolved, so every call dated that way would
     * count as a miss, and the score would measure the missing file instead of the extraction.
     */
    static Article datedByGold(Article article, GoldFile gold, List<String> warnings) {
        if (article.published() != null || gold.published() == null) {
            return article;
        }
        LocalDate published;
        try {
            published = LocalDate.parse(gold.published());
        } catch (DateTimeParseException e) {
            warnings.add("gold " + gold.article() + ": \"published\" is not a date YYYY-MM-DD: " + gold.published()
                    + "; article " + article.id() + " is scored without a publication date");
            return article;
        }
        warnings.add(article.origin() + ": no publication date (no .meta.json beside it); relative dates resolved"
                + " against the gold file's \"published\" " + published);
        return new Article(article.id(), article.text(), published, article.title(), article.source(), article.url(),
                article.language(), article.origin());
    }

    /** The gold file for {@code article}, by file name, exact id, or id prefix. */
    public static Optional<GoldFile> goldFor(Article article, List<GoldFile> gold) {
        String fileName = fileName(article.origin());
        for (GoldFile g : gold) {
            if (g.file() != null && g.file().equals(fileName)) {
                return Optional.of(g);
            }
        }
        String id = article.id();
        for (GoldFile g : gold) {
            if (id.equals(g.article())) {
                return Optional.of(g);
            }
        }
        return gold.stream()
                .filter(g -> g.article() != null && !g.article().isEmpty() && id.startsWith(g.article())
                        && !Character.isLetterOrDigit(id.charAt(g.article().length())))
                .max(Comparator.comparingInt(g -> g.article().length()));
    }

    private static String fileName(String origin) {
        if (origin == null) {
            return "";
        }
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        return origin.substring(slash + 1);
    }
}
