package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.diplograph.article.Article;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.extract.Pipeline;
import org.diplograph.extract.Span;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.EventType;
import org.diplograph.extract.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In-person meetings from hand-annotated German text (published 2025-07-03). Each row: an article and
 * its meetings as "participants date status [at=place]". Calls and rounds run first, as in the
 * pipeline, so that their sentences are never also meetings.
 */
class MeetingExtractorTest {
    private static final String ANCHORAGE = "[Anchorage|city/anchorage]";
    private static final String BUDAPEST = "[Budapest|city/budapest]";
    private static final String ISTANBUL = "[Istanbul|city/istanbul]";
    private static final String MOSKAU = "[Moskau|city/moscow]";
    private static final String KIEW = "[Kiew|city/kyiv]";

    static List<EventMention> meetings(String marked) {
        AnnotatedArticle doc = EventFixture.article(marked);
        doc.put(Layer.CALLS, new CallExtractor().extract(doc));
        doc.put(Layer.ROUNDS, new RoundExtractor().extract(doc));
        return new MeetingExtractor().extract(doc);
    }

    static Stream<Arguments> meetingsReported() {
        return Stream.of(
                Arguments.of("@Trump und @Putin trafen sich am {15. August|2025-08-15} in " + ANCHORAGE + ".",
                        "donald-trump+vladimir-putin 2025-08-15 PLANNED at=anchorage"),
                Arguments.of("@Trump und @Putin trafen sich am {15. Juni|2025-06-15} in " + ANCHORAGE + ".",
                        "donald-trump+vladimir-putin 2025-06-15 HELD at=anchorage"),
                Arguments.of("@Trump empfing @Selenskyj am {Montag|2025-06-30|rel} im Weißen Haus.",
                        "donald-trump+volodymyr-zelenskyy 2025-06-30 HELD"),
                Arguments.of("Am Rande des Nato-Gipfels in [Den Haag|city/the-hague] traf sich @Trump mit @Selenskyj.",
                        "donald-trump+volodymyr-zelenskyy - HELD at=the-hague"),
                Arguments.of("@Macron besuchte @Selenskyj am {2. Juni|2025-06-02} in " + KIEW + ".",
                        "emmanuel-macron+volodymyr-zelenskyy 2025-06-02 HELD at=kyiv"),
                Arguments.of("@Merz, @Macron und @Starmer kamen am {10. Mai|2025-05-10} in " + KIEW
                        + " mit @Selenskyj zusammen.",
                        "emmanuel-macron+friedrich-merz+keir-starmer+volodymyr-zelenskyy 2025-05-10 HELD at=kyiv"),
                Arguments.of("@Starmer und @Selenskyj wollen sich nächste Woche in [London|city/london] persönlich treffen.",
                        "keir-starmer+volodymyr-zelenskyy - PLANNED at=london"),
                Arguments.of("Ein Gipfel zwischen @Trump und @Putin ist in " + BUDAPEST + " geplant.",
                        "donald-trump+vladimir-putin - PLANNED at=budapest"),
                Arguments.of("@Selenskyj wurde am {Dienstag|2025-07-01|rel} in [Ankara|city/ankara] von @Erdogan empfangen.",
                        "recep-tayyip-erdogan+volodymyr-zelenskyy 2025-07-01 HELD at=ankara"),
                Arguments.of("Bei seinem Besuch in [Peking|city/beijing] traf @Putin am {1. Juli|2025-07-01} @Xi.",
                        "vladimir-putin+xi-jinping 2025-07-01 HELD at=beijing"),
                Arguments.of("@Meloni empfing @Merz am {12. Juni|2025-06-12} in [Rom|city/rome].",
                        "friedrich-merz+giorgia-meloni 2025-06-12 HELD at=rome"),
                Arguments.of("Persönlich waren @Erdogan und @Putin zuletzt im {Oktober 2024|2024-10} am Rande des "
                        + "Brics-Gipfels im russischen [Kasan|city/kazan] zusammengetroffen.",
                        "recep-tayyip-erdogan+vladimir-putin 2024-10 HELD at=kazan"),
                Arguments.of("@Peskow sagte, @Putin und @Trump würden sich bald in [Riad|city/riyadh] treffen.",
                        "donald-trump+vladimir-putin - PLANNED at=riyadh"),
                Arguments.of("@Witkoff traf am {Mittwoch|2025-07-02|rel} in " + MOSKAU + " mit @Putin zusammen.",
                        "steve-witkoff+vladimir-putin 2025-07-02 HELD at=moscow"),
                Arguments.of("Am Rande des Gipfels sprachen @Macron und @Merz unter vier Augen.",
                        "emmanuel-macron+friedrich-merz - HELD"),
                Arguments.of("Beim Treffen mit @Trump forderte @Selenskyj weitere Luftabwehrsysteme.",
                        "donald-trump+volodymyr-zelenskyy - HELD"),
                Arguments.of("@Putin empfing den indischen Premierminister [Narendra Modi|person/narendra-modi] im Kreml.",
                        "narendra-modi+vladimir-putin - HELD"),
                Arguments.of("[Ajit Doval|person/ajit-doval] hielt sich zu Gesprächen in " + MOSKAU + " auf. Er traf dort "
                        + "unter anderem den Sekretär des Sicherheitsrats, [Sergej Schoigu|person/sergei-shoigu].",
                        "ajit-doval+sergei-shoigu - HELD"),
                Arguments.of("Nach seinem Gipfeltreffen mit @Putin in " + ANCHORAGE + " telefonierte @Trump am "
                        + "{Freitag|2025-06-27|rel} mit @Selenskyj.",
                        "donald-trump+vladimir-putin - HELD at=anchorage"),
                Arguments.of("@Trump und @Putin hatten am {Donnerstag|2025-06-26|rel} telefoniert und angekündigt, sich in "
                        + BUDAPEST + " treffen zu wollen.",
                        "donald-trump+vladimir-putin - PLANNED at=budapest"),
                Arguments.of("Auf dem Gipfel in " + ISTANBUL + " sprachen @Erdogan und @Selenskyj über Getreideexporte.",
                        "recep-tayyip-erdogan+volodymyr-zelenskyy - HELD at=istanbul"),
                Arguments.of("@Merz nahm am {1. Juli|2025-07-01} am Gipfeltreffen mit @Macron und @Meloni teil.",
                        "emmanuel-macron+friedrich-merz+giorgia-meloni 2025-07-01 HELD"));
    }

