package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web view in a real browser: starts the server on a free loopback port over the seed store (and a
 * second one over an article full of markup) and runs {@code src/test/node/web/browser-test.mjs}, which
 * drives Debian's Chromium with playwright-core. The script checks the node count, the June 2025
 * timeline filter, the evidence of the 2025-07-03 Trump–Putin call from all four articles,
 * calls-mentioning Iran (two rows), markup shown as text, and a console without errors; screenshots go
 * to {@code BUILD_DIR/web-screenshots/}.
 *
 * <p>Needs node, /usr/bin/chromium and {@code npm ci} in src/test/node/web (.ci/run does all three).
 * Set {@code DIPLOGRAPH_SKIP_BROWSER_TESTS=1} to skip it on a machine without them.
 */
class BrowserTest {
    private static final Path SCRIPT_DIR = Path.of("src/test/node/web");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @TempDir
    Path tmp;

    @Test
    void theWebViewWorksInChromium() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("DIPLOGRAPH_SKIP_BROWSER_TESTS")),
                "DIPLOGRAPH_SKIP_BROWSER_TESTS=1");
        String node = findNode();
        if (!Files.isExecutable(CHROMIUM)) {
            fail(CHROMIUM + " is missing: install Debian's chromium (apt-get install -y chromium), "
                    + "or set DIPLOGRAPH_SKIP_BROWSER_TESTS=1");
        }
        if (!Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core"))) {
            fail("playwright-core is not installed: run (cd " + SCRIPT_DIR + " && npm ci), "
                    + "or set DIPLOGRAPH_SKIP_BROWSER_TESTS=1");
        }
        Path shots = buildDir().resolve("web-screenshots");
        try (Tdb2Store markup = WebFixtures.markup(tmp);
                DiplographServer seed = DiplographServer.start(WebFixtures.seed(), ServeOptions.defaults().withPort(0));
                DiplographServer xss = DiplographServer.start(markup, ServeOptions.defaults().withPort(0))) {
            Path log = tmp.resolve("browser-test.log");
            Process p = new ProcessBuilder(node, SCRIPT_DIR.resolve("browser-test.mjs").toString(),
                    seed.url(), shots.toAbsolutePath().toString(), xss.url())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!p.waitFor(150, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("the browser test did not finish within 150 s:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as("browser test output:\n" + output).isZero();
            assertThat(output).contains("\"failures\":[]");
            assertThat(shots.resolve("web-view.png")).exists();
        }
    }

    /** The build directory (target/ or -Ddg.buildDir): the parent of the compiled test classes. */
    private static Path buildDir() throws java.net.URISyntaxException {
        Path classes = Path.of(BrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent() != null ? classes.getParent() : Path.of("target");
    }

    /** The node executable on PATH, or a clear failure. */
    private static String findNode() throws IOException, InterruptedException {
        for (String candidate : List.of("node", "/usr/bin/node", "/usr/local/bin/node")) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // try the next one
            }
        }
        fail("node is missing: install Node.js (apt-get install -y nodejs npm), or set DIPLOGRAPH_SKIP_BROWSER_TESTS=1");
        return null;
    }
}
