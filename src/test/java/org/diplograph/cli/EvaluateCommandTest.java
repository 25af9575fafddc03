package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The real pipeline over the bundled seed articles, scored against the seed gold files. */
class EvaluateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    static Path seeds() throws Exception {
        return Path.of(EvaluateCommandTest.class.getResource("/org/diplograph/eval/seeds/001.gold.json").toURI())
                .getParent();
    }

    @Test
    void scoresTheSeedArticles() throws Exception {
        int code = run("evaluate", "--gold", seeds().toString(), "--per-article", "data");
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        String text = out.toString();
        assertThat(text).startsWith("Evaluation over 5 articles");
        assertThat(text).containsPattern("(?m)^persons +\\d+ +\\d+ +\\d+ ")
                .containsPattern("(?m)^calls \\(\\d+\\) ")
                .contains("000_fae01da9c4644b48   000");
    }

    @Test
    void missingGoldDirectoryIsOneLine() {
        assertThat(run("evaluate", "--gold", "no/such/dir", "data")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("evaluate: no/such/dir: no such gold directory" + System.lineSeparator());
    }

    @Test
    void articlesWithoutGoldAreWarnedAbout() throws Exception {
        assertThat(run("evaluate", "--gold", seeds().toString(), "data/001_cef17978be899d2d.txt")).isZero();
        assertThat(err.toString()).contains("warning: gold 000 (000_fae01da9c4644b48.txt): no input article; not scored");
        assertThat(out.toString()).startsWith("Evaluation over 1 article ");
    }
}
