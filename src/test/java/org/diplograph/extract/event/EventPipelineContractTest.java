package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.diplograph.article.Article;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Pipeline;
import org.diplograph.extract.Span;
import org.diplograph.resolve.EntityCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls and rounds through the real upstream stages on messy text: no exception, every span inside
 * the text and reproducing it, every event with two or more participants.
 */
class EventPipelineContractTest {
    private static final Pipeline PIPELINE = GermanPipeline.create(EntityCatalog.bundled());

    static Stream<Arguments> texts() {
        List<String> texts = List.of("", " \n\r\n\t ", "Kreml enthüllt Inhalt des Putin-Trump-Gesprächs",
                "trump putin ukraine telefonat 2025 50 minuten",
                "„Wir sind bereit“ — sagte er am 3.\u00a0Juli… \uD83D\uDE00 Ende. Telefonat! Telefonat? Telefonat.",
                "US-Präsident Donald Trump hat am Donnerstag mit dem russischen Präsidenten Wladimir Putin telefoniert. "
                        + "Das Gespräch dauerte fast eine Stunde.\nRelated Articles\nMacron telefonierte mit Scholz.",
                "Die Delegationen Russlands und der Ukraine trafen sich am 16. Mai und am 2. Juni in Istanbul: das "
                        + "erste am 16. Mai, das zweite am 2. Juni.");
        List<Arguments> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Arguments.of(t, LocalDate.of(2025, 7, 3)));
            out.add(Arguments.of(t, null));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void eventsKeepTheContract(String text, LocalDate published) {
        AnnotatedArticle doc = PIPELINE.run(new Article("c", text, published, null, null, null, "de", null));
        List<EventMention> events = new ArrayList<>(doc.get(Layer.CALLS));
        events.addAll(doc.get(Layer.ROUNDS));
        for (EventMention e : events) {
            assertThat(e.participantKeys()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
            for (Span s : e.evidence()) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
    }
}