    @ParameterizedTest
    @MethodSource("meetingsReported")
    void findsTheMeeting(String text, String expected) {
        List<EventMention> found = meetings(text);
        assertThat(found).extracting(EventFixture::describe).containsExactly(expected);
        assertThat(found).allSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.MEETING));
    }

    static Stream<Arguments> noMeeting() {
        return Stream.of(
                // calls and video conferences are the call extractor's
                Arguments.of("@Trump und @Putin telefonierten am {Donnerstag|2025-07-03|rel}."),
                Arguments.of("@Macron und @Selenskyj trafen sich per Videoschalte."),
                Arguments.of("@Trump sprach am Telefon mit @Putin über ein Treffen."),
                Arguments.of("@Trump und @Putin führten vier weitere Telefongespräche. Das erste Treffen fand am "
                        + "{12. Februar|2025-02-12} statt."),
                // delegation rounds are the round extractor's
                Arguments.of("Die Delegationen unter Leitung von [Rustem Umerow|person/rustem-umerov] und [Wladimir "
                        + "Medinski|person/vladimir-medinsky] trafen sich am {16. Mai|2025-05-16} in " + ISTANBUL + "."),
                // negated, cancelled, conditional
                Arguments.of("Ein persönliches Treffen von @Trump und @Putin wurde nicht konkret geplant."),
                Arguments.of("@Trump und @Putin sprachen kein persönliches Treffen an."),
                Arguments.of("Ein Treffen zwischen @Merz und @Putin ist nicht möglich."),
                Arguments.of("Der geplante Gipfel von @Trump und @Putin in " + BUDAPEST + " wurde abgesagt."),
                Arguments.of("Ob sich @Trump und @Putin in " + BUDAPEST + " treffen, ist offen."),
                // invitations, offers, demands and hopes are no plan
                Arguments.of("@Putin lud @Trump zu einem Treffen nach " + MOSKAU + " ein."),
                Arguments.of("@Putin sprach @Trump gegenüber eine Einladung nach " + MOSKAU + " aus."),
                Arguments.of("@Selenskyj fordert seit Monaten ein Treffen mit @Putin."),
                Arguments.of("@Trump hofft auf ein baldiges Treffen mit @Putin."),
                // visits of one person or of non-persons, arrivals, other senses of "treffen"
                Arguments.of("@Merz reist zum G20-Gipfel nach [Rio de Janeiro|city/rio-de-janeiro]."),
                Arguments.of("Die [chinesische|country/china|ADJECTIVE] Handelsdelegation besuchte [Berlin|city/berlin]."),
                Arguments.of("@Witkoff und @Uschakow trafen am Abend in " + ISTANBUL + " ein."),
                Arguments.of("@Trump und @Putin haben eine Vereinbarung getroffen."),
                // a summit as a topic or an object, a series
                Arguments.of("@Trump und @Putin sprachen am {3. Juli|2025-07-03} über den Gipfel in " + ANCHORAGE + "."),
                Arguments.of("[Lawrow|person/sergey-lavrov] und [Rubio|person/marco-rubio] loten einen Gipfel in "
                        + BUDAPEST + " aus."),
                Arguments.of("Geplant sind regelmäßige persönliche Treffen zwischen @Trump und @Putin."),
                Arguments.of("Die ukrainische Führung fürchtet, bei einem Treffen der beiden Präsidenten übergangen zu werden."));
    }

    @ParameterizedTest
    @MethodSource("noMeeting")
    void findsNoMeeting(String text) {
        assertThat(meetings(text)).extracting(EventFixture::describe).isEmpty();
    }

    @Test
    void aDefiniteReferenceAddsEvidenceToTheMeetingInFocus() {
        List<EventMention> found = meetings("Das Gipfeltreffen von @Trump und @Putin fand am {15. Juni|2025-06-15} in "
                + ANCHORAGE + " statt. Das rund dreistündige Treffen brachte keinen Durchbruch.");
        assertThat(found).extracting(EventFixture::describe)
                .containsExactly("donald-trump+vladimir-putin 2025-06-15 HELD at=anchorage");
        assertThat(found.get(0).evidence()).hasSize(2);
    }

    @Test
    void aPassiveReceptionResolvesThePronounToThePersonNamedBefore() {
        List<EventMention> found = meetings("[Abdel Fattah al-Sisi|person/abdel-fattah-el-sisi] ist am "
                + "{Montag|2025-06-30|rel} zu einem Besuch in [Saudi-Arabien|country/saudi-arabia] eingetroffen. "
                + "In [Neom|city/neom] wurde er von Kronprinz [Mohammed bin Salman|person/mohammed-bin-salman] empfangen. "
                + "Beide Seiten unterzeichneten nach dem Treffen mehrere Absichtserklärungen.");
        assertThat(found).extracting(EventFixture::describe)
                .containsExactly("abdel-fattah-el-sisi+mohammed-bin-salman - HELD at=neom");
        assertThat(found.get(0).evidence()).hasSize(2);
    }

    @Test
    void theSameMeetingReportedTwiceIsOneEventWithTheMorePreciseCity() {
        List<EventMention> found = meetings("Wann @Trump und @Putin in [Ungarn|country/hungary] zusammenkommen, "
                + "soll bald feststehen. Geplant ist ein Gipfeltreffen von @Trump und @Putin in " + BUDAPEST + ".");
        assertThat(found).extracting(EventFixture::describe)
                .containsExactly("donald-trump+vladimir-putin - PLANNED at=budapest");
    }

    private static final Pipeline PIPELINE = GermanPipeline.create(EntityCatalog.bundled());

    @ParameterizedTest
    @ValueSource(strings = {"", " \n ", "Treffen! Gipfel? Besuch.", "trafen sich empfing besuchte kamen zusammen",
            "Bundeskanzler Friedrich Merz hat am Mittwoch den französischen Präsidenten Emmanuel Macron in Berlin "
                    + "empfangen. Das Treffen dauerte zwei Stunden.\nLesen Sie auch\nTrump trifft Putin in Alaska",
            "„Wir treffen uns“ — sagte er am 3.\u00a0Juli… \uD83D\uDE00 Am Rande des Gipfels: Trump, Putin."})
    void meetingsThroughThePipelineKeepTheContract(String text) {
        AnnotatedArticle doc = PIPELINE.run(new Article("c", text, java.time.LocalDate.of(2025, 7, 3), null, null, null,
                "de", null));
        for (EventMention e : doc.get(Layer.MEETINGS)) {
            assertThat(e.participantKeys()).hasSizeGreaterThanOrEqualTo(2).allMatch(k -> k.startsWith("person/"));
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
            for (Span sp : e.evidence()) {
                assertThat(text.substring(sp.start(), sp.end())).isEqualTo(sp.text());
                assertThat(sp.start()).isLessThan(text.indexOf("Lesen Sie auch") < 0 ? text.length() : text.indexOf("Lesen"));
            }
        }
    }

    @Test
    void aReceptionInTheRealPipelineIsOneMeetingAndNoCall() {
        AnnotatedArticle doc = PIPELINE.run(new Article("r", "Bundeskanzler Friedrich Merz hat am Mittwoch den "
                + "französischen Präsidenten Emmanuel Macron in Berlin empfangen. Das Treffen dauerte zwei Stunden.",
                java.time.LocalDate.of(2025, 7, 3), null, null, null, "de", null));
        assertThat(doc.get(Layer.MEETINGS)).extracting(EventFixture::describe)
                .containsExactly("emmanuel-macron+friedrich-merz 2025-07-02 HELD min=120 at=berlin");
        assertThat(doc.get(Layer.CALLS)).isEmpty();
    }
}
