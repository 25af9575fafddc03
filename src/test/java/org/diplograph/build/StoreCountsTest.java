package org.diplograph.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.diplograph.extract.GermanPipeline;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.Test;

/** The counts a build prints: the same on the union default graph as over every named graph. */
class StoreCountsTest {
    @Test
    void countingOnTheUnionDefaultGraphGivesTheCountsOfEveryNamedGraph() {
        EntityCatalog catalog = EntityCatalog.bundled();
        try (Tdb2Store store = Tdb2Store.inMemory()) {
            new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog)).build(store, List.of(Path.of("data")),
                    false, Builder.Listener.NONE);

            StoreCounts union = StoreCounts.of(store, true);
            StoreCounts everyGraph = StoreCounts.of(store, false);

            assertThat(store.defaultGraphIsUnion()).isTrue();
            assertThat(union).isEqualTo(everyGraph).isEqualTo(StoreCounts.of(store));
            // the seeds: five articles, calls reported by several of them counted once
            assertThat(union.articles()).isEqualTo(5);
            assertThat(union.calls()).isPositive().isLessThan(15);
            assertThat(union.persons()).isPositive();
            assertThat(union.countries()).isPositive();
            assertThat(union.rounds()).isPositive();
        }
    }
}
