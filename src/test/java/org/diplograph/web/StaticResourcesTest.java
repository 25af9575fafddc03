package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The app's files: only safe names inside the app folder, every library with its licence, no CDN, no innerHTML. */
class StaticResourcesTest {
    private static final Path APP = Path.of("src/main/resources/org/diplograph/web/app");

    @ParameterizedTest
    @CsvSource({
        "/index.html, text/html; charset=utf-8",
        "/static/app.js, text/javascript; charset=utf-8",
        "/static/app.css, text/css; charset=utf-8",
        "/static/vendor/sigma.min.js, text/javascript; charset=utf-8",
        "/static/vendor/sigma.LICENSE.txt, text/plain; charset=utf-8",
    })
    void findsTheAppFiles(String path, String type) {
        assertThat(StaticResources.find(path)).hasValueSatisfying(r -> {
            assertThat(r.contentType()).isEqualTo(type);
            assertThat(r.bytes()).isNotEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "static/app.js", "/../web/app/index.html", "/static/../index.html",
        "/static/./app.js", "/static//app.js", "/static/.hidden.js", "/static\\app.js", "/static/app.js/",
        "/static/%2e%2e/index.html", "/static/vendor", "/static/vendor/README.md", "/nothing.js",
        "/static/app.js\u0000.css", "/static/app.js?x=1", "/static/app js", "/static/..", "/.."})
    void refusesEverythingElse(String path) {
        assertThat(StaticResources.find(path)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(StaticResources.find(null)).isEmpty();
    }

    @Test
    void everyVendoredLibraryHasItsLicenceBesideIt() throws IOException {
        try (Stream<Path> files = Files.list(APP.resolve("static/vendor"))) {
            List<Path> scripts = files.filter(p -> p.toString().endsWith(".js")).toList();
            assertThat(scripts).hasSizeGreaterThanOrEqualTo(3);
            for (Path js : scripts) {
                String base = js.getFileName().toString().replaceAll("(\\.umd)?(\\.min)?\\.js$", "");
                Path licence = js.resolveSibling(base + ".LICENSE.txt");
                assertThat(licence).as("licence of " + js.getFileName()).exists();
                assertThat(Files.readString(licence)).contains("Permission is hereby granted");
            }
        }
    }

    @Test
    void thePageLoadsNothingFromOtherServers() throws IOException {
        String html = Files.readString(APP.resolve("index.html"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        int refs = 0;
        while (m.find()) {
            refs++;
            assertThat(m.group(1)).as("reference in index.html").satisfiesAnyOf(
                    v -> assertThat(v).startsWith("static/"),
                    v -> assertThat(v).isEqualTo("data:,"));
        }
        assertThat(refs).isGreaterThanOrEqualTo(5);
        assertThat(html).contains("<link rel=\"icon\" href=\"data:,\">");
    }

    @Test
    void theAppNeverParsesDataAsHtml() throws IOException {
        String js = Files.readString(APP.resolve("static/app.js"), StandardCharsets.UTF_8);
        assertThat(js).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write").doesNotContain("eval(").doesNotContain("new Function");
    }
}
