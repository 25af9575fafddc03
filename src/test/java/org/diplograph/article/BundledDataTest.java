package org.diplograph.article;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The seed articles bundled in {@code data/} (the default input of {@code ./diplograph build}). */
class BundledDataTest {

    private static final Path DATA = Path.of("data");

    @Test
    void seedsAreReadWithTheirPublicationDatesAndNoWarnings() {
        List<ReadResult> results;
        try (Stream<ReadResult> s = ArticleSources.read(List.of(DATA))) {
            results = s.toList();
        }

        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Ok.class));
        assertThat(results).allSatisfy(r -> assertThat(((ReadResult.Ok) r).warnings()).isEmpty());
        List<Article> articles = results.stream().map(r -> ((ReadResult.Ok) r).article()).toList();
        assertThat(articles).extracting(Article::id, Article::published, Article::language).containsExactly(
                tuple("000_fae01da9c4644b48", LocalDate.of(2025, 7, 3), "de"),
                tuple("001_cef17978be899d2d", LocalDate.of(2025, 7, 3), "de"),
                tuple("002_18a49894dcf38687", LocalDate.of(2025, 7, 4), "de"),
                tuple("003_44829fe54b22cb0f", LocalDate.of(2025, 7, 4), "de"),
                tuple("004_5908dc6cc7697daf", LocalDate.of(2025, 2, 12), "de"));
        assertThat(articles).extracting(Article::title).containsExactly(null,
                "Kreml enthüllt Inhalt des Putin-Trump-Gesprächs", null,
                "Telefonat von trump und putin zu ukraine-konflikt russland beharrt auf seinen zielen", null);
        assertThat(articles).extracting(Article::source).containsExactly(null, null, null, "thenga.de", null);
    }

    @Test
    void titlesAreLinesOfTheTextAndTextsAreTheFilesExactly() throws IOException {
        try (Stream<ReadResult> s = ArticleSources.read(List.of(DATA))) {
            for (ReadResult r : s.toList()) {
                Article a = ((ReadResult.Ok) r).article();
                String file = Files.readString(Path.of(a.origin()), StandardCharsets.UTF_8);
                assertThat(a.text()).isEqualTo(file);
                if (a.title() != null) {
                    assertThat(a.text().lines()).contains(a.title());
                }
            }
        }
    }
}
