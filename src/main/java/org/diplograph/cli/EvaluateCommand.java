package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.diplograph.article.ArticleSources;
import org.diplograph.article.ReadResult;
import org.diplograph.eval.EvaluationRun;
import org.diplograph.eval.Evaluator;
import org.diplograph.eval.GoldFile;
import org.diplograph.eval.GoldKeys;
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
 * it against the gold files (rules: {@link Evaluator}). Only adapts arguments; the work is in
 * {@link org.diplograph.eval}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {
            "Score extraction against gold annotations: persons and countries (set P/R/F1, micro-averaged),",
            "phone calls and negotiation rounds (one-to-one matching on participants and compatible date),",
            "and on matched events the date, duration, status, ordinal and topics.",
            "An article is paired with the gold file whose \"file\" is its file name, or whose \"article\"",
            "id begins its id (gold 001 for 001_cef17978be899d2d.txt).",
            "",
            "Examples:",
            "  ./diplograph evaluate --gold ../shared/eval/seeds",
            "  ./diplograph evaluate --gold gold/ --per-article data/"})
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", required = true,
            description = "Folder of gold files (*.json with an \"article\" field; others are skipped).")
    Path gold;

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
}
