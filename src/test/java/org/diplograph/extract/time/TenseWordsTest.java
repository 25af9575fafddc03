package org.diplograph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.diplograph.extract.time.TimeLexicon.Tense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence's tense cues looked up once answer every stretch as walking the stretch does. */
class TenseWordsTest {

    @ParameterizedTest(name = "{0} [{1}, {2})")
    @CsvSource(delimiter = '|', textBlock = """
            Merz wird am Donnerstag nach Kiew reisen, sagte er.  | 0  | 51 | FUTURE
            Merz wird am Donnerstag nach Kiew reisen, sagte er.  | 10 | 51 | PAST
            Merz wird am Donnerstag nach Kiew reisen, sagte er.  | 10 | 40 | UNKNOWN
            Merz wird am Donnerstag nach Kiew reisen, sagte er.  | 6  | 51 | PAST
            Merz wird am Donnerstag nach Kiew reisen, sagte er.  | 5  | 7  | UNKNOWN
            Sie hatten am Montag telefoniert.                    | 4  | 10 | PAST
            Sie hatten am Montag telefoniert.                    | 4  | 9  | PAST
            Sie hatten am Montag telefoniert.                    | 4  | 8  | UNKNOWN
            """)
    void aStretchSeesOnlyItsOwnWords(String sentence, int from, int to, Tense expected) {
        TenseWords words = new TenseWords(sentence, 0, sentence.length());
        assertThat(words.cues(from, to)).isEqualTo(expected).isEqualTo(TenseWords.cuesIn(sentence, from, to));
    }

    @Test
    void cuesAgreeWithWalkingTheStretch() {
        String[] parts = {"wird", "Wird", "war", "hatte", "soll", "Treffen", "am", "16.", "Mai", " ", " ", ", ", "–",
            "ä", "\uD835\uDC00", "\uD835", "\uDC00", "x", "WAR", "werden", "2025"};
        Random random = new Random(13);
        int futures = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder b = new StringBuilder("Vorher. ");
            for (int k = 1 + random.nextInt(14); k > 0; k--) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String text = b.append(" Danach wird").toString();
            int start = 8;
            int end = text.length() - 12;
            TenseWords words = new TenseWords(text, start, end);
            for (int q = 0; q < 6; q++) {
                int from = start + random.nextInt(end - start + 1);
                int to = from + random.nextInt(end - from + 1);
                Tense expected = TenseWords.cuesIn(text, from, to);
                assertThat(words.cues(from, to)).as(text + " [" + from + ", " + to + ")").isEqualTo(expected);
                futures += expected == Tense.FUTURE ? 1 : 0;
            }
        }
        assertThat(futures).as("the random stretches exercise the cues").isGreaterThan(1_000);
    }
}
