package org.diplograph.extract.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.diplograph.extract.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    /** Each row: the text, and its expected sentences separated by " ~ ". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Putin telefonierte mit Trump. Das bestätigte der Kreml.                      | Putin telefonierte mit Trump. ~ Das bestätigte der Kreml.
            Hat Trump angerufen? Der Kreml schweigt.                                        | Hat Trump angerufen? ~ Der Kreml schweigt.
            Das ist unerhört! Selenskyj reagierte empört.                                   | Das ist unerhört! ~ Selenskyj reagierte empört.
            Das Gespräch dauerte 50 Minuten. 2026 soll es weitergehen.                      | Das Gespräch dauerte 50 Minuten. ~ 2026 soll es weitergehen.
            Das Treffen fand am 16. Mai in Istanbul statt.                                  | Das Treffen fand am 16. Mai in Istanbul statt.
            Am 3. Juli 2025 telefonierten sie erneut. Es war das sechste Gespräch.          | Am 3. Juli 2025 telefonierten sie erneut. ~ Es war das sechste Gespräch.
            Der Kreml nannte den 03.07.2025 als Termin. Moskau schwieg.                     | Der Kreml nannte den 03.07.2025 als Termin. ~ Moskau schwieg.
            Die 1. Runde begann pünktlich.                                                  | Die 1. Runde begann pünktlich.
            1. Runde in Istanbul ohne Ergebnis                                              | 1. Runde in Istanbul ohne Ergebnis
            Zum 3. Mal trafen sich die Delegationen.                                        | Zum 3. Mal trafen sich die Delegationen.
            Das war im 19. Jahrhundert anders.                                              | Das war im 19. Jahrhundert anders.
            Vom 16. bis 18. Mai wird verhandelt.                                            | Vom 16. bis 18. Mai wird verhandelt.
            Der Termin am 4. Jan. steht fest.                                               | Der Termin am 4. Jan. steht fest.
            US-Präsident Donald J. Trump sprach mit Putin.                                  | US-Präsident Donald J. Trump sprach mit Putin.
            Themen waren z. B. Syrien und u. a. der Iran.                                   | Themen waren z. B. Syrien und u. a. der Iran.
            Themen waren z.B. Syrien und der Iran.                                          | Themen waren z.B. Syrien und der Iran.
            Dr. Müller und Prof. Schmidt berieten die Regierung.                            | Dr. Müller und Prof. Schmidt berieten die Regierung.
            Die Hilfe beträgt ca. 5 Mio. Euro bzw. mehr.                                    | Die Hilfe beträgt ca. 5 Mio. Euro bzw. mehr.
            Es geht um 2 Mrd. Dollar. Washington zögert.                                    | Es geht um 2 Mrd. Dollar. ~ Washington zögert.
            Er wohnt in St. Petersburg. Dort traf er Putin.                                 | Er wohnt in St. Petersburg. ~ Dort traf er Putin.
            Das regelt Art. 5 des Vertrags. Die Nato beruft sich darauf.                    | Das regelt Art. 5 des Vertrags. ~ Die Nato beruft sich darauf.
            Im Sinne des Gesetzes Nr. 62 vom 07.03.2001 ist das kein Produkt.               | Im Sinne des Gesetzes Nr. 62 vom 07.03.2001 ist das kein Produkt.
            Der US-Präs. sagte nichts.                                                      | Der US-Präs. sagte nichts.
            Vgl. dazu den Bericht. Er ist lang.                                             | Vgl. dazu den Bericht. ~ Er ist lang.
            „Russland hat eine Rolle gespielt.“, sagte er.                                  | „Russland hat eine Rolle gespielt.“, sagte er.
            „Wir sind bereit.“ Dann legte Uschakow auf.                                     | „Wir sind bereit.“ ~ Dann legte Uschakow auf.
            Er sagte: „Wir sind bereit.“ Danach schwieg er.                                 | Er sagte: „Wir sind bereit.“ ~ Danach schwieg er.
            „Sind Sie bereit?“, fragte Trump.                                               | „Sind Sie bereit?“, fragte Trump.
            Die Lage sei ernst. „Wir müssen handeln“, sagte er.                             | Die Lage sei ernst. ~ „Wir müssen handeln“, sagte er.
            Das Gespräch endete um 19:24 Uhr. Danach informierte er die Presse.             | Das Gespräch endete um 19:24 Uhr. ~ Danach informierte er die Presse.
            Rund 2.000 Soldaten sind dort. 27 EU-Staaten stimmten zu.                       | Rund 2.000 Soldaten sind dort. ~ 27 EU-Staaten stimmten zu.
            Der Kreml bestätigte das Gespräch . Trump auch.                                 | Der Kreml bestätigte das Gespräch . ~ Trump auch.
            Die Kosten stiegen auf 50. Die Regierung prüft.                                 | Die Kosten stiegen auf 50. ~ Die Regierung prüft.
            Die Zahl stieg auf 2025. Danach fiel sie.                                       | Die Zahl stieg auf 2025. ~ Danach fiel sie.
            Er kam aus den USA. Dort lebt er nicht mehr.                                    | Er kam aus den USA. ~ Dort lebt er nicht mehr.
            Es wurde spät... Dann kam die Einigung.                                         | Es wurde spät... ~ Dann kam die Einigung.
            Die Gespräche laufen weiter. und niemand weiß wie.                              | Die Gespräche laufen weiter. und niemand weiß wie.
            """)
    void splitsWithinALine(String text, String expected) {
        assertThat(split(text)).containsExactly(expected.split(" ~ "));
    }

    @Test
    void lineBreaksAlwaysEndSentences() {
        String text = "Kreml enthüllt Inhalt des Gesprächs\nPutin gratuliert Trump. Die Präsidenten sprechen\n\n"
                + "  Telefonate künftig möglich  \r\nEnde";
        assertThat(split(text)).containsExactly("Kreml enthüllt Inhalt des Gesprächs", "Putin gratuliert Trump.",
                "Die Präsidenten sprechen", "Telefonate künftig möglich", "Ende");
    }

    @Test
    void offsetsExcludeWhitespaceAndReproduceTheText() {
        String text = "  \n Erster Satz.   Zweiter Satz!\t\n\nDritter ";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly("Erster Satz.", "Zweiter Satz!", "Dritter");
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(sentences.get(0).start()).isEqualTo(4);
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\r\n\t ")).isEmpty();
    }

    @Test
    void aTextWithoutFinalPunctuationIsOneSentence() {
        assertThat(split("Trump und Putin telefonieren")).containsExactly("Trump und Putin telefonieren");
    }
}
