package org.diplograph.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSourcesTest {

    private static final long ONE_MB = 1024 * 1024;

    /**
     * One bad input: the files to create (name → String or byte[] content), the path given as input,
     * and the one failure expected: location (with {@code {dir}} for the temporary folder) and reason.
     */
    record Bad(String name, Map<String, Object> files, String input, String location, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Bad bad(String name, String input, String location, String reason, Object... files) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < files.length; i += 2) {
            map.put((String) files[i], files[i + 1]);
        }
        return new Bad(name, map, input, location, reason);
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] controlHeavy() {
        byte[] b = "Das Gespräch dauerte fast eine Stunde. ".repeat(3).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i += 5) {
            b[i] = 0x01;
        }
        return b;
    }

    private static String hugeLine(long bytes) {
        return "{\"text\": \"" + "a".repeat((int) bytes - 12) + "\"}";
    }

    static Stream<Bad> badInputs() {
        String ok = "Merz telefonierte am Montag mit Macron.\n";
        return Stream.of(
                // .txt files
                bad("empty txt", "a.txt", "{dir}/a.txt", "empty file", "a.txt", ""),
                bad("txt with only a BOM", "a.txt", "{dir}/a.txt", "empty file", "a.txt", bytes(0xEF, 0xBB, 0xBF)),
                bad("whitespace-only txt", "a.txt", "{dir}/a.txt", "whitespace-only text",
                        "a.txt", " \n\t\r\n\u00A0  \n"),
                bad("NUL byte", "a.txt", "{dir}/a.txt", "binary file, not text", "a.txt", "Hallo\0Welt"),
                bad("control characters", "a.txt", "{dir}/a.txt", "binary file, not text", "a.txt", controlHeavy()),
                bad("PNG header", "a.txt", "{dir}/a.txt", "binary file, not text",
                        "a.txt", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D)),
                bad("UTF-16", "a.txt", "{dir}/a.txt", "UTF-16 text is not supported, convert it to UTF-8",
                        "a.txt", "\uFEFFHallo Welt".getBytes(StandardCharsets.UTF_16LE)),
                bad("txt over the size limit", "a.txt", "{dir}/a.txt", "file too large (1.5 MB > 1 MB limit)",
                        "a.txt", "x".repeat((int) (ONE_MB * 3 / 2))),
                // .meta.json sidecars
                bad("malformed sidecar: missing comma", "a.txt", "{dir}/a.meta.json:3:3",
                        "malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
                        "a.txt", ok, "a.meta.json", "{\n  \"published\": \"2025-07-03\"\n  \"title\": \"x\"\n}"),
                bad("malformed sidecar: unterminated", "a.txt", "{dir}/a.meta.json:1:30",
                        "malformed JSON: Unexpected end-of-input: expected close marker for Object",
                        "a.txt", ok, "a.meta.json", "{\"published\": \"2025-07-03\"   "),
                bad("sidecar: published is a number", "a.txt", "{dir}/a.meta.json:1:15",
                        "published: expected YYYY-MM-DD or ISO date-time, got 5",
                        "a.txt", ok, "a.meta.json", "{\"published\": 5}"),
                bad("sidecar: published in German words", "a.txt", "{dir}/a.meta.json:2:15",
                        "published: expected YYYY-MM-DD or ISO date-time, got \"3. Juli 2025\"",
                        "a.txt", ok, "a.meta.json", "{\"title\": \"T\",\n \"published\": \"3. Juli 2025\"}"),
                bad("sidecar: day that does not exist", "a.txt", "{dir}/a.meta.json:1:15",
                        "published: expected YYYY-MM-DD or ISO date-time, got \"2025-02-30\"",
                        "a.txt", ok, "a.meta.json", "{\"published\": \"2025-02-30\"}"),
                bad("sidecar: day-month-year order", "a.txt", "{dir}/a.meta.json:1:15",
                        "published: expected YYYY-MM-DD or ISO date-time, got \"03.07.2025\"",
                        "a.txt", ok, "a.meta.json", "{\"published\": \"03.07.2025\"}"),
                bad("sidecar: title is a number", "a.txt", "{dir}/a.meta.json:1:11",
                        "title: expected a string, got 5", "a.txt", ok, "a.meta.json", "{\"title\": 5}"),
                bad("sidecar: source is an array", "a.txt", "{dir}/a.meta.json:1:12",
                        "source: expected a string, got an array", "a.txt", ok, "a.meta.json", "{\"source\": [\"dpa\"]}"),
                bad("sidecar is an array", "a.txt", "{dir}/a.meta.json:1:1",
                        "expected a JSON object, got an array", "a.txt", ok, "a.meta.json", "[{\"published\": \"2025-07-03\"}]"),
                bad("empty sidecar", "a.txt", "{dir}/a.meta.json", "empty file", "a.txt", ok, "a.meta.json", ""),
                // .jsonl files
                bad("malformed JSONL line", "x.jsonl", "{dir}/x.jsonl:2:14",
                        "malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
                        "x.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\",}\n"),
                bad("JSONL line without text", "x.jsonl", "{dir}/x.jsonl:1", "no \"text\" or \"maintext\" field",
                        "x.jsonl", "{\"title\": \"Telefonat\", \"published\": \"2025-07-03\"}\n"),
                bad("JSONL line with null maintext", "x.jsonl", "{dir}/x.jsonl:1", "no \"text\" or \"maintext\" field",
                        "x.jsonl", "{\"maintext\": null, \"title\": \"Telefonat\"}\n"),
                bad("JSONL whitespace-only text", "x.jsonl", "{dir}/x.jsonl:1:10", "text: whitespace-only text",
                        "x.jsonl", "{\"text\": \" \\n \"}\n"),
                bad("JSONL empty text", "x.jsonl", "{dir}/x.jsonl:1:14", "maintext: empty text",
                        "x.jsonl", "{\"maintext\": \"\"}\n"),
                bad("JSONL text is a number", "x.jsonl", "{dir}/x.jsonl:1:10", "text: expected a string, got 5",
                        "x.jsonl", "{\"text\": 5}\n"),
                bad("JSONL unparseable date_publish", "x.jsonl", "{dir}/x.jsonl:1:35",
                        "date_publish: expected YYYY-MM-DD or ISO date-time, got \"gestern\"",
                        "x.jsonl", "{\"maintext\": \"a\", \"date_publish\": \"gestern\"}\n"),
                bad("JSONL id is an object", "x.jsonl", "{dir}/x.jsonl:1:21",
                        "id: expected a non-empty string or an integer, got an object",
                        "x.jsonl", "{\"text\": \"a\", \"id\": {\"n\": 1}}\n"),
                bad("JSONL line is an array", "x.jsonl", "{dir}/x.jsonl:1:1", "expected a JSON object, got an array",
                        "x.jsonl", "[\"text\", \"a\"]\n"),
                bad("JSONL two objects on a line", "x.jsonl", "{dir}/x.jsonl:1:15",
                        "unexpected content after the JSON object", "x.jsonl", "{\"text\": \"a\"} {\"text\": \"b\"}\n"),
                bad("JSONL duplicate key", "x.jsonl", "{dir}/x.jsonl:1:21", "malformed JSON: Duplicate field 'text'",
                        "x.jsonl", "{\"text\": \"a\", \"text\": \"b\"}\n"),
                bad("empty JSONL", "x.jsonl", "{dir}/x.jsonl", "empty file", "x.jsonl", ""),
                bad("blank JSONL", "x.jsonl", "{dir}/x.jsonl", "whitespace-only file", "x.jsonl", "\n  \n\r\n"),
                bad("binary JSONL", "x.jsonl", "{dir}/x.jsonl", "binary file, not text",
                        "x.jsonl", bytes(0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00)),
                bad("JSONL line over the size limit", "x.jsonl", "{dir}/x.jsonl:2", "line too large (1.2 MB > 1 MB limit)",
                        "x.jsonl", "{\"text\": \"a\"}\n" + hugeLine(ONE_MB * 6 / 5) + "\n"),
                // paths
                bad("unsupported extension", "report.pdf", "{dir}/report.pdf",
                        "unsupported file type .pdf (expected .txt, .jsonl or a directory)", "report.pdf", "%PDF-1.4"),
                bad("no extension", "README", "{dir}/README",
                        "unsupported file type, no extension (expected .txt, .jsonl or a directory)", "README", "text"),
                bad("a sidecar named explicitly", "a.meta.json", "{dir}/a.meta.json",
                        "a metadata sidecar is not an article; name the .txt file beside it (expected .txt, .jsonl or a directory)",
                        "a.txt", ok, "a.meta.json", "{}"),
                bad("directory without articles", "d", "{dir}/d", "no .txt or .jsonl files found",
                        "d/notes.pdf", "%PDF", "d/.hidden.txt", "versteckt", "d/e/a.meta.json", "{}"),
                bad("missing path", "nowhere/a.txt", "{dir}/nowhere/a.txt", "no such file or directory"),
                bad("duplicate id in two folders", "", "{dir}/b/x.txt", "duplicate article id x (also in {dir}/a/x.txt)",
                        "a/x.txt", ok, "b/x.txt", ok),
                bad("duplicate id from JSONL and txt", "", "{dir}/y.jsonl:1", "duplicate article id x (also in {dir}/x.txt)",
                        "x.txt", ok, "y.jsonl", "{\"id\": \"x\", \"text\": \"b\"}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void eachBadInputIsOneFailureWithLocationAndReason(Bad c, @TempDir Path dir) throws IOException {
        write(dir, c.files());

        List<ReadResult.Failed> failures = failures(ArticleSources.create(ONE_MB), dir.resolve(c.input()));

        assertThat(failures).containsExactly(
                new ReadResult.Failed(c.location().replace("{dir}", dir.toString()), c.reason().replace("{dir}", dir.toString())));
        assertThat(failures.getFirst().message()).doesNotContain("\n");
    }

    @Test
    void badArticlesDoNotStopTheOthers(@TempDir Path dir) throws IOException {
        write(dir, Map.of(
                "a.txt", "",
                "b.txt", "Scholz sprach mit Biden.",
                "c.jsonl", "{\"text\": \"eins\"}\n{\"text\": 5}\nnot json\n{\"text\": \"vier\"}\n",
                "d.txt", "Hallo\0",
                "e.txt", "Lawrow traf Rubio in Riad."));

        List<String> outcomes = new ArrayList<>();
        try (Stream<ReadResult> results = ArticleSources.read(List.of(dir, dir.resolve("missing.txt"), dir.resolve("b.txt")))) {
            results.forEach(r -> outcomes.add(switch (r) {
                case ReadResult.Ok ok -> "ok " + ok.article().id();
                case ReadResult.Failed f -> "failed " + dir.relativize(Path.of(f.location().replaceAll(":.*", ""))) + " " + f.reason();
            }));
        }

        assertThat(outcomes).containsExactly(
                "failed a.txt empty file",
                "ok b",
                "ok c_1",
                "failed c.jsonl text: expected a string, got 5",
                "failed c.jsonl malformed JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "ok c_4",
                "failed d.txt binary file, not text",
                "ok e",
                "failed missing.txt no such file or directory",
                "failed b.txt duplicate article id b (also in " + dir.resolve("b.txt") + ")");
    }

    @Test
    void directoryWalkIsSortedDepthFirstAndSkipsHiddenSidecarsAndOtherTypes(@TempDir Path dir) throws IOException {
        String t = "Text.";
        write(dir, new LinkedHashMap<>(Map.of(
                "b.txt", t,
                "a/z.txt", t,
                "a/m/k.txt", t,
                "a.txt", t,
                "c.jsonl", "{\"text\": \"x\"}\n{\"text\": \"y\"}\n",
                "a.meta.json", "{\"published\": \"2025-07-03\"}",
                "notes.pdf", "%PDF",
                ".hidden.txt", t,
                ".git/x.txt", t,
                "B.txt", t)));
        Files.writeString(dir.resolve("README"), "no extension");

        List<String> order = okIds(ArticleSources.read(List.of(dir)));

        // entries sorted by name in each directory ("B" < "a" < "a.txt" < "b.txt" < "c.jsonl"),
        // a directory entered where its name sorts
        assertThat(order).containsExactly("B", "k", "z", "a", "b", "c_1", "c_2");
    }

    @Test
    void inputsAreReadInTheOrderGiven(@TempDir Path dir) throws IOException {
        write(dir, Map.of("x/1.txt", "eins", "y/2.txt", "zwei", "0.txt", "null"));

        assertThat(okIds(ArticleSources.read(List.of(dir.resolve("y"), dir.resolve("0.txt"), dir.resolve("x")))))
                .containsExactly("2", "0", "1");
    }

    @Test
    void filesAreOpenedOnlyWhenTheCallerGetsToThemAndClosedWithTheStream(@TempDir Path dir) throws IOException {
        write(dir, Map.of("a.fake", "", "b.fake", ""));
        List<Path> opened = new ArrayList<>();
        AtomicBoolean closed = new AtomicBoolean();
        ArticleReader fake = new ArticleReader() {
            @Override
            public List<String> extensions() {
                return List.of(".fake");
            }

            @Override
            public Stream<ReadResult> read(Path file) {
                opened.add(file);
                return Stream.of(1, 2, 3).<ReadResult>map(i -> new ReadResult.Ok(new Article(
                                file.getFileName() + "-" + i, "t", null, null, null, null, null, null)))
                        .onClose(() -> closed.set(true));
            }
        };

        try (Stream<ReadResult> results = ArticleSources.of(List.of(fake)).stream(List.of(dir))) {
            var it = results.iterator();
            assertThat(it.next().location()).isEqualTo("a.fake-1");
            assertThat(opened).containsExactly(dir.resolve("a.fake"));
            assertThat(closed).isFalse();
        }
        assertThat(closed).isTrue();
        assertThat(opened).hasSize(1);
    }

    @Test
    void aReaderThatThrowsIsReportedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        write(dir, Map.of("a.fake", "", "b.txt", "Text."));
        ArticleReader broken = new ArticleReader() {
            @Override
            public List<String> extensions() {
                return List.of(".fake");
            }

            @Override
            public Stream<ReadResult> read(Path file) {
                return Stream.<ReadResult>of(new ReadResult.Ok(new Article("f1", "t", null, null, null, null, null, null)))
                        .map(r -> {
                            throw new IllegalStateException("kaputt");
                        });
            }
        };

        assertThat(okIds(ArticleSources.create().withReader(broken).stream(List.of(dir)))).containsExactly(
                "FAILED " + dir.resolve("a.fake") + ": cannot read: java.lang.IllegalStateException: kaputt", "b");
    }

    @Test
    void aSecondReaderCanBeRegistered(@TempDir Path dir) throws IOException {
        write(dir, Map.of("a.md", "# Titel\nText"));
        ArticleReader markdown = new ArticleReader() {
            @Override
            public List<String> extensions() {
                return List.of(".md");
            }

            @Override
            public Stream<ReadResult> read(Path file) {
                return Stream.of(new ReadResult.Ok(new Article("md", "Text", null, null, null, null, null, null)));
            }
        };
        ArticleSources sources = ArticleSources.create().withReader(markdown);

        assertThat(okIds(sources.stream(List.of(dir)))).containsExactly("md");
        assertThat(failures(sources, dir.resolve("x.pdf"))).extracting(ReadResult.Failed::reason)
                .containsExactly("no such file or directory");
        assertThat(sources.unsupported(Path.of("x.pdf")))
                .isEqualTo("unsupported file type .pdf (expected .txt, .jsonl, .md or a directory)");
    }

    static void write(Path dir, Map<String, Object> files) throws IOException {
        for (Map.Entry<String, Object> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            if (e.getValue() instanceof byte[] b) {
                Files.write(p, b);
            } else {
                Files.writeString(p, (String) e.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    private static List<ReadResult.Failed> failures(ArticleSources sources, Path input) {
        try (Stream<ReadResult> results = sources.stream(List.of(input))) {
            return results.filter(r -> r instanceof ReadResult.Failed).map(r -> (ReadResult.Failed) r).toList();
        }
    }

    private static List<String> okIds(Stream<ReadResult> stream) {
        try (stream) {
            return stream.map(r -> switch (r) {
                case ReadResult.Ok ok -> ok.article().id();
                case ReadResult.Failed f -> "FAILED " + f.message();
            }).toList();
        }
    }
}
