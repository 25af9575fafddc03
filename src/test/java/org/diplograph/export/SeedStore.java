package org.diplograph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.build.Builder;
import org.diplograph.build.BuildSummary;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.store.Tdb2Store;

/**
 * The stores the export tests read: the bundled seed articles built once per test JVM into a TDB2
 * directory (a build takes seconds; every export test class shares it), and the small hand-written
 * fixture {@code small.trig}.
 */
final class SeedStore {
    private static Path dir;

    private SeedStore() {
    }

    /** The directory of the seed store, built on first use and removed when the JVM exits. */
    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path d = Files.createTempDirectory("diplograph-export-seed");
                EntityCatalog catalog = EntityCatalog.bundled();
                try (Tdb2Store store = Tdb2Store.open(d.resolve("db"))) {
                    BuildSummary s = new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog))
                            .build(store, List.of(Path.of("data")), false, Builder.Listener.NONE);
                    if (s.added() != 5) {
                        throw new IllegalStateException("seed build added " + s.added() + " articles: " + s.problems());
                    }
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
                dir = d.resolve("db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** Opens the seed store; close it when done (tests run one at a time). */
    static Tdb2Store open() {
        return Tdb2Store.openExisting(dir(), "test");
    }

    /** The hand-written fixture as an in-memory dataset. */
    static DatasetGraph small() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(SeedStore.class.getResource("small.trig").toString()).lang(Lang.TRIG).parse(dsg);
        return dsg;
    }

    private static void delete(Path d) {
        try (Stream<Path> all = Files.walk(d)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind
        }
    }
}
