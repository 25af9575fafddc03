package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.diplograph.article.Article;
import org.diplograph.extract.entity.CountryExtractor;
import org.diplograph.extract.entity.PersonExtractor;
import org.diplograph.extract.event.CallExtractor;
import org.diplograph.extract.event.RoundExtractor;
import org.diplograph.extract.entity.PlaceExtractor;
import org.diplograph.extract.sentence.SentenceSplitter;
import org.diplograph.extract.time.DateExtractor;
import org.diplograph.extract.time.DurationExtractor;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.resolve.EntityResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every {@link Extractor} keeps, whatever it finds: no results for an empty text,
 * every result's [start, end) inside the text and covering exactly {@code text()}, results in text
 * order, and the article left unchanged.
 * <p>
 * To put a new extractor under contract, add ONE line to {@link #pipelines()}: its name, then the
 * stages that prepare its input layers, then the extractor itself (always last), e.g.
 * {@code under("calls", SentenceSplitter::new, PersonExtractor::new, DateExtractor::new, CallExtractor::new)}.
 */
class ExtractorContractTest {

    static Stream<Arguments> pipelines() {
        return Stream.of(
                under("sentences", SentenceSplitter::new),
                under("dates", SentenceSplitter::new, DateExtractor::new),
                under("durations", SentenceSplitter::new, DurationExtractor::new),
                under("persons", SentenceSplitter::new, () -> new PersonExtractor(EntityCatalog.bundled())),
                under("countries", SentenceSplitter::new, () -> new CountryExtractor(EntityCatalog.bundled())),
                under("places", SentenceSplitter::new, () -> new PlaceExtractor(EntityCatalog.bundled())),
                under("entities", SentenceSplitter::new, () -> new PersonExtractor(EntityCatalog.bundled()), () -> new CountryExtractor(EntityCatalog.bundled()), () -> new PlaceExtractor(EntityCatalog.bundled()), () -> new EntityResolver(EntityCatalog.bundled())),
                under("calls", SentenceSplitter::new, DateExtractor::new, DurationExtractor::new, () -> new PersonExtractor(EntityCatalog.bundled()), () -> new CountryExtractor(EntityCatalog.bundled()), () -> new PlaceExtractor(EntityCatalog.bundled()), () -> new EntityResolver(EntityCatalog.bundled()), CallExtractor::new),
                under("rounds", SentenceSplitter::new, DateExtractor::new, () -> new PersonExtractor(EntityCatalog.bundled()), () -> new CountryExtractor(EntityCatalog.bundled()), () -> new PlaceExtractor(EntityCatalog.bundled()), () -> new EntityResolver(EntityCatalog.bundled()), RoundExtractor::new)
                // add one line per extractor here
        );
    }

    /** A pipeline prefix: {@code stages} run in order; the last one is the extractor under test. */
    @SafeVarargs
    static Arguments under(String name, Supplier<? extends Extractor<?>>... stages) {
        List<Supplier<? extends Extractor<?>>> list = new ArrayList<>();
        for (Supplier<? extends Extractor<?>> stage : stages) {
            list.add(stage);
        }
        return Arguments.of(name, List.copyOf(list));
    }

    /** Texts every extractor must survive; German news with the usual mess. */
    static final Map<String, String> TEXTS = samples();

    private static Map<String, String> samples() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("empty", "");
        m.put("blank", "  \n\r\n\t  \n");
        m.put("headline only", "Kreml enthüllt Inhalt des Putin-Trump-Gesprächs");
        m.put("news", """
                Kreml: Putin und Trump telefonieren fast eine Stunde
                US-Präsident Donald Trump hat am Donnerstag mit dem russischen Präsidenten Wladimir Putin \
                telefoniert. Das Gespräch dauerte nach Angaben von Kreml-Berater Juri Uschakow knapp eine Stunde.

                „Es wurde von unserer Seite betont, dass Russland eine wichtige Rolle gespielt hat.“, sagte \
                Uschakow. Zuletzt hatten die Präsidenten am 14. Juni telefoniert; das zweite Gespräch seit \
                Anfang 2025 fand am 18. März statt und dauerte rund zweieinhalb Stunden.
                Die Delegationen Russlands und der Ukraine trafen sich am 16. Mai und am 2. Juni in Istanbul. \
                Laut Financial Times wird Trump am Freitag mit Selenskyj telefonieren. Außenminister Sergej \
                Lawrow und sein US-Kollege Marco Rubio sollen sich im September in New York treffen.
                Copyright © 2025 – im Sinne des Gesetzes Nr. 62 vom 07.03.2001 keine Publikation.
                """);
        m.put("odd characters", "  „Wir sind bereit“ — sagte er\u00a0am 3.\u00a0Juli… \uD83D\uDE00 Ende. z. B. \t\r\n"
                + "Dr. J. Müller (SPD) u. a. am Mittwochabend. 90-minütige Sitzung!? ");
        m.put("no punctuation", "trump putin ukraine telefonat 2025 50 minuten");
        m.put("windows line ends", "Erste Zeile\r\nZweite Zeile. Dritter Satz!\r\n\r\n");
        return m;
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Arguments pipeline : pipelines().toList()) {
            for (String sample : TEXTS.keySet()) {
                for (LocalDate published : Arrays.asList(LocalDate.of(2025, 7, 3), null)) {
                    Object[] a = pipeline.get();
                    out.add(Arguments.of(a[0], a[1], sample, published));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {2} (published {3})")
    @MethodSource("cases")
    void keepsTheContract(String name, List<Supplier<? extends Extractor<?>>> stages, String sample,
                          LocalDate published) {
        String text = TEXTS.get(sample);
        Pipeline.Builder prefix = Pipeline.builder();
        for (int i = 0; i < stages.size() - 1; i++) {
            prefix.add(stages.get(i).get());
        }
        Extractor<?> underTest = stages.get(stages.size() - 1).get();
        Pipeline.Builder full = Pipeline.builder();
        prefix.build().stages().forEach(full::add);
        full.add(underTest).build(); // the prefix provides every layer the extractor requires

        AnnotatedArticle doc = prefix.build().run(new Article("contract", text, published, null, null, null, null, null));
        Map<Layer<?>, List<?>> before = Map.copyOf(doc.layers());
        List<? extends Spanned> results = underTest.extract(doc);

        assertThat(results).as("results").isNotNull().doesNotContainNull();
        assertThat(doc.layers()).as("the article's layers are left unchanged").isEqualTo(before);
        if (text.isEmpty()) {
            assertThat(results).as("results on an empty text").isEmpty();
        }
        int previousStart = -1;
        for (Spanned r : results) {
            assertThat(r.start()).as("start of %s", r).isBetween(0, text.length());
            assertThat(r.end()).as("end of %s", r).isBetween(r.start(), text.length());
            assertThat(text.substring(r.start(), r.end())).as("covered text of %s", r).isEqualTo(r.text());
            assertThat(r.start()).as("text order at %s", r).isGreaterThanOrEqualTo(previousStart);
            previousStart = r.start();
        }
        assertThat(underTest.produces().type().isInstance(results.isEmpty() ? null : results.get(0))
                || results.isEmpty()).as("results have the layer's type").isTrue();
    }
}
