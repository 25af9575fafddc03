package org.diplograph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diplograph.build.BuildSummary;
import org.diplograph.build.Builder;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.store.Tdb2Store;

/**
 * Stores the web tests serve: the bundled seed articles in a TDB2 folder (built once per test JVM, kept
 * open), and a one-article store whose title and text carry HTML/script markup.
 */
final class WebFixtures {
    /** Markup in the article text; it must reach the page as text. */
    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String IMG = "<img src=x onerror=window.__xss=2>";

    private static Tdb2Store seed;
    private static Path seedDir;

    private WebFixtures() {
    }

    private static Builder builder() {
        EntityCatalog catalog = EntityCatalog.bundled();
        return new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog));
    }

    /** The seed store (data/), built on first use into a temporary folder and shared by the web tests. */
    static synchronized Tdb2Store seed() {
        if (seed == null) {
            try {
                seedDir = Files.createTempDirectory("diplograph-web-seed");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Tdb2Store store = Tdb2Store.open(seedDir.resolve("db"));
            BuildSummary s = builder().build(store, List.of(Path.of("data")), false, Builder.Listener.NONE);
            if (!s.problems().isEmpty()) {
                throw new IllegalStateException("seed build had problems: " + s.problems());
            }
            seed = store;
            Path dir = seedDir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                deleteQuietly(dir);
            }));
        }
        return seed;
    }

    static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder; the OS cleans it up eventually
        }
    }

    /** A store holding one article with markup in its title and in the sentence that reports a call. */
    static Tdb2Store markup(Path dir) {
        try {
            Path in = Files.createDirectories(dir.resolve("in"));
            Files.writeString(in.resolve("markup.txt"),
                    "Bundeskanzler Friedrich Merz hat am 5. August 2025 mit dem französischen Präsidenten "
                            + "Emmanuel Macron telefoniert " + SCRIPT + " " + IMG + ". "
                            + "Das Gespräch dauerte eine Stunde.\n",
                    StandardCharsets.UTF_8);
            Files.writeString(in.resolve("markup.meta.json"),
                    "{\"published\": \"2025-08-05\", \"language\": \"de\", \"title\": \"Titel " + SCRIPT.replace("\"", "\\\"")
                            + "\"}", StandardCharsets.UTF_8);
            Tdb2Store store = Tdb2Store.open(dir.resolve("db"));
            builder().build(store, List.of(in), false, Builder.Listener.NONE);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
