package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup in an article reaches the API as plain text, character for character (the browser test then
 * checks that the page shows it as text and runs nothing).
 */
class MarkupAsTextTest {
    @TempDir
    Path dir;

    @Test
    void titlesAndSentencesKeepTheirMarkupAsText() {
        try (Tdb2Store store = WebFixtures.markup(dir)) {
            GraphData data = new GraphData(store.datasetGraph());
            GraphData.GraphNode call = data.graph().nodes().stream().filter(n -> n.type().equals("call"))
                    .findFirst().orElseThrow(() -> new AssertionError("the markup article yields no call"));
            GraphData.EventView ev = data.event(call.id()).orElseThrow();
            assertThat(ev.articles()).hasSize(1);
            GraphData.ArticleEvidence a = ev.articles().get(0);
            assertThat(a.title()).isEqualTo("Titel " + WebFixtures.SCRIPT);
            assertThat(a.sentences()).anySatisfy(s -> assertThat(s.sentence())
                    .contains(WebFixtures.SCRIPT).contains(WebFixtures.IMG));
        }
    }
}
