package org.diplograph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.diplograph.article.Article;
import org.diplograph.extract.DurationMention;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Pipeline;
import org.diplograph.extract.sentence.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationExtractorTest {
    private static final Pipeline PIPELINE = Pipeline.builder()
            .add(new SentenceSplitter()).add(new DurationExtractor()).build();

    static List<DurationMention> durations(String text) {
        return PIPELINE.run(new Article("t", text, LocalDate.of(2025, 7, 3), null, null, null, null, null))
                .get(Layer.DURATIONS);
    }

    /** "text=ISO-duration" per mention, with a trailing "~" when approximate. */
    static String render(String text) {
        return durations(text).stream()
                .map(d -> d.text() + "=" + d.value() + (d.approximate() ? "~" : ""))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Das Gespräch dauerte 50 Minuten.                                         | 50 Minuten=PT50M
            Das Gespräch dauerte fast eine Stunde.                                   | fast eine Stunde=PT1H~
            Das Gespräch dauerte knapp eine Stunde an.                               | knapp eine Stunde=PT1H~
            Das Telefonat dauerte rund zweieinhalb Stunden.                          | rund zweieinhalb Stunden=PT2H30M~
            Sie sprachen anderthalb Stunden miteinander.                             | anderthalb Stunden=PT1H30M
            Sie sprachen eineinhalb Stunden.                                         | eineinhalb Stunden=PT1H30M
            Die Unterredung dauerte zwei Stunden und 15 Minuten.                     | zwei Stunden und 15 Minuten=PT2H15M
            Sie führten ein 90-minütiges Telefonat.                                  | 90-minütiges=PT1H30M
            Das fast einstündige Telefonat drehte sich um die Ukraine.               | fast einstündige=PT1H~
            Das Gespräch war einstündig.                                             | einstündig=PT1H
            Nach dem zweistündigen Treffen gab es keine Erklärung.                   | zweistündigen=PT2H
            Die Verhandlungen dauerten mehr als zwei Stunden.                        | mehr als zwei Stunden=PT2H~
            Sie telefonierten über eine Stunde.                                      | über eine Stunde=PT1H~
            Das Telefonat dauerte eine halbe Stunde.                                 | eine halbe Stunde=PT30M
            Das Gespräch dauerte eine Dreiviertelstunde.                             | eine Dreiviertelstunde=PT45M
            Das Gespräch dauerte 45 Min. und endete ohne Ergebnis.                   | 45 Min.=PT45M
            Das Treffen dauerte etwa 40 Minuten.                                     | etwa 40 Minuten=PT40M~
            Sie berieten ungefähr drei Stunden.                                      | ungefähr drei Stunden=PT3H~
            Die Sitzung dauerte gut eine Stunde.                                     | gut eine Stunde=PT1H~
            Das Gespräch dauerte ca. 30 Minuten.                                     | ca. 30 Minuten=PT30M~
            Das Gespräch dauerte circa 30 Minuten.                                   | circa 30 Minuten=PT30M~
            Nach zweitägigen Verhandlungen gab es eine Einigung.                     | zweitägigen=PT48H
            Das Gespräch dauerte 1,5 Stunden.                                        | 1,5 Stunden=PT1H30M
            Das Gespräch dauerte zwölf Minuten.                                      | zwölf Minuten=PT12M
            Eine Stunde lang sprachen die Präsidenten.                               | Eine Stunde=PT1H
            Ein Gespräch von zwei Stunden ist selten.                                | zwei Stunden=PT2H
            """)
    void durationsOfEvents(String sentence, String expected) {
        assertThat(render(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Russland half im Unabhängigkeitskrieg vor 250 Jahren.
            Das Gesetz gilt seit drei Jahren.
            Der Krieg begann vor mehr als drei Jahren.
            Die Frist läuft in 24 Stunden ab.
            Kiew soll binnen 48 Stunden antworten.
            Innerhalb von 48 Stunden soll eine Antwort kommen.
            Vor zwei Stunden meldete der Kreml das Ende.
            Seit drei Stunden wird verhandelt.
            Eine Stunde später rief Trump Selenskyj an.
            Zwei Stunden nach dem Telefonat meldete sich der Kreml.
            Nach knapp zwei Stunden endete das Gespräch.
            Die Sirenen heulen alle zwei Stunden.
            Das Treffen wurde um zwei Stunden verschoben.
            Der Bericht erschien um 19:24 Uhr.
            Die 27 EU-Staaten stimmten zu.
            Rund 2.000 Soldaten wurden verlegt.
            Die 24-Stunden-Frist lief ab.
            Die Gespräche dauerten Stunden.
            Das mehrstündige Treffen endete.
            """)
    void notDurationsOfEvents(String sentence) {
        assertThat(render(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Das Telefonat dauerte knapp 90 Minuten.              | knapp 90 Minuten      | PT1H30M | ALMOST
            Sie sprachen fast eine Stunde.                       | fast eine Stunde      | PT1H    | ALMOST
            Das Gespräch dauerte mehr als zwei Stunden.          | mehr als zwei Stunden | PT2H    | MORE_THAN
            Sie telefonierten über eine Stunde.                  | über eine Stunde      | PT1H    | MORE_THAN
            Die Runde dauerte rund zweieinhalb Stunden.          | rund zweieinhalb Stunden | PT2H30M | APPROXIMATELY
            Sie sprachen etwa 45 Minuten.                        | etwa 45 Minuten       | PT45M   | APPROXIMATELY
            Das Telefonat dauerte mindestens eine Stunde.        | mindestens eine Stunde | PT1H   | AT_LEAST
            Sie sprachen gut eine Stunde.                        | gut eine Stunde       | PT1H    | AT_LEAST
            Die Sitzung dauerte weniger als 30 Minuten.          | weniger als 30 Minuten | PT30M  | LESS_THAN
            Die Gespräche sollen bis zu drei Stunden dauern.     | bis zu drei Stunden   | PT3H    | AT_MOST
            """)
    void hedgesBecomeQualifiers(String sentence, String text, String value, DurationMention.Qualifier qualifier) {
        List<DurationMention> found = durations(sentence);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo(text);
        assertThat(found.get(0).value()).hasToString(value);
        assertThat(found.get(0).qualifier()).isEqualTo(qualifier);
        assertThat(found.get(0).approximate()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Das Telefonat dauerte 50 Minuten.
            Sie sprachen zwei Stunden und 15 Minuten.
            Die 90-minütige Unterredung war konstruktiv.
            """)
    void plainDurationsHaveNoQualifier(String sentence) {
        assertThat(durations(sentence)).singleElement().satisfies(d -> {
            assertThat(d.qualifier()).isNull();
            assertThat(d.approximate()).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Der Kreml meldete das Gespräch um 19:24 Uhr.
            Das Telefonat begann um 15 Uhr.
            Um 14.30 Uhr trafen die Delegationen ein.
            """)
    void clockTimesAreNoDurations(String sentence) {
        assertThat(durations(sentence)).isEmpty();
        assertThat(ClockTime.find(sentence)).hasSize(1);
    }

    @Test
    void theOldConstructorStillWorks() {
        DurationMention d = new DurationMention(0, 4, "rund", java.time.Duration.ofHours(1), true);
        assertThat(d.qualifier()).isEqualTo(DurationMention.Qualifier.APPROXIMATELY);
        assertThat(new DurationMention(0, 4, "eine", java.time.Duration.ofHours(1), false).qualifier()).isNull();
    }
}
