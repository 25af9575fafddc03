package org.diplograph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.diplograph.article.Article;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Pipeline;
import org.diplograph.extract.TimeMention;
import org.diplograph.extract.TimeValue;
import org.diplograph.extract.sentence.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
    /** A Thursday. */
    private static final LocalDate PUB = LocalDate.of(2025, 7, 3);

    private static final Pipeline PIPELINE = Pipeline.builder()
            .add(new SentenceSplitter()).add(new DateExtractor()).build();

    static List<TimeMention> dates(String text, LocalDate published) {
        Article a = new Article("t", text, published, null, null, null, null, null);
        return PIPELINE.run(a).get(Layer.DATES);
    }

    /** "text=value" for every mention, "; "-separated; "text=null" when unanchored. */
    static String render(String text, LocalDate published) {
        return dates(text, published).stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Das erste Treffen fand am 16. Mai 2025 statt.                        | 16. Mai 2025=2025-05-16
            Am 3. Juli 2025 telefonierten Trump und Putin.                        | 3. Juli 2025=2025-07-03
            Der Vertrag wurde am 1. Januar 1995 unterzeichnet.                    | 1. Januar 1995=1995-01-01
            Der Krieg begann am 24. Februar 2022.                                 | 24. Februar 2022=2022-02-24
            Am Donnerstag, 3. Juli 2025, sprachen sie eine Stunde.                | Donnerstag, 3. Juli 2025=2025-07-03
            Uschakow berichtete am 03.07.2025 um 19:24 Uhr.                       | 03.07.2025=2025-07-03
            Das Gesetz Nr. 62 vom 07.03.2001 gilt weiter.                         | 07.03.2001=2001-03-07
            Das Treffen ist für den 16.05.2025 angesetzt.                         | 16.05.2025=2025-05-16
            Das Abkommen vom 5.9.14 gilt.                                         | 5.9.14=2014-09-05
            Laut Protokoll (2025-05-16) trafen sie sich.                          | 2025-05-16=2025-05-16
            Im März 2025 scheiterte ein erstes Treffen.                           | März 2025=2025-03
            Das Treffen fand im Februar 2022 statt.                               | Februar 2022=2022-02
            Mitte Mai 2024 gab es Gespräche.                                      | Mitte Mai 2024=2024-05
            Ende 2024 verlegten sie Truppen.                                      | Ende 2024=2024
            Seit Anfang 2025 gab es vier weitere Telefonate.                      | Anfang 2025=2025
            Im Jahr 2025 trafen sich die Delegationen zweimal.                    | Jahr 2025=2025
            Putin sprach erstmals seit 2022 wieder mit Macron.                    | 2022=2022
            Die seit 2014 verlorenen Gebiete bleiben umstritten.                  | 2014=2014
            Zwischen 1939 und 1945 tobte der Krieg.                               | 1939=1939; 1945=1945
            1939 überfiel Deutschland Polen.                                      | 1939=1939
            Von 2014 bis 2022 wurde verhandelt.                                   | 2014=2014; 2022=2022
            Russland hatte 2014 die Krim annektiert.                              | 2014=2014
            Die Sanktionen, die 2022 in Kraft traten, bleiben.                    | 2022=2022
            Charles de Gaulle (1890–1970) führte die Résistance.                  | 1890=1890; 1970=1970
            Der Winterkrieg 1939/1940 endete mit einem Frieden.                   | 1939=1939; 1940=1940
            Die Konferenz von Jalta (1945) teilte Europa.                         | 1945=1945
            Im Kriegsjahr 1915 kam es zu schweren Kämpfen.                        | Kriegsjahr 1915=1915
            In den Jahren 1916 und 1917 wuchs der Druck.                          | Jahren 1916=1916; 1917=1917
            Im April des Jahres 1918 landeten Truppen.                            | April des Jahres 1918=1918-04
            Balkanfeldzug 1941                                                    | 1941=1941
            1918 – Festigung der Sowjetmacht                                      | 1918=1918
            Copyright © 2025 im Eigentum von Influencer Srls.                     | 2025=2025
            Schon 2014 hatte Russland die Krim besetzt.                           | 2014=2014
            Der Gipfel ist für 2026 geplant.                                      | 2026=2026
            Im Sommer 2024 scheiterten die Gespräche.                             | Sommer 2024=2024
            Vom 16. bis 18. Mai 2025 wurde in Istanbul verhandelt.                | 16. bis 18. Mai 2025=2025-05-16
            Die Gespräche vom 16./17. Mai 2025 blieben ohne Ergebnis.             | 16./17. Mai 2025=2025-05-16
            Am 16. und 18. Mai 2025 trafen sich die Delegationen.                 | 16.=2025-05-16; 18. Mai 2025=2025-05-18
            Die Runde vom 30. Juni bis 2. Juli 2025 endete.                       | 30. Juni=2025-06-30; 2. Juli 2025=2025-07-02
            """)
    void absoluteDates(String sentence, String expected) {
        assertThat(render(sentence, PUB)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Trump und Putin hatten zuletzt am 14. Juni telefoniert.                        | 14. Juni=2025-06-14
            Das erste fand am 16. Mai statt, das zweite am 2. Juni.                        | 16. Mai=2025-05-16; 2. Juni=2025-06-02
            Laut Financial Times wird Trump am 4. Juli mit Selenskyj telefonieren.         | 4. Juli=2025-07-04
            Der Unabhängigkeitstag wird am 4. Juli gefeiert.                               | 4. Juli=2025-07-04
            Der Kreml erklärte am 3. Juli, es gebe keine Probleme.                         | 3. Juli=2025-07-03
            Das Gespräch fand am 16.5. statt.                                              | 16.5.=2025-05-16
            Ein erstes Treffen hatte es bereits im März gegeben.                           | März=2025-03
            Im April berichtete das Weiße Haus von Frust.                                  | April=2025-04
            Mitte Mai trafen sich die Delegationen.                                        | Mitte Mai=2025-05
            Anfang Juni telefonierten sie erneut.                                          | Anfang Juni=2025-06
            Ende Juni stellte Putin fest, die Papiere seien gegensätzlich.                  | Ende Juni=2025-06
            Trump und Putin telefonierten am 20. Dezember.                                 | 20. Dezember=2024-12-20
            Im Oktober trafen sich die Außenminister.                                      | Oktober=2024-10
            Der Gipfel soll im Oktober stattfinden.                                        | Oktober=2025-10
            Die nächste Runde soll am 10. Januar stattfinden.                              | 10. Januar=2026-01-10
            Die Gespräche, die im März begonnen hatten, sollen weitergehen.                | März=2025-03
            Im vergangenen Mai trafen sie sich.                                            | vergangenen Mai=2025-05
            Im vergangenen Juli trafen sie sich.                                           | vergangenen Juli=2024-07
            Im kommenden März soll verhandelt werden.                                      | kommenden März=2026-03
            Im Juli vergangenen Jahres sprachen sie.                                       | Juli vergangenen Jahres=2024-07
            In diesem Jahr trafen sich die Delegationen zweimal.                           | diesem Jahr=2025
            Im vergangenen Jahr gab es keine Gespräche.                                    | vergangenen Jahr=2024
            Seit Jahresbeginn telefonierten sie sechsmal.                                  | Jahresbeginn=2025
            Anfang des Jahres gab es ein Telefonat.                                        | Anfang des Jahres=2025
            Im Vorjahr war das anders.                                                     | Vorjahr=2024
            Im vergangenen Monat gab es ein Treffen.                                       | vergangenen Monat=2025-06
            """)
    void yearInferredFromPublication(String sentence, String expected) {
        assertThat(render(sentence, PUB)).isEqualTo(expected);
        assertThat(dates(sentence, PUB)).allMatch(TimeMention::relative);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            US-Präsident Donald Trump hat am Donnerstag mit Putin telefoniert.             | Donnerstag=2025-07-03
            Die Regierung bestellte am Mittwoch den US-Diplomaten ein.                     | Mittwoch=2025-07-02
            Selenskyj erklärte am Mittwochabend, man analysiere die Lage.                  | Mittwochabend=2025-07-02
            Am Montag hatten sich die Minister getroffen.                                  | Montag=2025-06-30
            Am Freitag traf Trump den Kanzler.                                             | Freitag=2025-06-27
            Es könnte demnach am Freitag stattfinden.                                      | Freitag=2025-07-04
            Trump will am Montag mit Selenskyj sprechen.                                   | Montag=2025-07-07
            Ein Telefonat ist für Freitag angesetzt.                                       | Freitag=2025-07-04
            Die nächste Gesprächsrunde wurde für Montag anberaumt.                         | Montag=2025-07-07
            Am Donnerstagmorgen wird Trump erneut telefonieren.                            | Donnerstagmorgen=2025-07-03
            Am vergangenen Donnerstag sprachen sie zuletzt.                                | vergangenen Donnerstag=2025-06-26
            Am kommenden Donnerstag soll es weitergehen.                                   | kommenden Donnerstag=2025-07-10
            Heute telefonieren die beiden Präsidenten.                                     | Heute=2025-07-03
            Trump hat heute mit Putin gesprochen.                                          | heute=2025-07-03
            Trump hatte gestern mit Putin telefoniert.                                     | gestern=2025-07-02
            Gestern Abend telefonierten Trump und Putin.                                   | Gestern Abend=2025-07-02
            Der Feiertag wird morgen begangen.                                             | morgen=2025-07-04
            Vorgestern hatte es einen Angriff gegeben.                                     | Vorgestern=2025-07-01
            Das Treffen ist übermorgen geplant.                                            | übermorgen=2025-07-05
            """)
    void weekdaysAndDeicticDays(String sentence, String expected) {
        assertThat(render(sentence, PUB)).isEqualTo(expected);
        assertThat(dates(sentence, PUB)).allMatch(TimeMention::relative);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Russland half im Unabhängigkeitskrieg vor 250 Jahren.
            Im Sinne des Gesetzes Nr. 62 ist das keine Publikation.
            Artikel 5 des Nato-Vertrags wurde nie ausgelöst.
            Die 27 EU-Staaten stimmten zu.
            Rund 2.000 Soldaten wurden verlegt.
            Es wurden 2000 Soldaten verlegt.
            Seit 2000 Jahren streiten die Völker.
            Ab 1500 Euro wird es teuer.
            Der Bericht erschien um 19:24 Uhr.
            Das Telefonat fand am Vorabend des Unabhängigkeitstages statt.
            Der Krieg begann vor mehr als drei Jahren.
            Die erste Runde brachte keinen Durchbruch.
            Die 1. Runde blieb ohne Ergebnis.
            Er verwies auf Kapitel 3.2. des Berichts.
            Am Morgen gab es Luftalarm.
            Jeden Donnerstag tagt das Kabinett.
            Das gilt bis heute.
            Das änderte sich von heute auf morgen.
            Der Maler August Macke war Deutscher.
            Es war der 31. Juni.
            Die Wahlbeteiligung lag bei 45,5 Prozent.
            Es kamen 2000 neue Soldaten an die Front.
            Die Zahl der Flüchtlinge stieg auf 2000 in der Region.
            Rund 1900 in der Stadt wurden evakuiert.
            Die Front war auf einer Länge von 1600 km umkämpft.
            Zwischen 1500 und 2000 Kämpfer sollen dort sein.
            Ein Kilo kostet 1500 Rubel.
            Bisher sind erst 2000 Soldaten eingetroffen.
            Das kostet für 2000 Euro zu viel.
            Die Telefonnummer lautet 030-2025.
            Das Team gewann 3:1.
            """)
    void notDates(String sentence) {
        assertThat(render(sentence, PUB)).isEmpty();
    }

    @Test
    void relativeExpressionsWithoutPublicationDateHaveNoValue() {
        List<TimeMention> found = dates("Am Donnerstag und am 16. Mai telefonierten sie, heute nicht. Im März 2025 auch.", null);
        assertThat(found).extracting(TimeMention::text).containsExactly("Donnerstag", "16. Mai", "heute", "März 2025");
        assertThat(found.get(0).value()).isNull();
        assertThat(found.get(1).value()).isNull();
        assertThat(found.get(2).value()).isNull();
        assertThat(found.get(3).value()).isEqualTo(TimeValue.ofMonth(2025, 3));
        assertThat(found.get(3).relative()).isFalse();
    }

    @Test
    void precisionFollowsTheText() {
        List<TimeMention> found = dates("Am 16. Mai 2025, im März 2025 und Ende 2024.", PUB);
        assertThat(found).extracting(t -> t.value().precision()).containsExactly(
                TimeValue.Precision.DAY, TimeValue.Precision.MONTH, TimeValue.Precision.YEAR);
        assertThat(found).noneMatch(TimeMention::relative);
    }

    @Test
    void offsetsPointIntoTheArticleText() {
        String text = "Kreml: Telefonat\nDas Gespräch fand am 3. Juli statt. Am Freitag folgt das nächste.";
        for (TimeMention t : dates(text, PUB)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(dates(text, PUB)).extracting(TimeMention::text).containsExactly("3. Juli", "Freitag");
    }

    @Test
    void leapDayWithoutYearFollowsThePublicationYear() {
        assertThat(render("Am 29. Februar trafen sie sich.", LocalDate.of(2024, 7, 1))).isEqualTo("29. Februar=2024-02-29");
        assertThat(dates("Am 29. Februar trafen sie sich.", LocalDate.of(2025, 7, 1)).get(0).value()).isNull();
    }

    // ------------------------------------------------------------ weeks, "vor/in n Tagen", holidays, anaphors

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Vergangene Woche telefonierten Trump und Putin.                                | Vergangene Woche=2025-06
            Die Minister trafen sich in der vergangenen Woche in Genf.                     | vergangenen Woche=2025-06
            Letzte Woche hatte es keinen Kontakt gegeben.                                  | Letzte Woche=2025-06
            Kommende Woche soll verhandelt werden.                                         | Kommende Woche=2025-07
            Diese Woche reist der Kanzler nach Kiew.                                       | Diese Woche=null
            Vor zwei Tagen hatte Selenskyj mit Merz gesprochen.                            | Vor zwei Tagen=2025-07-01
            Der Angriff geschah vor drei Tagen.                                            | vor drei Tagen=2025-06-30
            Vor drei Wochen trafen sich die Delegationen in Istanbul.                      | Vor drei Wochen=2025-06
            Vor einer Woche sprachen sie zuletzt.                                          | Vor einer Woche=2025-06
            Vor einem Monat war das Treffen abgesagt worden.                               | Vor einem Monat=2025-06
            Vor zwei Monaten begann die Offensive.                                         | Vor zwei Monaten=2025-05
            In zwei Tagen soll die nächste Runde beginnen.                                 | In zwei Tagen=2025-07-05
            Das Treffen ist in einer Woche geplant.                                        | einer Woche=2025-07
            """)
    void weeksAndCountsFromPublication(String sentence, String expected) {
        String rendered = render(sentence, PUB);
        if (expected.startsWith("einer")) {
            assertThat(rendered).isEqualTo("in " + expected);
        } else {
            assertThat(rendered).isEqualTo(expected);
        }
        assertThat(dates(sentence, PUB)).allMatch(TimeMention::relative);
    }

    @Test
    void aWeekAcrossTwoMonthsHasNoValueAndNeverADay() {
        // published Wed 2025-07-02: the week before runs 23-29 June; this week 30 June - 6 July spans two months
        assertThat(render("Vergangene Woche telefonierten sie.", LocalDate.of(2025, 7, 2))).isEqualTo("Vergangene Woche=2025-06");
        assertThat(render("Diese Woche telefonierten sie.", LocalDate.of(2025, 7, 2))).isEqualTo("Diese Woche=null");
        assertThat(dates("Diese Woche telefonierten sie.", LocalDate.of(2025, 7, 2))).allMatch(TimeMention::relative);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Russland half im Unabhängigkeitskrieg vor 250 Jahren.
            Der Krieg begann vor mehr als drei Jahren.
            Vor rund zwei Wochen hatte es Gespräche gegeben.
            Jede Woche tagt der Sicherheitsrat.
            Die Woche war anstrengend.
            In den kommenden Tagen wird verhandelt.
            Das Telefonat fand am Vorabend statt.
            Das Telefonat fand am Vorabend des Unabhängigkeitstages statt.
            Die Ukraine feierte ihren Unabhängigkeitstag.
            Er sagte das in der Weihnachtsansprache.
            Nach Weihnachten soll weiter verhandelt werden.
            Putin gratulierte Trump zum US-Unabhängigkeitstag.
            Um 19:24 Uhr meldete der Kreml das Ende des Gesprächs.
            Das Gespräch begann gegen 14 Uhr.
            Die Sitzung dauerte bis 23.30 Uhr.
            """)
    void notDatesEither(String sentence) {
        assertThat(render(sentence, PUB)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Der Unabhängigkeitstag wird am 4. Juli gefeiert. Trump telefonierte am Vorabend des Unabhängigkeitstags mit Putin. | 4. Juli=2025-07-04; Vorabend des Unabhängigkeitstags=2025-07-03
            Trump telefonierte am Vorabend des US-Unabhängigkeitstags mit Putin.            | Vorabend des US-Unabhängigkeitstags=2025-07-03
            An Weihnachten 1966 ruhten die Waffen.                                          | Weihnachten 1966=1966-12-25
            Zu Weihnachten soll eine Waffenruhe gelten.                                     | Weihnachten=2025-12-25
            An Heiligabend hatten die beiden telefoniert.                                   | Heiligabend=2024-12-24
            Am Tag der Deutschen Einheit will der Kanzler reden.                            | Tag der Deutschen Einheit=2025-10-03
            Bis Silvester soll ein Abkommen stehen.                                         | Silvester=2025-12-31
            Zu Neujahr hatte Putin eine Rede gehalten.                                      | Neujahr=2025-01-01
            Trump telefonierte am Vorabend des Unabhängigkeitstags mit Putin. Der Feiertag ist am 4. Juli.  | 4. Juli=2025-07-04
            Trump telefonierte am Vorabend des Unabhängigkeitstags. Der Unabhängigkeitstag ist am 4. Juli.  | Vorabend des Unabhängigkeitstags=2025-07-03; 4. Juli=2025-07-04
            Das Telefonat fand am Vorabend des US-Unabhängigkeitstages statt, der am 4. Juli gefeiert wird.  | 4. Juli=2025-07-04
            """)
    void holidaysAndTheirEves(String text, String expected) {
        assertThat(render(text, PUB)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Am 16. Mai 2025 trafen sie sich in Istanbul. Am selben Tag telefonierte Trump mit Putin.  | 16. Mai 2025=2025-05-16; selben Tag=2025-05-16
            Am 16. Mai 2025 trafen sie sich. Am folgenden Tag reiste Witkoff ab.                      | 16. Mai 2025=2025-05-16; folgenden Tag=2025-05-17
            Am 16. Mai 2025 trafen sie sich. Zwei Tage später telefonierten die Präsidenten.         | 16. Mai 2025=2025-05-16; Zwei Tage später=2025-05-18
            Am 16. Mai 2025 trafen sie sich. Eine Woche danach folgte die zweite Runde.              | 16. Mai 2025=2025-05-16; Eine Woche danach=2025-05-23
            Am 2. Juni 2025 trafen sie sich. Am Vortag hatte die Ukraine angegriffen.                | 2. Juni 2025=2025-06-02; Vortag=2025-06-01
            Im März 2025 scheiterte ein Treffen. Im selben Monat telefonierten sie.                  | März 2025=2025-03; selben Monat=2025-03
            Im Jahr 2022 begann der Krieg. Im folgenden Jahr scheiterte die Offensive.               | Jahr 2022=2022; folgenden Jahr=2023
            Am selben Tag telefonierte Trump mit Putin.                                              | selben Tag=null
            Im Jahr 2022 begann der Krieg. Am folgenden Tag floh die Regierung nicht.                | Jahr 2022=2022; folgenden Tag=null
            """)
    void anaphorsPointAtTheLastDateMentioned(String text, String expected) {
        assertThat(render(text, PUB)).isEqualTo(expected);
    }

    @Test
    void unresolvedRelativeCountsRelativeMentionsWithoutValue() {
        Article a = new Article("t", "Am Donnerstag und am 16. Mai telefonierten sie, heute nicht. Im März 2025 auch.",
                null, null, null, null, null, null);
        assertThat(DateExtractor.unresolvedRelative(PIPELINE.run(a))).isEqualTo(3);
        Article b = new Article("t", a.text(), PUB, null, null, null, null, null);
        assertThat(DateExtractor.unresolvedRelative(PIPELINE.run(b))).isZero();
    }

    // ------------------------------------------------------------ narrative anchoring

    private static final Pipeline NARRATIVE = Pipeline.builder()
            .add(new SentenceSplitter()).add(new DateExtractor(DateExtractor.Anchoring.NARRATIVE)).build();

    static String narrative(String text) {
        Article a = new Article("t", text, LocalDate.of(2011, 2, 16), null, null, null, null, null);
        return NARRATIVE.run(a).get(Layer.DATES).stream().map(t -> t.text() + "=" + t.value())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Der Krieg begann am 20. März 2003. Am 9. April fiel Bagdad.                      | 20. März 2003=2003-03-20; 9. April=2003-04-09
            Im Juni 1941 griff Deutschland an. Im Dezember stand die Wehrmacht vor Moskau.   | Juni 1941=1941-06; Dezember=1941-12
            1914 begann der Krieg. Am 4. August erklärte Großbritannien den Krieg.           | 1914=1914; 4. August=1914-08-04
            Am 6. Juni 1944 landeten die Alliierten. Am Sonntag darauf fiel Bayeux.          | 6. Juni 1944=1944-06-06; Sonntag=1944-06-11
            Im Jahr 1862 kämpften sie. Ende des Jahres zogen sie ab.                         | Jahr 1862=1862; Ende des Jahres=1862
            Im Jahr 1862 kämpften sie. Im Vorjahr hatte es begonnen.                         | Jahr 1862=1862; Vorjahr=1861
            Am 9. April fiel Bagdad.                                                          | 9. April=null
            """)
    void narrativeAnchorsOnTheLastMentionedDate(String text, String expected) {
        assertThat(narrative(text)).isEqualTo(expected);
    }

    @Test
    void newsAnchoringIsTheDefaultAndUnchanged() {
        assertThat(new DateExtractor().anchoring()).isEqualTo(DateExtractor.Anchoring.PUBLICATION);
        assertThat(render("Der Krieg begann am 20. März 2003. Am 9. April fiel Bagdad.", PUB))
                .isEqualTo("20. März 2003=2003-03-20; 9. April=2025-04-09");
    }
}
