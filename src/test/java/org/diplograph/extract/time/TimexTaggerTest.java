package org.diplograph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.diplograph.article.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexTaggerTest {
    private static final TimexTagger NARRATIVE = new TimexTagger(DateExtractor.Anchoring.NARRATIVE);

    static String tag(String text) {
        return NARRATIVE.tag(new Article("t", text, LocalDate.of(2011, 2, 16), null, null, null, null, null)).stream()
                .map(t -> t.text() + "=" + t.value()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Der Krieg dauerte drei Jahre.                                          | drei Jahre=P3Y
            Die Belagerung dauerte mehr als drei Tagen.                            | mehr als drei Tagen=P3D
            Nach sechs Wochen gaben sie auf.                                       | sechs Wochen=P6W
            Die Kämpfe dauerten einige Monate.                                     | einige Monate=PXM
            Nach einer fast einmonatigen Belagerung zogen sie ab.                  | einmonatigen=P1M
            Ein mehrjähriger Krieg begann.                                         | mehrjähriger=PXY
            Das Telefonat dauerte 90 Minuten.                                      | 90 Minuten=PT1H30M
            Im Sommer 1940 griff Italien an.                                       | Sommer 1940=1940-SU
            Im Juni 1941 griff Deutschland an. Im Herbst stockte der Vormarsch.    | Juni 1941=1941-06; Herbst=1941-FA
            490 v. Chr. siegten die Athener.                                       | 490 v. Chr.=BC0490
            Die Kriege (264–241 v. Chr.) endeten.                                  | 264=BC0264; 241 v. Chr.=BC0241
            Im 19. Jahrhundert wuchs die Stadt.                                    | 19. Jahrhundert=18
            In den 1930er Jahren rüstete Japan auf.                                | 1930er Jahren=193
            Am 1. September 1939 um 4:45 Uhr begann der Angriff.                   | 1. September 1939=1939-09-01; 4:45 Uhr=1939-09-01T04:45
            Am Morgen des 22. Juni 1941 begann der Angriff.                        | Morgen des 22. Juni 1941=1941-06-22TMO
            Die Schlacht vom 26. bis 31. August 1914 endete mit einem Sieg.        | 26.=1914-08-26; 31. August 1914=1914-08-31
            Die Stadt heißt heute Agrigent.                                        | heute=PRESENT_REF
            Wenig später kapitulierte die Festung.                                 | Wenig später=FUTURE_REF
            Um 4:45 Uhr begann der Angriff.                                        | 4:45 Uhr=null
            Vor drei Jahren begann der Krieg.                                      | ``
            """)
    void timexValues(String text, String expected) {
        assertThat(tag(text)).isEqualTo(expected);
    }
}
