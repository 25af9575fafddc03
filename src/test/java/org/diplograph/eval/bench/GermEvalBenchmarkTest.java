package org.diplograph.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diplograph.InputException;
import org.diplograph.eval.Counts;
import org.diplograph.eval.bench.GermEvalBenchmark.GoldSentence;
import org.diplograph.eval.bench.GermEvalBenchmark.GoldSpan;
import org.diplograph.resolve.EntityCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The person and place extractors on the full GermEval 2014 NER test split (CC BY 4.0, README beside
 * the data). Lexicon-backed extraction is precise but finds a minority of GermEval's names, most of
 * which are people and places outside diplomacy; the floors are the measured figures rounded down.
 */
class GermEvalBenchmarkTest {
    static GermEvalBenchmark.Result result;

    static Path corpus() throws Exception {
        return Path.of(GermEvalBenchmarkTest.class.getResource(
                "/org/diplograph/eval/bench/germeval2014/NER-de-test.tsv").toURI());
    }

    @BeforeAll
    static void run() throws Exception {
        result = GermEvalBenchmark.run(corpus());
        System.out.print(result.toText(System.getenv("GERMEVAL_VERBOSE") != null));
    }

    @Test
    void readsTheWholeTestSplit() {
        assertThat(result.sentences()).isEqualTo(5100);
        assertThat(result.newsSentences()).isEqualTo(2553);
        Counts per = result.all().get("PER");
        assertThat(per.tp() + per.fn()).isEqualTo(1639); // outer-column B-PER count of the split
        Counts loc = result.all().get("LOC");
        assertThat(loc.tp() + loc.fn()).isEqualTo(1706);
    }

    // measured: news PER P 0.970 R 0.541 F1 0.695 (0.960 / 0.277 / 0.430 before the first-name lists and title
    // rules); news LOC P 0.938 R 0.436 F1 0.595; all PER P 0.902 F1 0.586, all LOC F1 0.443
    @Test
    void newsSubset() {
        assertThat(result.news().get("PER").precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.news().get("PER").f1()).isGreaterThanOrEqualTo(0.68);
        assertThat(result.news().get("LOC").precision()).isGreaterThanOrEqualTo(0.93);
        assertThat(result.news().get("LOC").f1()).isGreaterThanOrEqualTo(0.58);
    }

    @Test
    void allSentences() {
        assertThat(result.all().get("PER").precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.all().get("PER").f1()).isGreaterThanOrEqualTo(0.57);
        assertThat(result.all().get("LOC").precision()).isGreaterThanOrEqualTo(0.91);
        assertThat(result.all().get("LOC").f1()).isGreaterThanOrEqualTo(0.43);
        assertThat(result.all().get("overall").tp()).isEqualTo(
                result.all().get("PER").tp() + result.all().get("LOC").tp());
    }

    @Test
    void reportHasBothSubsetsAndErrorClasses() {
        String text = result.toText(false);
        assertThat(text).containsPattern("(?m)^all +PER ").containsPattern("(?m)^news +LOC ")
                .contains("largest error classes");
    }

    @Test
    void readsSpansFromTheOuterColumnAndTellsNewsFromWikipedia(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mini.tsv");
        Files.writeString(f, """
                #\thttp://de.wikipedia.org/wiki/X\t[2010-01-01]\t
                1\tWladimir\tB-PER\tO
                2\tPutin\tI-PER\tO
                3\treiste\tO\tO
                4\tnach\tO\tO
                5\tRiad\tB-LOC\tO
                6\t.\tO\tO

                #\tspiegel.de vom 01.02.2009\t[2009-02-01]\t
                1\tDer\tO\tO
                2\trussische\tB-LOCderiv\tO
                3\tPräsident\tO\tO
                4\tsprach\tO\tO
                5\tin\tO\tO
                6\tMoskau\tB-LOC\tO
                7\t.\tO\tO
                """);
        List<GoldSentence> s = GermEvalBenchmark.read(f);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).news()).isFalse();
        assertThat(s.get(1).news()).isTrue();
        assertThat(s.get(0).text()).isEqualTo("Wladimir Putin reiste nach Riad .");
        assertThat(s.get(0).gold()).containsExactly(new GoldSpan(0, 14, "PER"), new GoldSpan(27, 31, "LOC"));
        GermEvalBenchmark.Result r = GermEvalBenchmark.run(s, EntityCatalog.bundled());
        assertThat(r.all().get("PER").tp()).isEqualTo(1);
        assertThat(r.news().get("LOC").tp()).isEqualTo(1); // Moskau; "russische" is LOCderiv, not counted
        assertThat(r.news().get("LOC").fp()).isZero();
    }

    @Test
    void aMissingCorpusIsAnInputError(@TempDir Path dir) {
        assertThatThrownBy(() -> GermEvalBenchmark.read(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("no NER-de-test.tsv");
    }
}
