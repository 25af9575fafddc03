package org.diplograph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;

import org.junit.jupiter.api.Test;

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
