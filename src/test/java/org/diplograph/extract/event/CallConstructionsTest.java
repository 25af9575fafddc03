package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.event.EventFixture.calls;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How German news reports phone calls in general (dpa, Reuters, tagesschau.de, SPIEGEL, FAZ, SZ,
 * n-tv, live blogs): one caller with several partners, the call in a subordinate or participial
 * phrase, at the margin of another event, pronouns and roles for the participants, planned calls,
 * and the many uses of "Telefon", "anrufen" and "sprechen" that are no call. Each row: an article in
 * {@link EventFixture} mark-up (published 2025-07-03, a Thursday) and the calls it reports
 * ("participants date status").
 */
class CallConstructionsTest {

    private static final String NETANJAHU = "[Netanjahu|person/benjamin-netanyahu]";
    private static final String ABBAS = "[Abbas|person/mahmoud-abbas]";

    /** One caller, several partners: separate calls unless the partners share one "mit". */
    static Stream<Arguments> severalPartners() {
        return Stream.of(
                Arguments.of("@Macron rief sowohl @Selenskyj als auch @Putin an.",
                        List.of("emmanuel-macron+volodymyr-zelenskyy - HELD", "emmanuel-macron+vladimir-putin - HELD")),
                Arguments.of("Der französische Präsident @Macron rief am {Sonntag|2025-06-29|rel} sowohl den ukrainischen "
                        + "Präsidenten @Selenskyj als auch Kremlchef @Putin an.",
                        List.of("emmanuel-macron+volodymyr-zelenskyy 2025-06-29 HELD",
                                "emmanuel-macron+vladimir-putin 2025-06-29 HELD")),
                Arguments.of("@Erdogan telefonierte nacheinander mit " + NETANJAHU + " und mit " + ABBAS + ".",
                        List.of("benjamin-netanyahu+recep-tayyip-erdogan - HELD", "mahmoud-abbas+recep-tayyip-erdogan - HELD")),
                Arguments.of("@Trump rief nacheinander @Selenskyj und @Erdogan an.",
                        List.of("donald-trump+volodymyr-zelenskyy - HELD", "donald-trump+recep-tayyip-erdogan - HELD")),
                // without a word that says the calls were separate the partners share one call: the text does
                // not say there were two (documented limitation: "zunächst mit A und anschließend mit B")
                Arguments.of("@Merz telefonierte mit @Macron und mit @Starmer.",
                        List.of("emmanuel-macron+friedrich-merz+keir-starmer - HELD")),
                Arguments.of("@Trump rief @Selenskyj und @Erdogan an.",
                        List.of("donald-trump+recep-tayyip-erdogan+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Merz und @Macron riefen @Selenskyj an.",
                        List.of("emmanuel-macron+friedrich-merz+volodymyr-zelenskyy - HELD")),
                // one "mit" for both partners: one conference call
                Arguments.of("@Merz telefonierte am {Montag|2025-06-30|rel} mit @Selenskyj und @Starmer.",
                        List.of("friedrich-merz+keir-starmer+volodymyr-zelenskyy 2025-06-30 HELD")),
                Arguments.of("@Merz hat sich am Telefon mit @Macron und @Starmer abgestimmt.",
                        List.of("emmanuel-macron+friedrich-merz+keir-starmer - HELD")),
                // a headline that sums up two calls reported one by one
                Arguments.of("@Erdogan telefoniert mit @Putin und @Selenskyj\n@Erdogan hat am {Mittwoch|2025-07-02|rel} "
                        + "mit @Putin telefoniert. Anschließend telefonierte @Erdogan mit @Selenskyj.",
                        List.of("recep-tayyip-erdogan+vladimir-putin 2025-07-02 HELD",
                                "recep-tayyip-erdogan+volodymyr-zelenskyy - HELD")));
    }

    /** The call in a subordinate, participial or prepositional phrase; pronouns and roles. */
    static Stream<Arguments> phrasesAndReferences() {
        return Stream.of(
                Arguments.of("Nach seinem Telefonat mit @Putin sagte @Trump, er sei enttäuscht.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("Wie das Präsidialamt mitteilte, sprachen @Putin und @Erdogan am {Dienstag|2025-07-01|rel} "
                        + "am Telefon.",
                        List.of("recep-tayyip-erdogan+vladimir-putin 2025-07-01 HELD")),
                Arguments.of("@Merz telefonierte am Rande des Nato-Gipfels mit @Trump.",
                        List.of("donald-trump+friedrich-merz - HELD")),
                Arguments.of("Am Rande des EU-Gipfels telefonierte @Meloni mit @Trump.",
                        List.of("donald-trump+giorgia-meloni - HELD")),
                Arguments.of("@Erdogan habe @Putin am Telefon versichert, vermitteln zu wollen, teilte das Präsidialamt mit.",
                        List.of("recep-tayyip-erdogan+vladimir-putin - HELD")),
                Arguments.of("@Putin gratulierte @Trump in einem Telefonat zum Geburtstag.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Merz sagte, er habe am Vortag mit @Selenskyj telefoniert.",
                        List.of("friedrich-merz+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Trump telefonierte am {Montag|2025-06-30|rel} mit @Putin. Anschließend rief er @Selenskyj an.",
                        List.of("donald-trump+vladimir-putin 2025-06-30 HELD", "donald-trump+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Selenskyj hat mit @Merz gesprochen. Er dankte dem Kanzler für die Hilfe. Später telefonierte "
                        + "er auch mit @Macron.",
                        List.of("friedrich-merz+volodymyr-zelenskyy - HELD", "emmanuel-macron+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Selenskyj rief die Europäer zu mehr Unterstützung auf. @Merz telefonierte mit ihm.",
                        List.of("friedrich-merz+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Trump hat das Gespräch mit @Putin abgesagt. Stattdessen telefonierte er mit @Selenskyj.",
                        List.of("donald-trump+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Selenskyj ist in Berlin eingetroffen. Er telefonierte mit @Trump und sprach anschließend "
                        + "mit @Merz im Kanzleramt.",
                        List.of("donald-trump+volodymyr-zelenskyy - HELD")),
                Arguments.of("Bundeskanzler @Merz hat mit @Trump telefoniert. Danach telefonierte "
                        + "[der Kanzler|person/friedrich-merz|ROLE] mit @Selenskyj.",
                        List.of("donald-trump+friedrich-merz - HELD", "friedrich-merz+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Trump hat mit @Putin telefoniert. [Der Kremlchef|person/vladimir-putin|ROLE] habe in dem "
                        + "Gespräch einen Gefangenenaustausch angeboten.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                // roles without a named holder: no participant is invented
                Arguments.of("Der Kanzler telefonierte mit dem US-Präsidenten.", List.of()),
                Arguments.of("@Merz hat mit @Trump telefoniert. Der Kanzler telefonierte danach auch mit dem "
                        + "ukrainischen Präsidenten.",
                        List.of("donald-trump+friedrich-merz - HELD")),
                // historic background call with its own date
                Arguments.of("@Trump und @Putin telefonierten am {Donnerstag|2025-07-03|rel}. Bereits im {Februar 2022|2022-02} "
                        + "hatten @Macron und @Putin telefoniert.",
                        List.of("donald-trump+vladimir-putin 2025-07-03 HELD", "emmanuel-macron+vladimir-putin 2022-02 HELD")));
    }

    /** Planned, postponed and undecided calls. */
    static Stream<Arguments> plannedCalls() {
        return Stream.of(
                Arguments.of("@Trump und @Putin wollen am {Donnerstag|2025-07-03|rel} telefonieren.",
                        List.of("donald-trump+vladimir-putin 2025-07-03 PLANNED")),
                // "angesetzt" plans the call; the date stage reads its weekday as the coming one (DateExtractorTest)
                Arguments.of("Ein Telefonat zwischen @Trump und @Putin ist für {Freitag|2025-07-04|rel} angesetzt.",
                        List.of("donald-trump+vladimir-putin 2025-07-04 PLANNED")),
                Arguments.of("Ein Telefonat zwischen @Merz und @Selenskyj wurde für {Montag|2025-07-07|rel} anberaumt.",
                        List.of("friedrich-merz+volodymyr-zelenskyy 2025-07-07 PLANNED")),
                Arguments.of("Das geplante Telefonat zwischen @Macron und @Xi wurde verschoben.",
                        List.of("emmanuel-macron+xi-jinping - PLANNED")),
                Arguments.of("Ein Telefonat zwischen @Macron und @Xi wurde auf nächste Woche verschoben.",
                        List.of("emmanuel-macron+xi-jinping - PLANNED")),
                Arguments.of("@Merz will in den kommenden Tagen mit @Trump telefonieren, kündigte ein Sprecher an.",
                        List.of("donald-trump+friedrich-merz - PLANNED")),
                // held calls on a past weekday stay where they were
                Arguments.of("@Trump hat am {Freitag|2025-06-27|rel} mit @Putin telefoniert.",
                        List.of("donald-trump+vladimir-putin 2025-06-27 HELD")),
                // undecided: no call
                Arguments.of("Ob es ein Telefonat zwischen @Merz und @Putin geben wird, steht bislang nicht fest.", List.of()),
                Arguments.of("Ein Telefonat zwischen @Merz und @Putin steht bislang nicht fest.", List.of()),
                Arguments.of("@Trump ließ offen, ob er mit @Putin telefonieren werde.", List.of()),
                Arguments.of("Laut @Peskow gibt es derzeit keine Pläne für ein Telefonat zwischen @Putin und @Macron.",
                        List.of()),
                Arguments.of("@Peskow sagte, ein Telefonat zwischen @Putin und @Trump sei derzeit nicht geplant.", List.of()));
    }

    /** Phones, hotlines, call-ins, demands, refusals, denials and in-person talks: no call. */
    static Stream<Arguments> noCalls() {
        return Stream.of(
                Arguments.of("Zuschauer riefen bei @Putin in der Fernsehsprechstunde an.", List.of()),
                Arguments.of("Bürger konnten bei der Hotline anrufen, @Putin beantwortete ihre Fragen.", List.of()),
                Arguments.of("Die Polizei bittet Zeugen, sich unter der Telefonnummer 110 zu melden.", List.of()),
                Arguments.of("Ein Anruf bei der Polizei ging am Abend ein.", List.of()),
                Arguments.of("Die Anrufer der Telefonseelsorge berichten von Einsamkeit.", List.of()),
                Arguments.of("@Peskow sagte, @Putin sei zu einem Telefonat mit @Merz bereit.", List.of()),
                Arguments.of("Kremlsprecher @Peskow sagte, @Putin sei bereit, mit @Merz zu telefonieren.", List.of()),
                Arguments.of("@Merz lehnte ein Gespräch mit @Putin ab.", List.of()),
                Arguments.of("@Selenskyj rief @Trump dazu auf, mehr Druck auf @Putin auszuüben.", List.of()),
                Arguments.of("@Macron rief @Putin und @Selenskyj zur Mäßigung auf.", List.of()),
                Arguments.of("Der Kreml wies Berichte über ein Telefonat zwischen @Putin und @Trump zurück.", List.of()),
                Arguments.of("Berichte, wonach @Trump und @Putin telefoniert hätten, wies der Kreml als falsch zurück.",
                        List.of()),
                Arguments.of("Es sei falsch, dass @Merz mit @Putin telefoniert habe, sagte ein Sprecher.", List.of()),
                Arguments.of("@Peskow sagte, @Putin habe nicht mit @Trump telefoniert.", List.of()),
                Arguments.of("@Trump sagte, er habe nicht mit @Putin gesprochen.", List.of()),
                Arguments.of("Ein Telefonat von @Merz mit @Putin ist nicht vorgesehen, sagte der Regierungssprecher.",
                        List.of()),
                // in person, in an article that reports a call
                Arguments.of("@Trump hat mit @Putin telefoniert. Am {Dienstag|2025-07-01|rel} sprach @Selenskyj in "
                        + "[Kiew|city/kyiv] mit @Merz über Waffenlieferungen.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Trump hat mit @Putin telefoniert. Bei ihrem Treffen in [Paris|city/paris] sprachen @Macron "
                        + "und @Merz über die [Ukraine|country/ukraine].",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Trump hat mit @Putin telefoniert. Zuvor hatte @Trump in [Washington|city/washington] mit "
                        + "@Selenskyj gesprochen.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Trump telefonierte mit @Putin. Am Mittwoch empfängt er @Selenskyj, wo die beiden über die "
                        + "[Ukraine|country/ukraine] sprechen wollen.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Merz hat mit @Trump telefoniert. Mit @Selenskyj sprach @Merz am Rande der Konferenz.",
                        List.of("donald-trump+friedrich-merz - HELD")),
                Arguments.of("@Merz hat mit @Trump telefoniert. Zuvor hatte er mit @Macron bei einem Abendessen gesprochen.",
                        List.of("donald-trump+friedrich-merz - HELD")),
                Arguments.of("@Merz hat mit @Trump telefoniert. Gespräche mit @Putin lehnt @Merz weiterhin ab.",
                        List.of("donald-trump+friedrich-merz - HELD")),
                // a spokesperson reports a call and never takes part in it
                Arguments.of("Kremlsprecher @Peskow teilte mit, @Putin habe mit @Erdogan telefoniert.",
                        List.of("recep-tayyip-erdogan+vladimir-putin - HELD")));
    }

    @ParameterizedTest
    @MethodSource("severalPartners")
    void oneCallerWithSeveralPartners(String marked, List<String> expected) {
        assertThat(calls(marked)).map(EventFixture::describe).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("phrasesAndReferences")
    void callsInPhrasesWithPronounsAndRoles(String marked, List<String> expected) {
        assertThat(calls(marked)).map(EventFixture::describe).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("plannedCalls")
    void plannedPostponedAndUndecidedCalls(String marked, List<String> expected) {
        assertThat(calls(marked)).map(EventFixture::describe).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("noCalls")
    void noCallWhereNoneWasHeld(String marked, List<String> expected) {
        assertThat(calls(marked)).map(EventFixture::describe).containsExactlyInAnyOrderElementsOf(expected);
    }
}
