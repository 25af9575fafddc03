package org.diplograph.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.diplograph.article.Article;
import org.diplograph.article.ArticleSources;
import org.diplograph.article.ReadResult;
import org.diplograph.eval.ArticlePrediction;
import org.diplograph.eval.EvaluationReport;
import org.diplograph.eval.EvaluationRun;
import org.diplograph.eval.Evaluator;
import org.diplograph.eval.GoldFile;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.extract.Pipeline;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus is read by the real article readers, extracted by the real German pipeline and scored by
 * the real evaluator against the generated gold: accuracy must be high, and the same in the first and the last
 * hundred articles (the check scale runs use to see that accuracy does not drift).
 */
class CorpusGeneratorTest {
    private static final int ARTICLES = 200;

    @TempDir
    static Path dir;

    static CorpusGenerator.Summary summary;
    static List<GoldFile> gold;
    static Function<Article, ArticlePrediction> predictor;
    static EvaluationReport report;

    @BeforeAll
    static void generateAndReadBack() {
        summary = new CorpusGenerator(EntityCatalog.bundled(), 7).write(dir, ARTICLES, CorpusGenerator.Format.JSONL,
                CorpusGenerator.GoldOutput.FILES, done -> { });
        gold = GoldFile.readDirectory(dir.resolve("gold"));
        Pipeline pipeline = GermanPipeline.create(EntityCatalog.bundled());
        predictor = EvaluationRun.predictor(pipeline);
    }

    /** Scores of articles {@code from .. to-1}, taken from one evaluation of the whole corpus. */
    private static EvaluationReport evaluate(int from, int to) {
        if (report == null) {
            try (Stream<ReadResult> articles = ArticleSources.read(List.of(dir.resolve("articles.jsonl")))) {
                EvaluationRun.Result result = EvaluationRun.run(gold, articles, predictor, Evaluator.bundled());
                assertThat(result.warnings()).as("every article has its gold and every gold its article").isEmpty();
                assertThat(result.failed()).isZero();
                report = result.report();
            }
        }
        return new EvaluationReport(report.articles().subList(from, to));
    }

    @Test
    void writesTheCorpusAndOneGoldFilePerArticle() throws IOException {
        assertThat(summary.articles()).isEqualTo(ARTICLES);
        assertThat(gold).hasSize(ARTICLES);
        try (Stream<String> lines = Files.lines(dir.resolve("articles.jsonl"))) {
            assertThat(lines.count()).isEqualTo(ARTICLES);
        }
        assertThat(summary.calls()).as("most articles report a call").isGreaterThan(ARTICLES / 2);
        assertThat(summary.rounds()).isPositive();
        assertThat(summary.textBytes()).isGreaterThan(ARTICLES * 300L);
    }

