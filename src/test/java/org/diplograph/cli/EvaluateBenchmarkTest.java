package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code evaluate --benchmark germeval|wikiwars --corpus PATH} on the test copies of the corpora. */
class EvaluateBenchmarkTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private static Path resource(String path) throws Exception {
        return Path.of(EvaluateBenchmarkTest.class.getResource(path).toURI());
    }

    @Test
    void wikiwars() throws Exception {
        Path corpus = resource("/org/diplograph/extract/time/wikiwarsde/readme.txt").getParent();
        assertThat(run("evaluate", "--benchmark", "wikiwars", "--corpus", corpus.toString())).isZero();
        assertThat(out.toString()).startsWith("WikiWarsDE: 22 documents, 2217 gold TIMEX2")
                .containsPattern("(?m)^lenient\\+value +\\d+ +0\\.\\d+ +0\\.\\d+ +0\\.8");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void germeval() throws Exception {
        Path corpus = resource("/org/diplograph/eval/bench/germeval2014/NER-de-test.tsv");
        assertThat(run("evaluate", "--benchmark", "germeval", "--corpus", corpus.toString())).isZero();
        assertThat(out.toString()).startsWith("GermEval 2014 NER test: 5100 sentences (2553 news)")
                .containsPattern("(?m)^news +PER ");
    }

    @Test
    void benchmarkWithoutCorpusIsOneLine() {
        assertThat(run("evaluate", "--benchmark", "germeval")).isEqualTo(2);
        assertThat(err.toString()).startsWith("evaluate: --benchmark germeval needs --corpus PATH")
                .doesNotContain("\n" + "Usage");
    }

    @Test
    void neitherGoldNorBenchmarkIsOneLine() {
        assertThat(run("evaluate", "data")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("evaluate: missing --gold DIR (or --benchmark germeval|wikiwars --corpus PATH)"
                + System.lineSeparator());
    }

    @Test
    void unknownBenchmarkIsRejected() {
        assertThat(run("evaluate", "--benchmark", "conll", "--corpus", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--benchmark");
    }
}
