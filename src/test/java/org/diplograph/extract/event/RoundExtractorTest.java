package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.event.EventFixture.rounds;

import java.util.List;
import java.util.stream.Stream;

import org.diplograph.extract.EventMention;
import org.diplograph.extract.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Negotiation rounds from hand-annotated German text. Each row: an article and its rounds as
 * "parties date status [ord=] [at=place]".
 */
class RoundExtractorTest {
    private static final String RU = "[Russlands|country/russia]";
    private static final String UA = "[Ukraine|country/ukraine]";
    private static final String RU_ADJ = "[russische|country/russia|ADJECTIVE]";
    private static final String UA_ADJ = "[ukrainische|country/ukraine|ADJECTIVE]";
    private static final String ISTANBUL = "[Istanbul|city/istanbul]";

    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("Die Delegationen " + RU + " und der " + UA + " trafen sich am {16. Mai|2025-05-16} in "
                        + ISTANBUL + ".",
                        List.of("russia+ukraine 2025-05-16 HELD at=istanbul")),
                Arguments.of("In der [Türkei|country/turkey] verhandelten die " + RU_ADJ + " und die " + UA_ADJ
                        + " Delegation am {2. Juni|2025-06-02}.",
                        List.of("russia+ukraine 2025-06-02 HELD at=turkey")),
                Arguments.of("Unter Vermittlung der [USA|country/united-states] kam es in [Riad|city/riyadh] zu einem "
                        + "Treffen zwischen [russischen|country/russia|ADJECTIVE] und [ukrainischen|country/ukraine|ADJECTIVE] "
                        + "Vertretern.",
                        List.of("russia+ukraine - HELD at=riyadh")),
                Arguments.of("Ein erstes Treffen zwischen [ukrainischen|country/ukraine|ADJECTIVE] und "
                        + "[russischen|country/russia|ADJECTIVE] Vertretern hatte es auf Druck der "
                        + "[US|country/united-states|ADJECTIVE]-Regierung bereits im {März|2025-03} gegeben.",
                        List.of("russia+ukraine 2025-03 HELD ord=1")),
                Arguments.of("Die " + RU_ADJ + " und die " + UA_ADJ + " Delegation trafen sich zweimal in " + ISTANBUL
                        + ": das erste Treffen fand am {16. Mai|2025-05-16} statt, das zweite am {2. Juni|2025-06-02}.",
                        List.of("russia+ukraine 2025-05-16 HELD ord=1 at=istanbul",
                                "russia+ukraine 2025-06-02 HELD ord=2 at=istanbul")),
                Arguments.of("In diesem Jahr trafen sich die Delegationen " + RU + " und der " + UA + " zu zwei Treffen: "
                        + "Das erste fand am {16. Mai|2025-05-16} statt, das zweite am {2. Juni|2025-06-02}.",
                        List.of("russia+ukraine 2025-05-16 HELD ord=1", "russia+ukraine 2025-06-02 HELD ord=2")),
                Arguments.of("[Russland|country/russia] und die " + UA + " wollen sich auf eine dritte Verhandlungsrunde "
                        + "einigen.",
                        List.of("russia+ukraine - PLANNED ord=3")),
                Arguments.of("Die zweite Verhandlungsrunde zwischen [Russland|country/russia] und der " + UA
                        + " fand am {2. Juni|2025-06-02} in " + ISTANBUL + " statt. Vor der zweiten Runde hatte "
                        + "[Kiew|country/ukraine|METONYM] ein Memorandum übergeben.",
                        List.of("russia+ukraine 2025-06-02 HELD ord=2 at=istanbul")),
                Arguments.of("Die Delegationen " + RU + " und der " + UA + " trafen sich am {16. Mai|2025-05-16}. "
                        + "Eine neue Gesprächsrunde zwischen [Moskau|country/russia|METONYM] und "
                        + "[Kiew|country/ukraine|METONYM] soll bald stattfinden.",
                        List.of("russia+ukraine 2025-05-16 HELD", "russia+ukraine - PLANNED")),
                Arguments.of("Auf die Frage nach dem Termin der dritten Verhandlungsrunde zwischen " + RU_ADJ + "n und "
                        + UA_ADJ + "n Unterhändlern erklärte der [Kreml|country/russia|METONYM] am {3. Juli|2025-07-03}, "
                        + "es gebe keine Probleme.",
                        List.of("russia+ukraine - PLANNED ord=3")),
                Arguments.of("Friedensverhandlungen in " + ISTANBUL + " zwischen [Russland|country/russia] und der " + UA
                        + " begannen am {16. Mai|2025-05-16}.",
                        List.of("russia+ukraine 2025-05-16 HELD at=istanbul")),
                // --- not rounds ---------------------------------------------------------------------
                Arguments.of("Dringend sollen Friedensverhandlungen begonnen werden.", List.of()),
                Arguments.of("[Russland|country/russia] und die " + UA + " führen seit 2022 Krieg.", List.of()),
                Arguments.of("Trump drängt auf eine Wiederaufnahme direkter Gespräche zwischen [Kiew|country/ukraine|METONYM] "
                        + "und [Moskau|country/russia|METONYM].", List.of()),
                Arguments.of("Die Außenminister [Russlands|country/russia] und der [USA|country/united-states] trafen sich "
                        + "in [Riad|city/riyadh].", List.of()),
                Arguments.of("Die Präsidenten erörterten auch die beiden Verhandlungsrunden zwischen der " + RU_ADJ
                        + "n und der " + UA_ADJ + "n Delegation.", List.of()),
                Arguments.of("Washington hat eine Reihe von Treffen mit Vertretern [Kiews|country/ukraine|METONYM] und "
                        + "[Moskaus|country/russia|METONYM] abgehalten.", List.of()),
                Arguments.of("Die " + RU_ADJ + " Delegation traf am {16. Mai|2025-05-16} in " + ISTANBUL + " ein.",
                        List.of()));
    }

    private static final String US_ADJ = "[amerikanischer|country/united-states|ADJECTIVE]";
    private static final String CN_ADJ = "[chinesischer|country/china|ADJECTIVE]";
    private static final String GENF = "[Genf|city/geneva]";
    private static final String LONDON = "[London|city/london]";

    /** Rounds whose parties or date stand outside the trigger's clause. */
    static Stream<Arguments> neighbours() {
        return Stream.of(
                // parties named in the sentence before or after, in the same paragraph
                Arguments.of("Die Gespräche wurden auf " + US_ADJ + " Seite von Bessent, auf " + CN_ADJ + " Seite von He "
                        + "geführt. Eine weitere Verhandlungsrunde soll am {Montag|2025-06-09|rel} in " + LONDON
                        + " stattfinden.",
                        List.of("china+united-states 2025-06-09 PLANNED at=london")),
                Arguments.of("Die Handelsdelegationen hatten sich {Mitte Mai|2025-05} in " + GENF + " verständigt. "
                        + "Die Gespräche wurden auf " + US_ADJ + " Seite von Bessent, auf " + CN_ADJ + " Seite von He "
                        + "geführt.",
                        List.of("china+united-states 2025-05 HELD at=geneva")),
                Arguments.of("Eine neue Verhandlungsrunde soll nach Angaben des Weißen Hauses am {Montag|2025-06-09|rel} "
                        + "stattfinden. Zwischen [Russland|country/russia] und der " + UA + " gibt es Spannungen.",
                        List.of("russia+ukraine 2025-06-09 PLANNED")),
                // no neighbour with exactly two countries: no invented parties
                Arguments.of("Eine weitere Verhandlungsrunde soll am {Montag|2025-06-09|rel} in " + LONDON
                        + " stattfinden.", List.of()),
                Arguments.of("[Frankreich|country/france], [Italien|country/italy] und [Polen|country/poland] berieten. "
                        + "Eine weitere Verhandlungsrunde soll in " + LONDON + " stattfinden.", List.of()),
                Arguments.of("[Frankreich|country/france] und [Italien|country/italy] berieten.\nEine weitere "
                        + "Verhandlungsrunde soll in " + LONDON + " stattfinden.", List.of()));
    }

    @ParameterizedTest
    @MethodSource("neighbours")
    void takesPartiesFromTheNeighbouringSentence(String marked, List<String> expected) {
        assertThat(rounds(marked)).map(EventFixture::describe).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void findsTheRoundsTheArticleReports(String marked, List<String> expected) {
        assertThat(rounds(marked)).map(EventFixture::describe).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theHostIsThePlaceNotAParty() {
        EventMention round = rounds("Die Delegationen " + RU + " und der " + UA + " verhandelten in " + ISTANBUL
                + " in der [Türkei|country/turkey].").get(0);
        assertThat(round.participantKeys()).containsExactly("country/russia", "country/ukraine");
        assertThat(round.location().key()).isEqualTo("city/istanbul");
    }

    @Test
    void layersAreDeclared() {
        assertThat(new RoundExtractor().produces()).isEqualTo(Layer.ROUNDS);
        assertThat(new RoundExtractor().requires()).contains(Layer.SENTENCES, Layer.ENTITIES, Layer.DATES);
        assertThat(rounds("")).isEmpty();
    }
}
