package org.diplograph.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlArticleReaderTest {

    private final JsonlArticleReader reader = new JsonlArticleReader();

    @Test
    void readsOurKeys(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, """
                {"id": "tass-0703", "text": "Putin und Trump telefonierten.\\nDas Gespräch dauerte fast eine Stunde.", "published": "2025-07-03", "title": "Telefonat", "source": "TASS", "url": "https://example.ru/1", "language": "de"}
                {"id": 17, "text": "Zweiter Text."}
                """);

        List<ReadResult> results = readAll(file);

        assertThat(results).containsExactly(
                new ReadResult.Ok(new Article("tass-0703", "Putin und Trump telefonierten.\nDas Gespräch dauerte fast eine Stunde.",
                        LocalDate.of(2025, 7, 3), "Telefonat", "TASS", "https://example.ru/1", "de", file + ":1")),
                new ReadResult.Ok(new Article("17", "Zweiter Text.", null, null, null, null, "de", file + ":2")));
    }

    @Test
    void readsNewsPleaseRecords() throws Exception {
        Path file = Path.of(Objects.requireNonNull(getClass().getResource("news-please.jsonl")).toURI());

        List<Article> articles = readAll(file).stream().map(r -> TextArticleReaderTest.ok(r).article()).toList();

        assertThat(articles).extracting(Article::id).containsExactly("news-please_1", "news-please_3", "news-please_4");
        Article first = articles.getFirst();
        assertThat(first.text()).isEqualTo("Bundeskanzler Friedrich Merz hat am Donnerstag mit dem französischen "
                + "Präsidenten Emmanuel Macron telefoniert.\nDas Gespräch dauerte rund 40 Minuten.");
        assertThat(first.published()).isEqualTo("2025-07-03");
        assertThat(first.source()).isEqualTo("www.example.de");
        assertThat(first.title()).isEqualTo("Merz telefoniert mit Macron");
        assertThat(first.url()).isEqualTo("https://www.example.de/politik/telefonat");
        assertThat(first.origin()).endsWith("news-please.jsonl:1");
        // nulls are absent values, not errors
        assertThat(articles.get(1).published()).isNull();
        assertThat(articles.get(1).title()).isNull();
        // the date as written, no time-zone shift; blanks around a title trimmed; null language means German
        assertThat(articles.get(2).published()).isEqualTo("2025-02-12");
        assertThat(articles.get(2).title()).isEqualTo("Treffen in Riad");
        assertThat(articles.get(2).language()).isEqualTo("de");
    }

    @Test
    void ourKeysWinOverNewsPleaseNames(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.jsonl");
        Files.writeString(file, "{\"maintext\": \"alt\", \"text\": \"neu\", \"date_publish\": \"2025-01-01\", "
                + "\"published\": \"2025-07-03\", \"source_domain\": \"a.de\", \"source\": \"B\"}\n");

        Article a = TextArticleReaderTest.ok(readAll(file).getFirst()).article();

        assertThat(a.text()).isEqualTo("neu");
        assertThat(a.published()).isEqualTo("2025-07-03");
        assertThat(a.source()).isEqualTo("B");
    }

    @Test
    void derivedIdsCountLinesIncludingBlankOnesAndAreStableAcrossRuns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, "{\"text\": \"a\"}\r\n\r\n{\"text\": \"b\"}\n   \n{\"text\": \"c\"}");

        List<String> first = ids(readAll(file));
        List<String> second = ids(readAll(file));

        assertThat(first).containsExactly("news_1", "news_3", "news_5").isEqualTo(second);
    }

    @Test
    void aBomBeforeTheFirstLineIsIgnored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.jsonl");
        Files.write(file, ("\uFEFF{\"text\": \"Gespräch\"}\n").getBytes(StandardCharsets.UTF_8));

        assertThat(readAll(file)).singleElement()
                .satisfies(r -> assertThat(TextArticleReaderTest.ok(r).article().text()).isEqualTo("Gespräch"));
    }

    @Test
    void eachLineFallsBackToWindows1252OnItsOwn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"text\": \"Gespräch\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"text\": \"Gespräch\"}\n".getBytes(TextBytes.WINDOWS_1252));
        }

        List<ReadResult> results = readAll(file);

        assertThat(results).allSatisfy(r -> assertThat(TextArticleReaderTest.ok(r).article().text()).isEqualTo("Gespräch"));
        assertThat(((ReadResult.Ok) results.get(0)).warnings()).isEmpty();
        assertThat(((ReadResult.Ok) results.get(1)).warnings())
                .containsExactly(file + ":2: not valid UTF-8 at byte offset 15 of the line, decoded as windows-1252");
    }

    @Test
    void aTooLongLineIsSkippedAndTheNextOneRead(@TempDir Path dir) throws IOException {
        JsonlArticleReader small = new JsonlArticleReader(100);
        Path file = dir.resolve("x.jsonl");
        Files.writeString(file, "{\"text\": \"" + "x".repeat(500) + "\"}\n{\"text\": \"kurz\"}\n");

        List<ReadResult> results;
        try (Stream<ReadResult> s = small.read(file)) {
            results = s.toList();
        }

        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isEqualTo(new ReadResult.Failed(file + ":1", "line too large (512 bytes > 100 bytes limit)"));
        assertThat(TextArticleReaderTest.ok(results.get(1)).article().text()).isEqualTo("kurz");
    }

    @Test
    void readsLinesLongerThanTheBufferAndTextUpToTheLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.jsonl");
        String longText = "Verhandlungsrunde in Istanbul. ".repeat(20_000);
        Files.writeString(file, "{\"text\": \"" + longText + "\"}\n{\"text\": \"b\"}\n");

        List<ReadResult> results = readAll(file);

        assertThat(TextArticleReaderTest.ok(results.get(0)).article().text()).isEqualTo(longText);
        assertThat(ids(results)).containsExactly("x_1", "x_2");
    }

    @Test
    void streamsLazilyAndClosingReleasesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.jsonl");
        Files.writeString(file, "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");

        Stream<ReadResult> stream = reader.read(file);
        Files.writeString(file, "{\"text\": \"geändert\"}\n");  // not opened until consumed
        Iterator<ReadResult> it = stream.iterator();

        assertThat(TextArticleReaderTest.ok(it.next()).article().text()).isEqualTo("geändert");
        stream.close();
        assertThat(it.hasNext()).isFalse();
    }

    private List<ReadResult> readAll(Path file) {
        try (Stream<ReadResult> s = reader.read(file)) {
            return s.toList();
        }
    }

    private static List<String> ids(List<ReadResult> results) {
        return results.stream().map(r -> TextArticleReaderTest.ok(r).article().id()).toList();
    }

}
