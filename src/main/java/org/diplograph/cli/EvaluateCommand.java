package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.diplograph.DiplographException;
import org.diplograph.article.ArticleSources;
import org.diplograph.article.ReadResult;
import org.diplograph.eval.EvaluationRun;
import org.diplograph.eval.Evaluator;
import org.diplograph.eval.GoldFile;
import org.diplograph.eval.GoldKeys;
import org.diplograph.eval.bench.GermEvalBenchmark;
import org.diplograph.eval.bench.WikiWarsBenchmark;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.extract.Pipeline;
import org.diplograph.resolve.EntityCatalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./diplograph evaluate --gold DIR [INPUT...]}: runs the pipeline over the input articles and scores
 * it against the gold files (rules: {@link Evaluator}). {@code --benchmark germeval|wikiwars --corpus PATH}
 * scores on a public corpus instead ({@link org.diplograph.eval.bench}). Only adapts arguments; the work
 * is in {@link org.diplograph.eval}.
 */
@Command(name = "evaluate", header = "Score extraction against gold files, or on GermEval 2014 / WikiWarsDE.", mixinStandardHelpOptions = true,
        description = {
            "Score extraction against gold annotations: persons and countries (set P/R/F1, micro-averaged),",
            "phone calls and negotiation rounds (one-to-one matching on participants and compatible date),",
            "and on matched events the date, duration, status, ordinal and topics.",
            "An article is paired with the gold file whose \"file\" is its file name, or whose \"article\"",
            "id begins its id (gold 001 for 001_cef17978be899d2d.txt). An article without a publication",
            "date of its own (a .txt with no .meta.json) is dated by its gold file's \"published\".",
            "",
            "Examples:",
            "  ./diplograph evaluate --gold ../shared/eval/seeds",
            "  ./diplograph evaluate --gold gold/ --per-article data/",
            "  ./diplograph evaluate --benchmark germeval --corpus ../shared/external/germeval2014/NER-de-test.tsv",
            "  ./diplograph evaluate --benchmark wikiwars --corpus ../shared/external/wikiwarsde",
            "With --benchmark, --per-article prints every error."})
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Folder of gold files (*.json with an \"article\" field; others are skipped). "
                    + "Required unless --benchmark is given.")
    Path gold;

    /** The public benchmarks {@code --benchmark} runs. */
    enum Benchmark { germeval, wikiwars }

    @Option(names = "--benchmark", paramLabel = "NAME",
            description = "Score on a public corpus instead of gold files: germeval (GermEval 2014 NER test, "
                    + "PER and LOC, all sentences and news) or wikiwars (WikiWarsDE TIMEX2: extent strict/lenient "
                    + "and value). Needs --corpus.")
    Benchmark benchmark;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "The benchmark corpus: GermEval's NER-de-test.tsv (or its folder); WikiWarsDE's folder "
                    + "(with keyinline/) or its keyinline folder of *.key.xml.")
    Path corpus;

    @Option(names = {"-v", "--per-article"},
            description = "Also print one row per article and every matching error.")
    boolean perArticle;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files or directories of articles (default: the bundled data/ articles).")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    /** Where the pipeline comes from; tests may replace it. */
    Supplier<Pipeline> pipeline = () -> GermanPipeline.create(EntityCatalog.bundled());

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (benchmark != null) {
            return runBenchmark(out);
        }
        if (gold == null) {
            throw new DiplographException("missing --gold DIR (or --benchmark germeval|wikiwars --corpus PATH)");
        }
        List<GoldFile> golds = GoldFile.readDirectory(gold);
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(Defaults.bundledData()) : inputs;
        EvaluationRun.Result result;
        try (Stream<ReadResult> articles = ArticleSources.read(in)) {
            result = EvaluationRun.run(golds, articles, EvaluationRun.predictor(pipeline.get()),
                    new Evaluator(GoldKeys.bundled()));
        }
        result.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        out.print(result.report().toText(perArticle));
        out.flush();
        return result.failed() > 0 ? 1 : 0;
    }

    private int runBenchmark(PrintWriter out) {
        if (corpus == null) {
            throw new DiplographException("--benchmark " + benchmark + " needs --corpus PATH (the corpus is not bundled; "
                    + (benchmark == Benchmark.germeval
                        ? "e.g. --corpus ../shared/external/germeval2014/NER-de-test.tsv)"
                        : "e.g. --corpus ../shared/external/wikiwarsde)"));
        }
        String report = switch (benchmark) {
            case germeval -> GermEvalBenchmark.run(corpus).toText(perArticle);
            case wikiwars -> WikiWarsBenchmark.run(corpus).toText(perArticle);
        };
        out.print(report);
        out.flush();
        return 0;
    }
}
