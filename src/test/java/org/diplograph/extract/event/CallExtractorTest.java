package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.event.EventFixture.calls;
import static org.diplograph.extract.event.EventFixture.describe;

import java.util.List;
import java.util.stream.Stream;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Phone calls from hand-annotated German text (see {@link EventFixture} for the mark-up). Each row:
 * an article, and the calls it reports as "participants date status [ord=] [min=] [topics=]".
 */
class CallExtractorTest {

    static Stream<Arguments> articles() {
        return Stream.of(
                // --- triggers and participants -------------------------------------------------
                Arguments.of("@Trump telefonierte am {Montag|2025-06-30|rel} mit @Putin.",
                        List.of("donald-trump+vladimir-putin 2025-06-30 HELD")),
                Arguments.of("@Macron und @Merz haben am {14. Juni|2025-06-14} miteinander telefoniert.",
                        List.of("emmanuel-macron+friedrich-merz 2025-06-14 HELD")),
                Arguments.of("Ein Telefongespräch zwischen @Erdogan und @Selenskyj fand am {2. Mai|2025-05-02} statt.",
                        List.of("recep-tayyip-erdogan+volodymyr-zelenskyy 2025-05-02 HELD")),
                Arguments.of("@Starmer rief am {Dienstag|2025-07-01|rel} @Selenskyj an.",
                        List.of("keir-starmer+volodymyr-zelenskyy 2025-07-01 HELD")),
                Arguments.of("@Meloni und @Trump sprachen am Telefon über die Zölle.",
                        List.of("donald-trump+giorgia-meloni - HELD")),
                Arguments.of("@Xi und @Putin haben telefonisch über die Lage in der [Ukraine|country/ukraine] beraten.",
                        List.of("vladimir-putin+xi-jinping - HELD topics=ukraine")),
                Arguments.of("Nach seinem Telefonat mit @Putin schrieb @Trump auf Truth Social, das Gespräch sei gut gewesen.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                // --- sources are not participants ------------------------------------------------
                Arguments.of("Das Telefonat zwischen @Putin und @Trump dauerte <50 Minuten|50>, sagte Kreml-Berater @Uschakow.",
                        List.of("donald-trump+vladimir-putin - HELD min=50")),
                Arguments.of("Laut Kreml-Berater @Uschakow telefonierten @Putin und @Trump am {Donnerstag|2025-07-03|rel}.",
                        List.of("donald-trump+vladimir-putin 2025-07-03 HELD")),
                Arguments.of("@Trump telefonierte mit @Putin, berichtete Präsidentenberater @Uschakow.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Uschakow zufolge hat @Putin mit @Trump telefoniert.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Peskow erklärte am {3. Juli|2025-07-03}, @Trump und @Putin hätten telefoniert.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Trump hat mit @Putin telefoniert. Nach Angaben von Putins Berater @Uschakow hat @Putin "
                        + "während des Gesprächs mit @Trump bekräftigt, an seinen Zielen festzuhalten.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                // --- not calls ---------------------------------------------------------------------
                Arguments.of("@Macron empfing @Merz am {Montag|2025-06-30} zu einem persönlichen Treffen in [Paris|city/paris].",
                        List.of()),
                Arguments.of("@Merz besuchte @Selenskyj in [Kiew|city/kyiv] und sprach mit ihm über Waffenlieferungen.",
                        List.of()),
                Arguments.of("@Trump und @Putin trafen sich zu einem Gipfel in [Alaska|region/alaska].", List.of()),
                Arguments.of("@Trump hat mit @Putin telefoniert. Ein persönliches Treffen der beiden ist geplant.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Trump hat mit @Putin telefoniert. @Macron und @Merz sprachen am Rande des Gipfels miteinander.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Selenskyj telefonierte am Abend.", List.of()),
                Arguments.of("Künftig seien kurzfristige Telefonate zwischen @Trump und @Putin möglich.", List.of()),
                // --- status ------------------------------------------------------------------------
                Arguments.of("Ein Telefonat zwischen @Trump und @Selenskyj soll am {Freitag|2025-07-04|rel} stattfinden.",
                        List.of("donald-trump+volodymyr-zelenskyy 2025-07-04 PLANNED")),
                Arguments.of("@Trump will am {Montag|2025-07-07|rel} mit @Putin telefonieren.",
                        List.of("donald-trump+vladimir-putin 2025-07-07 PLANNED")),
                Arguments.of("Laut Financial Times wird @Trump mit @Selenskyj telefonieren.",
                        List.of("donald-trump+volodymyr-zelenskyy - PLANNED")),
                Arguments.of("Ein Telefonat zwischen @Macron und @Putin ist in Aussicht gestellt worden.",
                        List.of("emmanuel-macron+vladimir-putin - PLANNED")),
                // --- one event, many mentions ----------------------------------------------------
                Arguments.of("@Trump und @Putin telefonierten am {Donnerstag|2025-07-03|rel}. Das Gespräch dauerte "
                        + "<fast eine Stunde|60>. Die beiden Präsidenten sprachen über den [Iran|country/iran].",
                        List.of("donald-trump+vladimir-putin 2025-07-03 HELD min=60 topics=iran")),
                Arguments.of("Ein Telefonat zwischen @Trump und @Selenskyj wird vorbereitet. Es könnte am "
                        + "{Freitag|2025-07-04|rel} stattfinden.",
                        List.of("donald-trump+volodymyr-zelenskyy 2025-07-04 PLANNED")),
                // --- two calls, background calls ---------------------------------------------------
                Arguments.of("@Trump telefonierte am {Montag|2025-06-30} mit @Putin. Am {Dienstag|2025-07-01} "
                        + "telefonierte @Trump mit @Selenskyj.",
                        List.of("donald-trump+vladimir-putin 2025-06-30 HELD",
                                "donald-trump+volodymyr-zelenskyy 2025-07-01 HELD")),
                Arguments.of("@Trump und @Putin haben am {Donnerstag|2025-07-03|rel} telefoniert. Das Gespräch dauerte "
                        + "<eine Stunde|60>. Zuletzt hatten die beiden am {14. Juni|2025-06-14} telefoniert, als sie "
                        + "über den [Iran|country/iran] sprachen.",
                        List.of("donald-trump+vladimir-putin 2025-07-03 HELD min=60",
                                "donald-trump+vladimir-putin 2025-06-14 HELD topics=iran")),
                Arguments.of("@Trump und @Putin haben telefoniert. Das letzte Telefonat zwischen @Putin und @Trump fand "
                        + "am {14. Juni|2025-06-14} statt. Das Gespräch dauerte <50 Minuten|50>.",
                        List.of("donald-trump+vladimir-putin - HELD",
                                "donald-trump+vladimir-putin 2025-06-14 HELD min=50")),
                Arguments.of("@Putin lobte den Dialog. Kurz zuvor hatte er mit @Macron telefoniert.",
                        List.of("emmanuel-macron+vladimir-putin - HELD")),
                Arguments.of("Das heutige Telefonat folgt wenige Tage, nachdem @Putin erstmals seit 2022 wieder mit "
                        + "@Macron gesprochen hatte.",
                        List.of("emmanuel-macron+vladimir-putin - HELD")),
                Arguments.of("Seit Januar gab es vier Telefonate zwischen @Trump und @Putin. Das erste Treffen fand am "
                        + "{12. Februar|2025-02-12} statt. Das zweite Telefonat folgte am {18. März|2025-03-18} und "
                        + "dauerte <zweieinhalb Stunden|150>.",
                        List.of("donald-trump+vladimir-putin 2025-02-12 HELD ord=1",
                                "donald-trump+vladimir-putin 2025-03-18 HELD ord=2 min=150")),
                Arguments.of("Das erste Telefonat zwischen @Trump und @Putin fand am {12. Februar|2025-02-12} statt, das "
                        + "zweite am {18. März|2025-03-18}.",
                        List.of("donald-trump+vladimir-putin 2025-02-12 HELD ord=1",
                                "donald-trump+vladimir-putin 2025-03-18 HELD ord=2")),
                Arguments.of("@Trump und @Putin telefonierten am {19. Mai|2025-05-19}. In einem Telefonat im "
                        + "{Mai|2025-05} hatten sie über Eishockey gesprochen.",
                        List.of("donald-trump+vladimir-putin 2025-05-19 HELD")),
                // --- dates ---------------------------------------------------------------------------
                Arguments.of("Das Telefonat zwischen @Trump und @Putin fand am Vorabend des Feiertags statt, der am "
                        + "{4. Juli|2025-07-04} gefeiert wird.",
                        List.of("donald-trump+vladimir-putin 2025-07-03 HELD")),
                Arguments.of("Das heutige Telefonat zwischen @Trump und @Putin verlief sachlich.",
                        List.of("donald-trump+vladimir-putin 2025-07-03 HELD")),
                Arguments.of("@Trump telefonierte mit @Putin, nachdem [Israel|country/israel] am {13. Juni|2025-06-13} "
                        + "den [Iran|country/iran] angegriffen hatte.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Trump und @Putin telefonierten. {Am Tag zuvor|2025-07-02} hatte [Israel|country/israel] "
                        + "angegriffen.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Macron telefonierte im {März|2025-03} mit @Putin.",
                        List.of("emmanuel-macron+vladimir-putin 2025-03 HELD")),
                // --- ordinals ------------------------------------------------------------------------
                Arguments.of("Es war das dritte Telefonat zwischen @Trump und @Putin in diesem Jahr.",
                        List.of("donald-trump+vladimir-putin - HELD ord=3")),
                Arguments.of("@Macron telefonierte zum zweiten Mal mit @Putin.",
                        List.of("emmanuel-macron+vladimir-putin - HELD ord=2")),
                Arguments.of("@Macron hat erstmals seit drei Jahren mit @Putin telefoniert.",
                        List.of("emmanuel-macron+vladimir-putin - HELD")),
                Arguments.of("@Macron hat zum ersten Mal seit 2022 mit @Putin telefoniert.",
                        List.of("emmanuel-macron+vladimir-putin - HELD")),
                Arguments.of("@Trump und @Putin führten ihr sechstes Telefongespräch.",
                        List.of("donald-trump+vladimir-putin - HELD ord=6")),
                // --- topics ----------------------------------------------------------------------
                Arguments.of("Das Telefonat zwischen @Trump und @Putin drehte sich um den Krieg in der "
                        + "[Ukraine|country/ukraine].",
                        List.of("donald-trump+vladimir-putin - HELD topics=ukraine")),
                Arguments.of("@Trump und @Putin telefonierten. Auch [Syrien|country/syria] und der "
                        + "[Nahe Osten|region/middle-east] standen auf der Agenda.",
                        List.of("donald-trump+vladimir-putin - HELD topics=syria,middle-east")),
                Arguments.of("@Macron telefonierte mit @Putin. Dabei ging es um die Lage in [Gaza|region/gaza].",
                        List.of("emmanuel-macron+vladimir-putin - HELD topics=gaza")),
                Arguments.of("Der [US|country/united-states|ADJECTIVE]-Präsident @Trump telefonierte mit dem "
                        + "[russischen|country/russia|ADJECTIVE] Präsidenten @Putin. Im Gespräch betonte @Putin, "
                        + "[Russland|country/russia] werde seine Ziele in der [Ukraine|country/ukraine] verfolgen.",
                        List.of("donald-trump+vladimir-putin - HELD topics=ukraine")),
                Arguments.of("@Trump und @Putin telefonierten. Waffenlieferungen an die [Ukraine|country/ukraine] "
                        + "kamen nicht zur Sprache.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Trump und @Putin telefonierten. Laut [Kreml|country/russia|METONYM] sprachen sie über "
                        + "[Syrien|country/syria].",
                        List.of("donald-trump+vladimir-putin - HELD topics=syria")),
                Arguments.of("@Putin sprach über das bevorstehende Telefonat mit @Trump bei einem Besuch in "
                        + "[Moskau|city/moscow]. @Putin und @Trump telefonierten am {3. Juli|2025-07-03}.",
                        List.of("donald-trump+vladimir-putin 2025-07-03 HELD")),
                // --- boilerplate ---------------------------------------------------------------------
                Arguments.of("@Trump und @Putin telefonierten.\nRelated Articles\n@Macron telefonierte mit @Merz.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Trump und @Putin telefonierten.\nDas könnte Sie auch interessieren\n"
                        + "@Macron telefonierte mit @Merz über den [Iran|country/iran].",
                        List.of("donald-trump+vladimir-putin - HELD")));
    }

    /** Patterns of German readouts beyond the seeds: topic cues, reported speech, durations, cancelled calls. */
    static Stream<Arguments> readouts() {
        return Stream.of(
                // --- "im Mittelpunkt", "es sei um ... gegangen" ---------------------------------
                Arguments.of("@Merz hat mit @Trump telefoniert. Im Mittelpunkt hätten die Lage in der "
                        + "[Ukraine|country/ukraine] und der [Iran|country/iran] gestanden.",
                        List.of("donald-trump+friedrich-merz - HELD topics=iran,ukraine")),
                Arguments.of("@Macron telefonierte mit @Xi. Im Mittelpunkt stand der Handel mit "
                        + "[China|country/china].",
                        List.of("emmanuel-macron+xi-jinping - HELD topics=china")),
                Arguments.of("@Erdogan hat mit @Putin telefoniert. Es sei auch um die Lage in [Syrien|country/syria] "
                        + "gegangen, hieß es in Ankara.",
                        List.of("recep-tayyip-erdogan+vladimir-putin - HELD topics=syria")),
                Arguments.of("@Starmer telefonierte mit @Selenskyj. Nach britischen Angaben ging es dabei vor allem um "
                        + "[Russland|country/russia].",
                        List.of("keir-starmer+volodymyr-zelenskyy - HELD topics=russia")),
                Arguments.of("@Meloni telefonierte mit @Trump. Es gehe jetzt um Zölle, sagte @Meloni später.",
                        List.of("donald-trump+giorgia-meloni - HELD")),
                // --- "unterrichtete ihn über", "informierte über" ----------------------------------
                Arguments.of("@Putin hat @Xi angerufen und ihn über die Gespräche mit den "
                        + "[USA|country/united-states] unterrichtet.",
                        List.of("vladimir-putin+xi-jinping - HELD topics=united-states")),
                Arguments.of("@Selenskyj telefonierte mit @Merz. @Selenskyj informierte über die Angriffe auf "
                        + "[Charkiw|city/kharkiv].",
                        List.of("friedrich-merz+volodymyr-zelenskyy - HELD topics=kharkiv")),
                // --- readouts in reported speech --------------------------------------------------
                Arguments.of("@Erdogan hat mit @Putin telefoniert. Das teilte das Präsidialamt mit. Zudem habe "
                        + "@Erdogan [Israel|country/israel] vorgeworfen, die Lage auszunutzen.",
                        List.of("recep-tayyip-erdogan+vladimir-putin - HELD topics=israel")),
                Arguments.of("@Merz hat mit @Putin telefoniert. @Merz habe den Angriff auf die "
                        + "[Ukraine|country/ukraine] verurteilt, erklärte ein Sprecher.",
                        List.of("friedrich-merz+vladimir-putin - HELD topics=ukraine")),
                Arguments.of("@Merz hat mit @Putin telefoniert. Zudem habe der Kanzler den Einsatz "
                        + "[nordkoreanischer|country/north-korea|ADJECTIVE] Soldaten als Eskalation bezeichnet.",
                        List.of("friedrich-merz+vladimir-putin - HELD topics=north-korea")),
                // negatives: too far from the call, not reported speech, someone else speaking
                Arguments.of("@Merz hat mit @Putin telefoniert. Das Wetter war schlecht. Die Lage blieb ruhig. "
                        + "Zudem habe die Regierung [Polen|country/poland] Hilfe zugesagt.",
                        List.of("friedrich-merz+vladimir-putin - HELD")),
                Arguments.of("@Merz hat mit @Putin telefoniert. [Polen|country/poland] kündigte neue Hilfen an.",
                        List.of("friedrich-merz+vladimir-putin - HELD")),
                Arguments.of("@Merz hat mit @Putin telefoniert. @Meloni habe [Polen|country/poland] Hilfe zugesagt.",
                        List.of("friedrich-merz+vladimir-putin - HELD")),
                Arguments.of("@Merz hat mit @Putin telefoniert. [Russland|country/russia] habe die Gespräche "
                        + "begrüßt.",
                        List.of("friedrich-merz+vladimir-putin - HELD")),
                // --- venue and source cities are not topics -----------------------------------------
                Arguments.of("@Trump telefonierte mit @Putin. Es ging um einen Gipfel in der ungarischen Hauptstadt "
                        + "[Budapest|city/budapest], hieß es aus [Washington|city/washington].",
                        List.of("donald-trump+vladimir-putin - HELD")),
                // --- durations ----------------------------------------------------------------------
                Arguments.of("@Merz hat am {Mittwoch|2026-02-04|rel} <rund 45 Minuten|45> mit @Trump telefoniert.",
                        List.of("donald-trump+friedrich-merz 2026-02-04 HELD min=45")),
                Arguments.of("@Xi und @Trump haben telefoniert. Das Gespräch habe <rund 90 Minuten|90> gedauert, "
                        + "schrieb @Trump.",
                        List.of("donald-trump+xi-jinping - HELD min=90")),
                Arguments.of("@Macron hat <zwei Stunden|120> nach seiner Ankunft mit @Trump telefoniert.",
                        List.of("donald-trump+emmanuel-macron - HELD")),
                Arguments.of("@Macron hat <eine Stunde|60> später mit @Trump telefoniert.",
                        List.of("donald-trump+emmanuel-macron - HELD")),
                // --- a date before the trigger governs it despite "nach Angaben" after it ----------
                Arguments.of("Am {Sonntagabend|2025-03-16|rel} telefonierte @Macron nach Angaben aus Paris mit @Trump.",
                        List.of("donald-trump+emmanuel-macron 2025-03-16 HELD")),
                Arguments.of("Das Telefonat fand statt, erklärte der Kreml am {3. Juli|2025-07-03}, nachdem @Trump "
                        + "mit @Putin telefoniert hatte.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                // --- calls that did not happen ---------------------------------------------------
                Arguments.of("Ein für {Sonntag|2026-04-05|rel} angekündigtes Telefonat von @Erdogan mit @Putin kam "
                        + "nicht zustande.", List.of()),
                Arguments.of("Das geplante Telefonat zwischen @Macron und @Xi wurde abgesagt.", List.of()),
                Arguments.of("@Trump telefonierte mit @Putin. Ein Sprecher von @Merz war telefonisch nicht zu erreichen.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Putin lehnte in dem Telefonat mit @Trump eine Waffenruhe ab.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                // --- dates: "vergangener Woche", vague offsets -------------------------------------
                Arguments.of("@Trump und @Putin hatten am {Montag|2025-06-30|rel} vergangener Woche telefoniert.",
                        List.of("donald-trump+vladimir-putin 2025-06-23 HELD")),
                Arguments.of("@Macron hat am {Mittwoch|2025-07-02|rel} letzter Woche mit @Merz telefoniert.",
                        List.of("emmanuel-macron+friedrich-merz 2025-06-25 HELD")),
                Arguments.of("@Macron hat am {Mittwoch|2025-07-02|rel} mit @Merz telefoniert.",
                        List.of("emmanuel-macron+friedrich-merz 2025-07-02 HELD")),
                Arguments.of("@Merz hatte {vor zwei Wochen|2025-06} mit @Selenskyj telefoniert.",
                        List.of("friedrich-merz+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Merz hatte {eine Woche zuvor|2025-06-26} mit @Selenskyj telefoniert.",
                        List.of("friedrich-merz+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Merz hatte {vor drei Tagen|2025-06-30} mit @Selenskyj telefoniert.",
                        List.of("friedrich-merz+volodymyr-zelenskyy 2025-06-30 HELD")),
                // --- status: a coordinated verb phrase after the trigger is another statement -------
                Arguments.of("@Trump und @Putin hatten telefoniert und anschließend angekündigt, sich bald treffen "
                        + "zu wollen.",
                        List.of("donald-trump+vladimir-putin - HELD")),
                Arguments.of("@Trump will mit @Putin telefonieren und ihn danach treffen.",
                        List.of("donald-trump+vladimir-putin - PLANNED")),
                Arguments.of("Ein Telefonat zwischen @Trump und @Putin soll bald stattfinden.",
                        List.of("donald-trump+vladimir-putin - PLANNED")),
                // --- participants: an in-person event's "mit" phrase, a short aside ---------------
                Arguments.of("Nach seinem Gipfeltreffen mit @Putin hat @Trump noch am {Freitagabend|2025-06-27|rel} "
                        + "(Ortszeit) mit @Selenskyj telefoniert.",
                        List.of("donald-trump+volodymyr-zelenskyy 2025-06-27 HELD")),
                Arguments.of("Nach dem Besuch mit @Macron telefonierte @Merz mit @Starmer.",
                        List.of("friedrich-merz+keir-starmer - HELD")),
                Arguments.of("@Trump telefonierte mit @Putin (Kreml) und @Selenskyj.",
                        List.of("donald-trump+vladimir-putin+volodymyr-zelenskyy - HELD")),
                // a country in the headline is not the role of the person opening the body
                Arguments.of("Merz wirbt für Druck auf [Moskau|country/russia|METONYM]\nBundeskanzler @Merz hat mit "
                        + "@Trump telefoniert. @Merz habe für mehr Druck auf [Russland|country/russia] geworben.",
                        List.of("donald-trump+friedrich-merz - HELD topics=russia")),
                // --- "telefonisch" with an object: subject and object talk ------------------------
                Arguments.of("Am Vormittag hatte @Merz den ukrainischen Präsidenten @Selenskyj telefonisch informiert.",
                        List.of("friedrich-merz+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Macron hat @Xi telefonisch über die Lage unterrichtet.",
                        List.of("emmanuel-macron+xi-jinping - HELD")),
                Arguments.of("@Merz äußerte sich telefonisch zu @Putin.", List.of()),
                // --- "seit <date>, als ...": the when-clause is dated by the date before it ----------
                Arguments.of("@Merz hat mit @Putin telefoniert. Es war der erste Kontakt seit {Dezember 2022|2022-12}, "
                        + "als sie zuletzt am Telefon miteinander gesprochen hatten.",
                        List.of("friedrich-merz+vladimir-putin - HELD",
                                "friedrich-merz+vladimir-putin 2022-12 HELD")),
                Arguments.of("@Merz hat mit @Putin telefoniert. Es war der erste Kontakt seit {Dezember 2022|2022-12}, "
                        + "als sie zuletzt am Telefon miteinander gesprochen hatten. @Merz habe den Angriff auf die "
                        + "[Ukraine|country/ukraine] verurteilt.",
                        List.of("friedrich-merz+vladimir-putin - HELD topics=ukraine",
                                "friedrich-merz+vladimir-putin 2022-12 HELD")),
                Arguments.of("@Merz hat mit @Putin telefoniert, als {vor zwei Wochen|2025-06} der Gipfel endete.",
                        List.of("friedrich-merz+vladimir-putin - HELD")),
                // --- "jeweils mit A und B": one call with each partner ----------------------------
                Arguments.of("@Merz telefonierte am {Montag|2025-06-30|rel} jeweils mit @Macron und @Starmer.",
                        List.of("emmanuel-macron+friedrich-merz 2025-06-30 HELD",
                                "friedrich-merz+keir-starmer 2025-06-30 HELD")),
                Arguments.of("@Selenskyj hat nacheinander mit @Trump und @Meloni telefoniert.",
                        List.of("donald-trump+volodymyr-zelenskyy - HELD",
                                "giorgia-meloni+volodymyr-zelenskyy - HELD")),
                Arguments.of("@Merz telefonierte mit @Macron und @Starmer.",
                        List.of("emmanuel-macron+friedrich-merz+keir-starmer - HELD")),
                Arguments.of("@Merz und @Macron telefonierten jeweils mit @Trump.",
                        List.of("donald-trump+friedrich-merz - HELD", "donald-trump+emmanuel-macron - HELD")),
                Arguments.of("@Merz und @Macron telefonierten getrennt mit @Trump und @Xi.",
                        List.of("donald-trump+emmanuel-macron+friedrich-merz+xi-jinping - HELD")),
                // --- a conversation over dinner is in person ----------------------------------------
                Arguments.of("@Trump hat mit @Putin telefoniert. @Macron und @Merz sprachen beim Abendessen kurz "
                        + "miteinander.",
                        List.of("donald-trump+vladimir-putin - HELD")));
    }

    @ParameterizedTest
    @MethodSource("readouts")
    void readsGermanReadoutsBeyondTheSeeds(String marked, List<String> expected) {
        assertThat(calls(marked)).map(EventFixture::describe).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void findsTheCallsTheArticleReports(String marked, List<String> expected) {
        assertThat(calls(marked)).map(EventFixture::describe).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aNegatedTopicIsRecordedAsNotDiscussed() {
        List<EventMention> calls = calls("@Trump und @Putin telefonierten am {Donnerstag|2025-07-03}. Sie sprachen über "
                + "die [Ukraine|country/ukraine]. Die Lage in [Syrien|country/syria] wurde nicht besprochen.");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).topicKeys()).containsExactly("country/ukraine");
        assertThat(calls.get(0).notDiscussed()).map(EntityMention::key).containsExactly("country/syria");
    }

    @Test
    void whoCalledWhomIsKeptWhenTheTextSaysIt() {
        EventMention call = calls("@Starmer rief am {Dienstag|2025-07-01} @Selenskyj an.").get(0);
        assertThat(call.agent()).isEqualTo("person/keir-starmer");
        assertThat(call.recipient()).isEqualTo("person/volodymyr-zelenskyy");
        EventMention mutual = calls("@Trump telefonierte mit @Putin.").get(0);
        assertThat(mutual.agent()).isNull();
        assertThat(mutual.recipient()).isNull();
    }

    @Test
    void everyMentionOfTheCallIsEvidenceAndTheTriggerIsTheFirst() {
        AnnotatedArticle doc = EventFixture.article("@Trump und @Putin telefonierten am {Donnerstag|2025-07-03}. "
                + "Das Gespräch dauerte <fast eine Stunde|60>. Im weiteren Verlauf des Gesprächs sprachen sie über "
                + "den [Iran|country/iran].");
        List<EventMention> calls = new CallExtractor().extract(doc);
        assertThat(calls).hasSize(1);
        EventMention call = calls.get(0);
        assertThat(call.trigger().text()).isEqualTo("telefonierten");
        assertThat(call.evidence()).hasSize(3);
        assertThat(call.dateMention().text()).isEqualTo("Donnerstag");
        assertThat(call.durationMention().text()).isEqualTo("fast eine Stunde");
        assertThat(describe(call)).isEqualTo("donald-trump+vladimir-putin 2025-07-03 HELD min=60 topics=iran");
    }

    @Test
    void spansReproduceTheArticleText() {
        AnnotatedArticle doc = EventFixture.article("Zuletzt hatten @Trump und @Putin am {14. Juni|2025-06-14} "
                + "telefoniert. Das Gespräch dauerte <50 Minuten|50>.");
        for (EventMention e : new CallExtractor().extract(doc)) {
            assertThat(doc.text().substring(e.start(), e.end())).isEqualTo(e.text());
            for (Span s : e.evidence()) {
                assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
    }

    @Test
    void anEmptyArticleHasNoCalls() {
        assertThat(calls("")).isEmpty();
        assertThat(new CallExtractor().produces()).isEqualTo(Layer.CALLS);
        assertThat(new CallExtractor().requires()).contains(Layer.SENTENCES, Layer.ENTITIES, Layer.DATES, Layer.DURATIONS);
    }

    @Test
    void withoutAPublicationDateTheHeutigeCallStaysUndated() {
        AnnotatedArticle doc = EventFixture.article("Das heutige Telefonat zwischen @Trump und @Putin verlief sachlich.", null);
        EventMention call = new CallExtractor().extract(doc).get(0);
        assertThat(call.date()).isNull();
    }

    @Test
    void lexiconsLoadAndFailLoudlyWhenMissing() {
        assertThat(Lexicon.of("call-triggers.txt").has("strong", "telefonierte")).isTrue();
        assertThat(Cues.ordinalOf("sechste")).isEqualTo(6);
        assertThat(Cues.ordinalOf("erst")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.of("no-such-lexicon.txt"))
                .isInstanceOf(org.diplograph.DiplographException.class).hasMessageContaining("no-such-lexicon.txt");
    }
}
