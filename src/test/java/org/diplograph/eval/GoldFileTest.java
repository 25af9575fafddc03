package org.diplograph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diplograph.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {

    static Path seeds() {
        try {
            return Path.of(GoldFileTest.class.getResource("seeds/001.gold.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsEveryFieldOfASeedGoldFile() {
        GoldFile g = GoldFile.read(seeds().resolve("001.gold.json"));
        assertThat(g.article()).isEqualTo("001");
        assertThat(g.file()).isEqualTo("001_cef17978be899d2d.txt");
        assertThat(g.published()).isEqualTo("2025-07-03");
        assertThat(g.persons()).contains("Steve Witkoff", "Dmitry Peskov").hasSize(6);
        assertThat(g.calls()).hasSize(7);
        GoldFile.Event first = g.calls().get(0);
        assertThat(first.date()).isEqualTo("2025-07-03");
        assertThat(first.members()).containsExactly("Vladimir Putin", "Donald Trump");
        assertThat(first.durationMinutes()).isEqualTo(60);
        assertThat(first.topics()).containsExactly("Ukraine", "Syria", "Iran", "Middle East");
        assertThat(first.topicsOptional()).containsExactly("United States", "Russia");
        assertThat(first.ordinal()).isEqualTo(6);
        assertThat(first.status()).isEqualTo("held");
        assertThat(g.rounds()).hasSize(3);
        assertThat(g.rounds().get(0).place()).isEqualTo("Istanbul");
        assertThat(g.rounds().get(0).members()).containsExactly("Russia", "Ukraine");
        assertThat(g.rounds().get(2).status()).isEqualTo("planned");
        assertThat(g.optional().calls()).hasSize(1);
        assertThat(g.optional().calls().get(0).date()).isEqualTo("2025-03");
    }

    @Test
    void readsTheDateBasis() {
        GoldFile g = GoldFile.read(seeds().resolve("004.gold.json"));
        assertThat(g.calls().get(0).datedByPublication()).isTrue();
        assertThat(g.calls().get(0).dateBasis()).isEqualTo("published");
        assertThat(GoldFile.read(seeds().resolve("000.gold.json")).calls().get(0).datedByPublication()).isFalse();
    }

    @Test
    void aDirectoryGivesThePerArticleFilesAndSkipsTheMergedOne() {
        List<GoldFile> all = GoldFile.readDirectory(seeds());
        assertThat(all).extracting(GoldFile::article).containsExactly("000", "001", "002", "003", "004");
    }

    @Test
    void badFilesAreInputErrorsNamingTheFileAndPosition(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("x.json"), "{\n \"article\": \"001\",\n \"persons\": [\"a\" \n}");
        assertThatThrownBy(() -> GoldFile.read(broken)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(broken + ": 4:").hasMessageContaining("malformed JSON");
        Path merged = Files.writeString(dir.resolve("merged.json"), "{\"calls\": []}");
        assertThatThrownBy(() -> GoldFile.read(merged)).isInstanceOf(InputException.class)
                .hasMessageContaining("no \"article\" field");
        Path wrongType = Files.writeString(dir.resolve("w.json"), "{\"article\": \"1\", \"calls\": 5}");
        assertThatThrownBy(() -> GoldFile.read(wrongType)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(wrongType + ": not a gold file");
    }

    @Test
    void aDirectoryWithoutGoldIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("merged.gold.json"), "{\"calls\": []}");
        assertThatThrownBy(() -> GoldFile.readDirectory(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("no gold files");
        assertThatThrownBy(() -> GoldFile.readDirectory(dir.resolve("missing"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no such gold directory");
    }
}
