package org.diplograph.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextArticleReaderTest {

    private final TextArticleReader reader = new TextArticleReader();

    @Test
    void readsTextAndSidecarMetadata(@TempDir Path dir) throws IOException {
        String text = "Merz telefoniert mit Macron\nBundeskanzler Friedrich Merz hat am Donnerstag mit Macron telefoniert.\n";
        Files.writeString(dir.resolve("2025-07-03_merz.txt"), text);
        Files.writeString(dir.resolve("2025-07-03_merz.meta.json"), """
                {"published": "2025-07-03T18:45:00+02:00", "title": "Merz telefoniert mit Macron",
                 "source": "Tagesspiegel", "url": "https://example.de/a", "language": "de"}
                """);

        ReadResult.Ok ok = ok(reader.readOne(dir.resolve("2025-07-03_merz.txt")));

        assertThat(ok.article()).isEqualTo(new Article("2025-07-03_merz", text, LocalDate.of(2025, 7, 3),
                "Merz telefoniert mit Macron", "Tagesspiegel", "https://example.de/a", "de",
                dir.resolve("2025-07-03_merz.txt").toString()));
        assertThat(ok.warnings()).isEmpty();
    }

    @Test
    void withoutSidecarMetadataIsUnknownAndLanguageGerman(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bericht.txt"), "Lawrow traf Rubio in Riad.");

        Article a = ok(reader.readOne(dir.resolve("bericht.txt"))).article();

        assertThat(a.id()).isEqualTo("bericht");
        assertThat(a.published()).isNull();
        assertThat(a.title()).isNull();
        assertThat(a.source()).isNull();
        assertThat(a.url()).isNull();
        assertThat(a.language()).isEqualTo("de");
    }

    @Test
    void keepsTheTextExactlyAsWrittenIncludingLineEndings(@TempDir Path dir) throws IOException {
        String text = "Titel\r\n\r\n  Erster Absatz\u00A0mit\tTab.\r\nZweiter\u2028Absatz \u201Edeutsch\u201C \uD83C\uDDE9\uD83C\uDDEA\n\n\n";
        Files.writeString(dir.resolve("a.txt"), text);

        assertThat(ok(reader.readOne(dir.resolve("a.txt"))).article().text()).isEqualTo(text);
    }

    @Test
    void stripsAUtf8ByteOrderMarkOnly(@TempDir Path dir) throws IOException {
        byte[] body = "Gespräch in Genf\uFEFF.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(dir.resolve("a.txt"), withBom);
        Files.write(dir.resolve("a.meta.json"), withBom("{\"published\": \"2025-07-03\"}"));

        ReadResult.Ok ok = ok(reader.readOne(dir.resolve("a.txt")));

        assertThat(ok.article().text()).isEqualTo("Gespräch in Genf\uFEFF.");
        assertThat(ok.article().published()).isEqualTo("2025-07-03");
        assertThat(ok.warnings()).isEmpty();
    }

    @Test
    void fallsBackToWindows1252WithAWarningNamingTheFile(@TempDir Path dir) throws IOException {
        String text = "Außenminister Wadephul sprach über die Gespräche \u201Ein Genf\u201C \u2013 5 \u20AC.";
        Files.write(dir.resolve("alt.txt"), text.getBytes(TextBytes.WINDOWS_1252));

        ReadResult.Ok ok = ok(reader.readOne(dir.resolve("alt.txt")));

        assertThat(ok.article().text()).isEqualTo(text);
        assertThat(ok.warnings()).containsExactly(
                dir.resolve("alt.txt") + ": not valid UTF-8 at byte offset 2, decoded as windows-1252");
    }

    @Test
    void validUtf8IsNeverReinterpreted(@TempDir Path dir) throws IOException {
        // "Ã¤" is what UTF-8 "ä" looks like in windows-1252; strict UTF-8 must keep "ä"
        Files.writeString(dir.resolve("a.txt"), "Gespräch über Zölle", StandardCharsets.UTF_8);

        ReadResult.Ok ok = ok(reader.readOne(dir.resolve("a.txt")));

        assertThat(ok.article().text()).isEqualTo("Gespräch über Zölle");
        assertThat(ok.warnings()).isEmpty();
    }

    @Test
    void sidecarAcceptsNewsPleaseNamesAndWarnsAboutUnknownKeys(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Text.");
        Files.writeString(dir.resolve("a.meta.json"),
                "{\"date_publish\": \"2025-02-12 21:05:00\", \"source_domain\": \"www.example.de\", \"publised\": \"x\","
                        + " \"title\": null, \"url\": \"  \"}");

        ReadResult.Ok ok = ok(reader.readOne(dir.resolve("a.txt")));

        assertThat(ok.article().published()).isEqualTo("2025-02-12");
        assertThat(ok.article().source()).isEqualTo("www.example.de");
        assertThat(ok.article().title()).isNull();
        assertThat(ok.article().url()).isNull();
        assertThat(ok.warnings()).containsExactly(dir.resolve("a.meta.json")
                + ": unknown key \"publised\" ignored (known: published, title, source, url, language)");
    }

    @Test
    void idIsTheSanitizedFileNameWithoutExtension(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Bericht vom 3. Juli (ARD).TXT"), "Text.");

        assertThat(reader.accepts(dir.resolve("Bericht vom 3. Juli (ARD).TXT"))).isTrue();
        assertThat(ok(reader.readOne(dir.resolve("Bericht vom 3. Juli (ARD).TXT"))).article().id())
                .isEqualTo("Bericht_vom_3._Juli__ARD_");
    }

    @Test
    void acceptsOnlyTxtFiles() {
        assertThat(List.of("a.txt", "A.TXT", "x.y.txt")).allMatch(n -> reader.accepts(Path.of(n)));
        assertThat(List.of("a.meta.json", "a.jsonl", "a.txt.gz", "txt", "a.pdf")).noneMatch(n -> reader.accepts(Path.of(n)));
    }

    @Test
    void sizesInMessagesNeverRoundDownToTheLimit() {
        long mb = 1024 * 1024;
        assertThat(TextBytes.tooLarge("file", 50 * mb + 1, 50 * mb)).isEqualTo("file too large (50.1 MB > 50 MB limit)");
        assertThat(TextBytes.tooLarge("file", 73 * mb, 50 * mb)).isEqualTo("file too large (73 MB > 50 MB limit)");
        assertThat(TextBytes.tooLarge("line", 2000, 1000)).isEqualTo("line too large (2 KB > 1000 bytes limit)");
    }

    private static byte[] withBom(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    static ReadResult.Ok ok(ReadResult r) {
        assertThat(r).isInstanceOf(ReadResult.Ok.class);
        return (ReadResult.Ok) r;
    }
}
