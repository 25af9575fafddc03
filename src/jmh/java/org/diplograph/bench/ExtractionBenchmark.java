package org.diplograph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.diplograph.article.Article;
import org.diplograph.article.ReadResult;
import org.diplograph.article.TextArticleReader;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.extract.Pipeline;
import org.diplograph.extract.Spanned;
import org.diplograph.resolve.EntityCatalog;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Extraction throughput of the German pipeline, per stage and end to end, in MB of article text
 * (UTF-8) per second on one thread, with two baselines measured in the same run so that the figures
 * can be compared across noisy machines: a plain regex tokenisation of the same text
 * ({@link #baselineRegexTokens}) and the sentence splitter alone (the {@code SentenceSplitter} stage).
 *
 * <p>The corpus is every {@code *.txt} article in {@code -Ddg.bench.corpus=DIR} (default {@code data},
 * the seed articles with their sidecar metadata), read once; one benchmark operation processes all of
 * them. A stage is measured on articles that already carry the layers of the stages before it, so
 * each figure is that stage's own cost. Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -P bench package -DskipTests &amp;&amp; java -jar target/benchmarks.jar
 * </pre>
 * {@code java -jar target/benchmarks.jar} accepts JMH's usual options (e.g. {@code -f 2 -wi 5 -i 10},
 * or a benchmark name regex) and ends with a table in MB/s and the ratios to the baselines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractionBenchmark {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{N}+|\\S");

    /** The articles, their total size in UTF-8 bytes, and the pipeline. */
    @State(Scope.Benchmark)
    public static class Corpus {
        List<Article> articles;
        long bytes;
        Pipeline pipeline;

        @Setup(Level.Trial)
        public void load() {
            articles = readCorpus(Path.of(System.getProperty("dg.bench.corpus", "data")));
            bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
            pipeline = GermanPipeline.create(EntityCatalog.bundled());
        }
    }

    /** One pipeline stage, with the articles annotated by every stage before it. */
    @State(Scope.Benchmark)
    public static class Stage {
        @Param({"SentenceSplitter", "DateExtractor", "DurationExtractor", "PersonExtractor", "CountryExtractor",
                "PlaceExtractor", "EntityResolver", "CallExtractor", "RoundExtractor"})
        public String stage;

        Extractor<?> extractor;
        List<AnnotatedArticle> inputs;

        @Setup(Level.Trial)
        public void prepare(Corpus corpus) {
            List<Extractor<?>> stages = corpus.pipeline.stages();
            int at = -1;
            for (int i = 0; i < stages.size(); i++) {
                if (stages.get(i).getClass().getSimpleName().equals(stage)) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new IllegalArgumentException("no pipeline stage named " + stage);
            }
            extractor = stages.get(at);
            inputs = new ArrayList<>();
            for (Article a : corpus.articles) {
                AnnotatedArticle doc = new AnnotatedArticle(a);
                for (int i = 0; i < at; i++) {
                    runStage(stages.get(i), doc);
                }
                inputs.add(doc);
            }
        }
    }

    /** Counts the text each operation processed: JMH reports it per second beside the ops/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Text {
        public long textBytes;

        @Setup(Level.Iteration)
        public void reset() {
            textBytes = 0;
        }
    }

    @Benchmark
    public void pipeline(Corpus corpus, Text text, Blackhole bh) {
        for (Article a : corpus.articles) {
            bh.consume(corpus.pipeline.run(a));
        }
        text.textBytes += corpus.bytes;
    }

    @Benchmark
    public void stage(Corpus corpus, Stage stage, Text text, Blackhole bh) {
        for (AnnotatedArticle doc : stage.inputs) {
            bh.consume(stage.extractor.extract(doc));
        }
        text.textBytes += corpus.bytes;
    }

    /** Baseline: one pass of a precompiled regex that splits the text into words, numbers and marks. */
    @Benchmark
    public void baselineRegexTokens(Corpus corpus, Text text, Blackhole bh) {
        for (Article a : corpus.articles) {
            Matcher m = TOKEN.matcher(a.text());
            int n = 0;
            while (m.find()) {
                n++;
            }
            bh.consume(n);
        }
        text.textBytes += corpus.bytes;
    }

    private static <T extends Spanned> void runStage(Extractor<T> stage, AnnotatedArticle doc) {
        doc.put(stage.produces(), stage.extract(doc));
    }

    static List<Article> readCorpus(Path dir) {
        TextArticleReader reader = new TextArticleReader();
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                switch (reader.readOne(f)) {
                    case ReadResult.Ok ok -> out.add(ok.article());
                    case ReadResult.Failed failed -> throw new IllegalStateException(failed.message());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the benchmark corpus " + dir.toAbsolutePath(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no *.txt articles in " + dir.toAbsolutePath()
                    + " (run from the repository root, or set -Ddg.bench.corpus=DIR)");
        }
        return out;
    }

    /** Runs the benchmarks (JMH command-line options accepted) and prints MB/s with the baseline ratios. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        CommandLineOptions cli = new CommandLineOptions(args);
        if (cli.shouldHelp() || cli.shouldList() || cli.shouldListWithParams() || cli.shouldListProfilers()
                || cli.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args); // -h, -l, -lp, -lprof, -lrf: JMH's own answers
            return;
        }
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(ExtractionBenchmark.class.getSimpleName());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        printSummary(results);
    }

    private static void printSummary(Collection<RunResult> results) {
        Map<String, Double> mbPerSecond = new LinkedHashMap<>();
        for (RunResult r : results) {
            Result<?> bytes = r.getSecondaryResults().get("textBytes");
            if (bytes == null) {
                continue;
            }
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            String stage = r.getParams().getParam("stage");
            mbPerSecond.put(stage == null ? name : stage, bytes.getScore() / 1e6);
        }
        Double regex = mbPerSecond.get("baselineRegexTokens");
        Double splitter = mbPerSecond.get("SentenceSplitter");
        System.out.println();
        System.out.println("Extraction throughput, MB of UTF-8 text per second, one thread:");
        System.out.printf(Locale.ROOT, "  %-22s %12s %14s %18s%n", "benchmark", "MB/s", "/ regex scan", "/ sentence split");
        for (Map.Entry<String, Double> e : mbPerSecond.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-22s %12.3f %14s %18s%n", e.getKey(), e.getValue(),
                    ratio(e.getValue(), regex), ratio(e.getValue(), splitter));
        }
    }

    private static String ratio(double value, Double baseline) {
        return baseline == null || baseline == 0 ? "-" : String.format(Locale.ROOT, "%.4f", value / baseline);
    }
}
