package org.diplograph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EvaluationReportTest {

    @Test
    void textTableShowsCountsRatiosAndAccuracies() {
        EventScores calls = new EventScores(new Counts(3, 1, 2), 1, new Accuracy(2, 3), new Accuracy(3, 3),
                new Accuracy(3, 3), new Accuracy(1, 3), new Counts(4, 1, 1), List.of("call FN 2025-03-18 A + B"));
        ArticleScore a = new ArticleScore("001_cef", "001", new Counts(5, 1, 0), new Counts(6, 0, 1), calls,
                EventScores.EMPTY);
        String text = new EvaluationReport(List.of(a)).toText(true);
        assertThat(text).startsWith("Evaluation over 1 article ");
        assertThat(text).contains(
                "persons     5   1   0      0.833   1.000  0.909\n",
                "calls       3   1   2      0.750   0.600  0.667\n",
                "rounds      0   0   0          -       -      -\n",
                "calls (3)      0.667 (2/3)  1.000 (3/3)  1.000 (3/3)  0.333 (1/3)    0.800    0.800     0.800         1\n",
                "001_cef   001       0.909         0.923           3/1/2            0/0/0\n",
                "001_cef:\n  call FN 2025-03-18 A + B\n");
        assertThat(new EvaluationReport(List.of(a)).toText(false)).doesNotContain("001_cef");
    }

    @Test
    void ratiosWithoutDenominatorAreNaN() {
        assertThat(Counts.ZERO.precision()).isNaN();
        assertThat(new Counts(0, 0, 3).precision()).isNaN();
        assertThat(new Counts(0, 0, 3).recall()).isZero();
        assertThat(new Counts(0, 0, 3).f1()).isZero();
        assertThat(Accuracy.ZERO.rate()).isNaN();
        assertThat(EvaluationReport.ratio(Double.NaN)).isEqualTo("-");
    }
}
