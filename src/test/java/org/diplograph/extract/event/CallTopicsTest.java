package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.event.EventFixture.calls;

import java.util.List;
import java.util.stream.Stream;

import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EventMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a call was about, as German news reports it: the countries, regions, cities and
 * organisations of the phrases that say what was discussed, and none of the places that only say
 * who took part, where someone was, who reported it or what happened elsewhere. Each row: an
 * article in {@link EventFixture} mark-up and the calls it reports ("participants date status
 * [topics=]", topics sorted by key: city, country, organization, region).
 */
class CallTopicsTest {

    static Stream<Arguments> topicPhrasings() {
        return Stream.of(
                // --- "Themen waren ...", "Thema sei ... gewesen", "zu den Themen gehörten" ----------
                Arguments.of("@Trump hat am {Montag|2025-06-30|rel} mit @Putin telefoniert. Themen waren die "
                        + "[Ukraine|country/ukraine] und der [Nahe Osten|region/middle-east].",
                        "donald-trump+vladimir-putin 2025-06-30 HELD topics=ukraine,middle-east"),
                Arguments.of("@Merz und @Macron haben miteinander telefoniert. Themen seien die [Ukraine|country/ukraine] "
                        + "und der [Iran|country/iran] gewesen, teilte ein Regierungssprecher mit.",
                        "emmanuel-macron+friedrich-merz - HELD topics=iran,ukraine"),
                Arguments.of("@Erdogan hat mit @Putin telefoniert. Zu den Themen gehörte auch die Lage in "
                        + "[Syrien|country/syria].",
                        "recep-tayyip-erdogan+vladimir-putin - HELD topics=syria"),
                Arguments.of("@Xi und @Macron haben telefoniert. Ein weiteres Thema war der Handel mit den "
                        + "[USA|country/united-states].",
                        "emmanuel-macron+xi-jinping - HELD topics=united-states"),
                // --- "Gegenstand des Gesprächs war", "Inhalt des Telefonats" -----------------------
                Arguments.of("@Starmer hat mit @Trump telefoniert. Gegenstand des Gesprächs war der Krieg in der "
                        + "[Ukraine|country/ukraine].",
                        "donald-trump+keir-starmer - HELD topics=ukraine"),
                Arguments.of("@Trump hat mit @Erdogan telefoniert. Gegenstand des Telefonats seien die Verhandlungen "
                        + "über eine Waffenruhe in [Gaza|region/gaza-strip] gewesen.",
                        "donald-trump+recep-tayyip-erdogan - HELD topics=gaza-strip"),
                // --- "im Mittelpunkt stand(en)", "im Fokus" ------------------------------------------
                Arguments.of("@Erdogan hat mit @Putin telefoniert. Im Mittelpunkt stand die Lage in [Syrien|country/syria].",
                        "recep-tayyip-erdogan+vladimir-putin - HELD topics=syria"),
                Arguments.of("@Xi und @Putin haben telefoniert. Im Mittelpunkt standen die Beziehungen beider Länder "
                        + "und der Krieg in der [Ukraine|country/ukraine].",
                        "vladimir-putin+xi-jinping - HELD topics=ukraine"),
                Arguments.of("@Merz telefoniert mit @Trump - [Iran|country/iran] im Fokus",
                        "donald-trump+friedrich-merz - HELD topics=iran"),
                Arguments.of("@Macron und @Merz stellten in ihrem Telefonat die [Ukraine|country/ukraine] in den "
                        + "Mittelpunkt.",
                        "emmanuel-macron+friedrich-merz - HELD topics=ukraine"),
                // --- "es ging um", "es sei vor allem um ... gegangen", "drehte sich um" -------------
                Arguments.of("@Merz hat am {Dienstag|2025-07-01|rel} mit @Trump telefoniert. Dabei ging es um den "
                        + "[Iran|country/iran].",
                        "donald-trump+friedrich-merz 2025-07-01 HELD topics=iran"),
                Arguments.of("@Meloni hat mit @Trump telefoniert. Es sei vor allem um die Handelsbeziehungen zu "
                        + "[China|country/china] gegangen, hieß es.",
                        "donald-trump+giorgia-meloni - HELD topics=china"),
                Arguments.of("@Merz hat mit @Trump telefoniert. Wie Regierungssprecher [Stefan Kornelius|person/stefan-kornelius] "
                        + "mitteilte, ging es in dem Gespräch um den Krieg in der [Ukraine|country/ukraine].",
                        "donald-trump+friedrich-merz - HELD topics=ukraine"),
                Arguments.of("Das Telefonat zwischen @Trump und @Erdogan drehte sich vor allem um [Syrien|country/syria].",
                        "donald-trump+recep-tayyip-erdogan - HELD topics=syria"),
                // --- verbs of discussion: erörtern, beraten, austauschen, abstimmen -----------------
                Arguments.of("@Erdogan und @Putin erörterten in einem Telefonat die Lage in der [Ukraine|country/ukraine].",
                        "recep-tayyip-erdogan+vladimir-putin - HELD topics=ukraine"),
                Arguments.of("@Macron und @Trump berieten am Telefon über das Atomprogramm des [Iran|country/iran].",
                        "donald-trump+emmanuel-macron - HELD topics=iran"),
                Arguments.of("@Merz telefonierte mit @Starmer. Man habe sich über die Unterstützung der "
                        + "[Ukraine|country/ukraine] ausgetauscht, sagte ein Sprecher.",
                        "friedrich-merz+keir-starmer - HELD topics=ukraine"),
                Arguments.of("@Macron telefonierte mit @Selenskyj. Die beiden tauschten sich über die Lage in "
                        + "[Charkiw|city/kharkiv] aus.",
                        "emmanuel-macron+volodymyr-zelenskyy - HELD topics=kharkiv"),
                Arguments.of("@Macron und @Starmer haben sich in einem Telefonat über die [Ukraine|country/ukraine] "
                        + "abgestimmt.",
                        "emmanuel-macron+keir-starmer - HELD topics=ukraine"),
                Arguments.of("@Merz telefonierte mit @Trump. Besprochen wurden neue Sanktionen gegen "
                        + "[Russland|country/russia].",
                        "donald-trump+friedrich-merz - HELD topics=russia"),
                Arguments.of("@Trump und @Putin haben telefoniert. Dabei ging es um die [Ukraine|country/ukraine]. Auch "
                        + "[Syrien|country/syria] sei zur Sprache gekommen.",
                        "donald-trump+vladimir-putin - HELD topics=syria,ukraine"),
                // --- "über X telefoniert", "ein Telefonat über X" ------------------------------------
                Arguments.of("@Trump und @Putin haben über die [Ukraine|country/ukraine] telefoniert.",
                        "donald-trump+vladimir-putin - HELD topics=ukraine"),
                Arguments.of("@Merz hat mit @Trump über den Krieg in der [Ukraine|country/ukraine] telefoniert.",
                        "donald-trump+friedrich-merz - HELD topics=ukraine"),
                Arguments.of("@Selenskyj telefonierte mit @Merz. @Selenskyj schrieb, er habe mit @Merz über den Druck "
                        + "auf [Russland|country/russia] gesprochen.",
                        "friedrich-merz+volodymyr-zelenskyy - HELD topics=russia"),
                // --- cues that only hold in the sentence reporting the call -------------------------
                Arguments.of("@Merz telefonierte mit @Selenskyj mit Blick auf die Verhandlungen mit "
                        + "[Russland|country/russia].",
                        "friedrich-merz+volodymyr-zelenskyy - HELD topics=russia"),
                Arguments.of("@Macron rief @Erdogan wegen der Lage in [Syrien|country/syria] an.",
                        "emmanuel-macron+recep-tayyip-erdogan - HELD topics=syria"),
                Arguments.of("@Starmer telefonierte mit @Trump zur Lage im [Nahen Osten|region/middle-east].",
                        "donald-trump+keir-starmer - HELD topics=middle-east"),
                // --- the readout goes on in the next sentence ----------------------------------------
                Arguments.of("@Starmer hat mit @Selenskyj telefoniert. @Starmer sicherte der [Ukraine|country/ukraine] "
                        + "weitere Unterstützung zu.",
                        "keir-starmer+volodymyr-zelenskyy - HELD topics=ukraine"),
                Arguments.of("@Macron hat mit @Putin telefoniert. Die Präsidenten berieten über das Atomprogramm des "
                        + "[Iran|country/iran]. @Macron forderte zudem eine Waffenruhe in der [Ukraine|country/ukraine].",
                        "emmanuel-macron+vladimir-putin - HELD topics=iran,ukraine"),
                Arguments.of("@Trump will am {Dienstag|2025-07-08|rel} mit @Putin telefonieren. Dabei soll es um ein "
                        + "Ende des Krieges in der [Ukraine|country/ukraine] gehen.",
                        "donald-trump+vladimir-putin 2025-07-08 PLANNED topics=ukraine"),
                Arguments.of("Ein Telefonat zwischen @Trump und @Putin ist geplant. Thema soll der Krieg in der "
                        + "[Ukraine|country/ukraine] sein.",
                        "donald-trump+vladimir-putin - PLANNED topics=ukraine"),
                // --- a series, then one call of it ---------------------------------------------------
                Arguments.of("Seit Februar gab es mehrere Telefonate zwischen @Trump und @Putin. Beim letzten Gespräch "
                        + "am {Montag|2025-06-30|rel} ging es um eine Waffenruhe in der [Ukraine|country/ukraine].",
                        "donald-trump+vladimir-putin 2025-06-30 HELD topics=ukraine"));
    }

    static Stream<Arguments> notTopics() {
        return Stream.of(
                // the country a participant represents is not a topic by itself
                Arguments.of("Der [russische|country/russia|ADJECTIVE] Präsident @Putin hat mit @Trump telefoniert. "
                        + "Das Gespräch dauerte <zwei Stunden|120>.",
                        "donald-trump+vladimir-putin - HELD min=120"),
                Arguments.of("[US|country/united-states|ADJECTIVE]-Präsident @Trump telefonierte mit dem "
                        + "[französischen|country/france|ADJECTIVE] Präsidenten @Macron.",
                        "donald-trump+emmanuel-macron - HELD"),
                // where someone called from or spoke afterwards
                Arguments.of("@Selenskyj hat mit @Macron telefoniert. Das sagte er im Anschluss in [Kiew|city/kyiv].",
                        "emmanuel-macron+volodymyr-zelenskyy - HELD"),
                Arguments.of("@Meloni hat am {Freitag|2025-06-27|rel} in [Rom|city/rome] mit @Trump telefoniert. Die "
                        + "beiden sprachen über Handelsfragen.",
                        "donald-trump+giorgia-meloni 2025-06-27 HELD"),
                Arguments.of("@Merz hat mit @Trump telefoniert, hieß es aus [Washington|city/washington].",
                        "donald-trump+friedrich-merz - HELD"),
                // a source is not a topic
                Arguments.of("@Trump und @Putin haben telefoniert. Themen waren nach Angaben des "
                        + "[Kremls|organization/kremlin] der Gefangenenaustausch und die [Ukraine|country/ukraine].",
                        "donald-trump+vladimir-putin - HELD topics=ukraine"),
                // countries in a later, unrelated sentence
                Arguments.of("@Trump und @Putin haben über die [Ukraine|country/ukraine] telefoniert. Das Wetter war gut. "
                        + "In [China|country/china] stiegen derweil die Exporte.",
                        "donald-trump+vladimir-putin - HELD topics=ukraine"),
                Arguments.of("@Trump hat mit @Putin über die [Ukraine|country/ukraine] telefoniert. Am Abend äußerte sich "
                        + "@Trump später noch zum [Iran|country/iran].",
                        "donald-trump+vladimir-putin - HELD topics=ukraine"),
                // others discussing, another event as the setting
                Arguments.of("@Merz hat mit @Trump telefoniert. Es ging um den [Iran|country/iran].\n\n@Merz reist am "
                        + "Dienstag nach Brüssel. Dort beraten die Regierungschefs über neue Sanktionen gegen "
                        + "[Russland|country/russia].",
                        "donald-trump+friedrich-merz - HELD topics=iran"),
                Arguments.of("@Trump und @Putin haben telefoniert. Themen waren die [Ukraine|country/ukraine] und der "
                        + "Gefangenenaustausch.\n\nBeim Gipfel in [Alaska|region/alaska] hatten beide Präsidenten vor "
                        + "allem über [China|country/china] gesprochen.",
                        "donald-trump+vladimir-putin - HELD topics=ukraine"),
                // "im Mittelpunkt sehen" is an opinion, "ein Thema von hoher Brisanz" a description
                Arguments.of("@Trump und @Putin haben telefoniert. Der Kreml betonte die Forderung nach einer Lösung, "
                        + "wobei [Russland|country/russia] die Ambitionen der [Ukraine|country/ukraine] im Mittelpunkt sieht.",
                        "donald-trump+vladimir-putin - HELD"),
                Arguments.of("@Trump und @Putin haben telefoniert. Es ging um den [Iran|country/iran]. Waffenlieferungen "
                        + "waren kein Teil des Gesprächs - ein Thema von hoher Brisanz angesichts der Entwicklungen in "
                        + "[Washington|city/washington].",
                        "donald-trump+vladimir-putin - HELD topics=iran"),
                // a venue is not a topic, the situation in a city is
                Arguments.of("@Erdogan telefonierte mit @Selenskyj. Es ging um weitere Gespräche in "
                        + "[Istanbul|city/istanbul].",
                        "recep-tayyip-erdogan+volodymyr-zelenskyy - HELD"),
                Arguments.of("@Trump hat mit @Selenskyj telefoniert. Es ging um die Angriffe in [Odessa|city/odesa].",
                        "donald-trump+volodymyr-zelenskyy - HELD topics=odesa"),
                // a participant's later statement elsewhere is not the readout
                Arguments.of("@Trump hat mit @Putin telefoniert. @Trump forderte später im Kongress Hilfe für "
                        + "[Israel|country/israel].",
                        "donald-trump+vladimir-putin - HELD"));
    }

    @ParameterizedTest
    @MethodSource("topicPhrasings")
    void findsWhatTheCallWasAbout(String marked, String expected) {
        assertThat(calls(marked)).map(EventFixture::describe).containsExactly(expected);
    }

    @ParameterizedTest
    @MethodSource("notTopics")
    void placesThatDoNotSayWhatWasDiscussedAreNoTopics(String marked, String expected) {
        assertThat(calls(marked)).map(EventFixture::describe).containsExactly(expected);
    }

    @Test
    void aTopicReportedAsNotDiscussedIsNeverATopic() {
        List<EventMention> calls = calls("@Trump und @Putin haben telefoniert. Über die [Ukraine|country/ukraine] "
                + "sei nicht gesprochen worden, sagte @Peskow.");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).topicKeys()).isEmpty();
        assertThat(calls.get(0).notDiscussed()).map(EntityMention::key).containsExactly("country/ukraine");
    }

    @Test
    void eachCallKeepsItsOwnTopics() {
        List<EventMention> calls = calls("@Macron hat am {Montag|2025-06-30} mit @Trump telefoniert und über die Lage "
                + "in [Gaza|region/gaza-strip] gesprochen.\n\nAm {Dienstag|2025-07-01} telefonierte @Erdogan mit "
                + "@Putin. Im Mittelpunkt dieses Gesprächs stand [Syrien|country/syria].");
        assertThat(calls).map(EventFixture::describe).containsExactlyInAnyOrder(
                "donald-trump+emmanuel-macron 2025-06-30 HELD topics=gaza-strip",
                "recep-tayyip-erdogan+vladimir-putin 2025-07-01 HELD topics=syria");
    }
}
