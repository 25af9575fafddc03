package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.event.EventFixture.calls;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which German phrasings report a phone call, and which only name one that was wanted, offered,
 * refused, denied or did not happen. Each row: an article in {@link EventFixture} mark-up and the
 * calls it reports ("participants date status").
 */
class CallTriggersTest {

    static Stream<Arguments> reportedCalls() {
        return Stream.of(
                Arguments.of("@Trump und @Putin haben am {Donnerstag|2025-07-03|rel} ein Telefongespräch geführt.",
                        List.of("donald-trump+vladimir-putin 2025-07-03 HELD")),
                Arguments.of("@Meloni und @Trump führten am {Mittwoch|2025-07-02|rel} ein längeres Telefonat.",
                        List.of("donald-trump+giorgia-meloni 2025-07-02 HELD")),
                Arguments.of("@Merz griff am Abend zum Telefon und sprach mit @Selenskyj.",
                        List.of("friedrich-merz+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Macron hat @Putin angerufen.", List.of("emmanuel-macron+vladimir-putin - HELD")),
                Arguments.of("In einem Telefonat mit @Xi hat @Trump die Zölle verteidigt.",
                        List.of("donald-trump+xi-jinping - HELD")),
                // a request or refusal inside the call: the call took place
                Arguments.of("@Trump forderte in einem Telefonat mit @Putin eine Waffenruhe.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Putin lehnte bei dem Anruf von @Trump eine Waffenruhe ab.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("Ein Telefonat zwischen @Trump und @Putin, in dem @Trump eine Waffenruhe forderte, fand am "
                        + "{Montag|2025-06-30|rel} statt.",
                        List.of("donald-trump+vladimir-putin 2025-06-30 HELD")),
                // negations that still report a call
                Arguments.of("@Merz hat nicht zum ersten Mal mit @Selenskyj telefoniert.",
                        List.of("friedrich-merz+volodymyr-zelenskyy - HELD")),
                Arguments.of("Es war kein einfaches Telefonat zwischen @Trump und @Selenskyj.",
                        List.of("donald-trump+volodymyr-zelenskyy - HELD")),
                // planned calls
                Arguments.of("@Trump und @Putin wollen in der kommenden Woche telefonieren.",
                        List.of("donald-trump+vladimir-putin - PLANNED")),
                Arguments.of("Ein Telefonat zwischen @Merz und @Trump ist für {Freitag|2025-07-04|rel} geplant.",
                        List.of("donald-trump+friedrich-merz 2025-07-04 PLANNED")),
                Arguments.of("@Trump will ein Telefonat mit @Putin führen.",
                        List.of("donald-trump+vladimir-putin - PLANNED")));
    }

    static Stream<Arguments> noCalls() {
        return Stream.of(
                // wanted, offered, refused, thought possible
                Arguments.of("@Selenskyj forderte ein Telefonat mit @Putin.", List.of()),
                Arguments.of("@Selenskyj verlangt seit Wochen ein direktes Gespräch mit @Putin. @Trump hat mit @Merz "
                        + "telefoniert.", List.of("donald-trump+friedrich-merz - HELD")),
                Arguments.of("@Putin lehnte ein Telefonat mit @Selenskyj ab.", List.of()),
                Arguments.of("@Putin hat ein Telefonat mit @Selenskyj abgelehnt.", List.of()),
                Arguments.of("@Selenskyj hat um ein Telefonat mit @Trump gebeten.", List.of()),
                Arguments.of("@Trump bot @Putin ein Telefonat an.", List.of()),
                Arguments.of("@Putin sei zu einem Telefonat mit @Selenskyj bereit, sagte @Peskow.", List.of()),
                Arguments.of("@Putin sei bereit, mit @Selenskyj zu telefonieren.", List.of()),
                Arguments.of("@Merz schließt ein Telefonat mit @Putin nicht aus.", List.of()),
                // did not happen
                Arguments.of("Ein Telefonat zwischen @Merz und @Putin habe es nicht gegeben, sagte ein Sprecher.", List.of()),
                Arguments.of("Das Telefonat zwischen @Trump und @Putin fand nicht statt.", List.of()),
                Arguments.of("Kein Telefonat zwischen @Trump und @Selenskyj", List.of()),
                Arguments.of("@Trump und @Putin haben seit Monaten nicht miteinander telefoniert.", List.of()),
                Arguments.of("@Macron hat noch nie mit @Xi telefoniert.", List.of()),
                Arguments.of("Der Kreml dementierte, dass @Putin mit @Trump telefoniert habe.", List.of()),
                // not about a call at all
                Arguments.of("@Trump gab @Putin seine Telefonnummer.", List.of()),
                Arguments.of("Die Telefonseelsorge in Berlin meldete mehr Anrufe.", List.of()),
                // video conferences are not phone calls (documented choice, docs/lexicons-events.md)
                Arguments.of("@Merz und @Macron berieten in einer Videoschalte mit @Selenskyj.", List.of()));
    }

    @ParameterizedTest
    @MethodSource("reportedCalls")
    void reportsTheCall(String marked, List<String> expected) {
        assertThat(calls(marked)).map(EventFixture::describe).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("noCalls")
    void reportsNoCallThatWasOnlyWantedRefusedOrDenied(String marked, List<String> expected) {
        assertThat(calls(marked)).map(EventFixture::describe).containsExactlyInAnyOrderElementsOf(expected);
    }
}
