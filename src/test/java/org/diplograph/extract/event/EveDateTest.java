package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.article.Article;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Pipeline;
import org.diplograph.resolve.EntityCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "am Vorabend" is resolved once: whether the date stage already turned the eve into a day or the
 * sentence names the holiday's date, the call is dated the day before the holiday — never two days.
 */
class EveDateTest {
    private static final Pipeline PIPELINE = GermanPipeline.create(EntityCatalog.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Putin und Trump telefonierten am Vorabend des US-Unabhängigkeitstages.|2025-07-06|2025-07-03",
        "Das Telefongespräch zwischen Putin und Trump fand am Vorabend des Unabhängigkeitstages statt, der am 4. Juli gefeiert wird.|2025-07-06|2025-07-03",
    })
    void theEveIsTheDayBefore(String text, String published, String expected) {
        Article a = new Article("eve", text, LocalDate.parse(published), null, null, null, "de", "test");
        List<EventMention> calls = PIPELINE.run(a).get(Layer.CALLS);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).date()).hasToString(expected);
    }
}
