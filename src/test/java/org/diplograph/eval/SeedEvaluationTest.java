package org.diplograph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.diplograph.article.ArticleSources;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.resolve.EntityCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scores the project's own {@code evaluate} reaches on the seed gold, per article and micro-averaged.
 * The seeds are a development set: these floors keep a regression from passing unnoticed; they say
 * nothing about unseen articles (see the held-out set for that).
 */
class SeedEvaluationTest {
    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        Path gold = Path.of(SeedEvaluationTest.class.getResource("/org/diplograph/eval/seeds").toURI());
        EvaluationRun.Result result = EvaluationRun.run(GoldFile.readDirectory(gold),
                ArticleSources.read(List.of(Path.of("data"))),
                EvaluationRun.predictor(GermanPipeline.create(EntityCatalog.bundled())), Evaluator.bundled());
        report = result.report();
        assertThat(report.articles()).hasSize(5);
    }

    @Test
    void personsAndCountries() {
        assertThat(report.persons().f1()).as("persons F1").isGreaterThanOrEqualTo(0.97);
        assertThat(report.countries().f1()).as("countries F1").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void callsAndRounds() {
        EventScores calls = report.calls();
        assertThat(calls.matching().f1()).as("calls F1 %s", calls.details()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.rounds().matching().f1()).as("rounds F1 %s", report.rounds().details())
                .isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void attributesOfMatchedCalls() {
        EventScores calls = report.calls();
        assertThat(calls.topics().f1()).as("topic F1").isGreaterThanOrEqualTo(0.90);
        assertThat(calls.date().rate()).as("date accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(calls.duration().rate()).as("duration accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(calls.status().rate()).as("status accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(calls.ordinal().rate()).as("ordinal accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(report.rounds().date().rate()).as("round date accuracy").isGreaterThanOrEqualTo(0.95);
    }
}