    @Test
    void extractionOnTheGeneratedCorpusIsAccurate() {
        EvaluationReport all = evaluate(0, ARTICLES);
        System.out.println(all.toText(false));
        assertThat(all.articles()).hasSize(ARTICLES);
        assertThat(all.persons().f1()).as("persons F1").isGreaterThanOrEqualTo(0.95);
        assertThat(all.countries().f1()).as("countries F1").isGreaterThanOrEqualTo(0.95);
        assertThat(all.calls().matching().f1()).as("calls F1\n" + all.toText(false)).isGreaterThanOrEqualTo(0.88);
        assertThat(all.rounds().matching().f1()).as("rounds F1\n" + all.toText(false)).isGreaterThanOrEqualTo(0.9);
        assertThat(all.calls().date().rate()).as("call dates on matched calls").isGreaterThanOrEqualTo(0.95);
        assertThat(all.calls().status().rate()).as("call status").isGreaterThanOrEqualTo(0.95);
        assertThat(all.calls().topics().f1()).as("call topics F1").isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void accuracyDoesNotDriftBetweenTheFirstAndTheLastHundredArticles() {
        EvaluationReport first = evaluate(0, 100);
        EvaluationReport last = evaluate(ARTICLES - 100, ARTICLES);
        assertThat(last.calls().matching().f1()).as("calls F1, last vs first hundred")
                .isCloseTo(first.calls().matching().f1(), within(0.08));
        assertThat(last.persons().f1()).isCloseTo(first.persons().f1(), within(0.05));
        assertThat(last.countries().f1()).isCloseTo(first.countries().f1(), within(0.05));
        assertThat(last.rounds().matching().f1()).isCloseTo(first.rounds().matching().f1(), within(0.1));
    }

    @Test
    void theSameSeedGivesTheSameCorpusByteForByte(@TempDir Path again, @TempDir Path other) throws IOException {
        new CorpusGenerator(EntityCatalog.bundled(), 7).write(again, ARTICLES, CorpusGenerator.Format.JSONL,
                CorpusGenerator.GoldOutput.JSONL, done -> { });
        assertThat(Files.readAllBytes(again.resolve("articles.jsonl")))
                .isEqualTo(Files.readAllBytes(dir.resolve("articles.jsonl")));
        new CorpusGenerator(EntityCatalog.bundled(), 8).write(other, 20, CorpusGenerator.Format.JSONL,
                CorpusGenerator.GoldOutput.NONE, done -> { });
        assertThat(Files.readAllLines(other.resolve("articles.jsonl")).get(0))
                .as("another seed, another corpus").isNotEqualTo(Files.readAllLines(again.resolve("articles.jsonl")).get(0));
        assertThat(other.resolve("gold.jsonl")).doesNotExist();
    }

    @Test
    void anyArticleCanBeRegeneratedAloneFromSeedAndIndex() {
        CorpusGenerator g = new CorpusGenerator(EntityCatalog.bundled(), 7);
        GeneratedArticle a = g.article(ARTICLES - 1);
        assertThat(a.id()).isEqualTo("gen-00000200");
        assertThat(gold.get(ARTICLES - 1)).isEqualTo(a.gold());
        assertThat(g.articles(3).map(GeneratedArticle::id)).containsExactly("gen-00000001", "gen-00000002",
                "gen-00000003");
    }

    @Test
    void theGoldNamesOnlyWhatTheTextSays() {
        EntityCatalog catalog = EntityCatalog.bundled();
        CorpusGenerator g = new CorpusGenerator(catalog, 11);
        g.articles(ARTICLES).forEach(a -> {
            for (String name : a.gold().persons()) {
                Entity p = catalog.byEnglishName(name).orElseThrow();
                boolean named = a.text().contains(p.nameDe())
                        || catalog.surnames(p.key()).stream().anyMatch(s -> a.text().contains(s.replace("?", "")));
                assertThat(named).as(a.id() + " names " + name + ":\n" + a.text()).isTrue();
            }
            for (GoldFile.Event call : a.gold().calls()) {
                assertThat(call.participants()).hasSize(2).doesNotHaveDuplicates();
                assertThat(a.gold().persons()).containsAll(call.participants());
                assertThat(a.gold().countries()).containsAll(call.topics());
                if (call.date() != null) {
                    assertThat(call.date()).matches("\\d{4}-\\d{2}(-\\d{2})?");
                }
            }
            for (GoldFile.Event round : a.gold().rounds()) {
                assertThat(a.gold().countries()).containsAll(round.parties());
            }
            assertThat(a.text()).doesNotContain("{").doesNotContain("}").doesNotContain("  ")
                    .startsWith(a.title() + "\n\n");
        });
    }

    @Test
    void textFilesWithMetadataAreWrittenAndPairedWithTheirGoldByFileName(@TempDir Path txt) throws IOException {
        new CorpusGenerator(EntityCatalog.bundled(), 3).write(txt, 5, CorpusGenerator.Format.TXT,
                CorpusGenerator.GoldOutput.FILES, done -> { });
        Path article = txt.resolve("articles/gen-00000001.txt");
        assertThat(article).exists();
        assertThat(txt.resolve("articles/gen-00000001.meta.json")).content(StandardCharsets.UTF_8)
                .contains("\"published\"");
        GoldFile g = GoldFile.read(txt.resolve("gold/gen-00000001.gold.json"));
        assertThat(g.file()).isEqualTo("gen-00000001.txt");
        try (Stream<ReadResult> in = ArticleSources.read(List.of(txt.resolve("articles")))) {
            EvaluationRun.Result r = EvaluationRun.run(GoldFile.readDirectory(txt.resolve("gold")), in, predictor,
                    Evaluator.bundled());
            assertThat(r.warnings()).isEmpty();
            assertThat(r.report().articles()).hasSize(5);
        }
    }

    @Test
    void regeneratingIntoTheSameFolderLeavesNoStaleGold(@TempDir Path out) {
        CorpusGenerator g = new CorpusGenerator(EntityCatalog.bundled(), 5);
        g.write(out, 30, CorpusGenerator.Format.JSONL, CorpusGenerator.GoldOutput.FILES, done -> { });
        g.write(out, 10, CorpusGenerator.Format.JSONL, CorpusGenerator.GoldOutput.FILES, done -> { });
        assertThat(GoldFile.readDirectory(out.resolve("gold"))).hasSize(10);
    }
}
