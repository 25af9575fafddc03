package org.diplograph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeLexiconTest {

    @Test
    void everyMonthHasAFullNameAndAbbreviationsKeepTheirStop() {
        assertThat(new HashSet<>(TimeLexicon.months().values())).hasSize(12);
        assertThat(TimeLexicon.month("Mai")).isEqualTo(5);
        assertThat(TimeLexicon.month("Dezember")).isEqualTo(12);
        assertThat(TimeLexicon.month("Jan.")).isEqualTo(1);
        assertThat(TimeLexicon.month("Jan")).as("'Jan' is a first name").isNull();
        assertThat(TimeLexicon.month("mai")).as("case-sensitive").isNull();
    }

    @Test
    void weekdaysRunFromMondayToSunday() {
        assertThat(new HashSet<>(TimeLexicon.weekdays().values())).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
        assertThat(TimeLexicon.weekdays().get("Donnerstag")).isEqualTo(4);
    }

    @Test
    void numberWordsAndHedgesAreLowerCase() {
        assertThat(TimeLexicon.numberWords()).containsEntry("zweieinhalb", 2.5).containsEntry("zwölf", 12.0);
        assertThat(TimeLexicon.hedges()).contains("fast", "mehr als", "ca.")
                .allMatch(h -> h.equals(h.toLowerCase(Locale.ROOT)));
    }

    @Test
    void tenseCuesKnowBothDirections() {
        assertThat(TimeLexicon.tenseCues()).containsEntry("soll", TimeLexicon.Tense.FUTURE)
                .containsEntry("hatte", TimeLexicon.Tense.PAST);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            soll      | FUTURE
            SOLL      | FUTURE
            Werden    | FUTURE
            würde     | FUTURE
            WÜRDE     | FUTURE
            hatte     | PAST
            Hatten    | PAST
            erklärte  | PAST
            hat       | -
            sollen.   | -
            Solls     | -
            Kommende  | FUTURE
            """)
    void tenseCueLooksUpTheLowerCasedWord(String word, TimeLexicon.Tense expected) {
        String text = "(" + word + ")";
        assertThat(TimeLexicon.tenseCue(text, 1, text.length() - 1)).isEqualTo(expected);
    }

    @Test
    void tenseCueAgreesWithTheMap() {
        String[] parts = {"soll", "SOLL", "wurde", "Wurden", "war", "WAR", "kam", "will", "w", "ü", "Ü", "ä", "e", "n",
            "İ", "K", "K", "x", "ß", "ẞ"};
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String word = b.toString();
            assertThat(TimeLexicon.tenseCue("." + word + ".", 1, word.length() + 1)).as(word)
                    .isEqualTo(TimeLexicon.tenseCues().get(word.toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void blockersKeepDeadlinesAndQuantitiesOut() {
        assertThat(TimeLexicon.durationBlockersBefore()).contains("vor", "seit", "in", "binnen");
        assertThat(TimeLexicon.durationBlockersAfter()).contains("später");
        assertThat(TimeLexicon.yearBlockers()).contains("Jahren", "Soldaten");
        assertThat(TimeLexicon.bareYearFollowers()).contains("die").doesNotContain("soldaten");
        assertThat(TimeLexicon.bareYearQuantityCues()).contains("rund");
    }

    @Test
    void alternationPutsLongerWordsFirst() {
        assertThat(TimeLexicon.alternation(java.util.List.of("ein", "eineinhalb", "mehr als")))
                .startsWith("\\Qeineinhalb\\E").contains("\\Qmehr\\E\\s+\\Qals\\E");
    }
}
