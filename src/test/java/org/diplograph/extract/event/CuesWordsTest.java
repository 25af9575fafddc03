package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Cues#words} replaces {@code String.split("[\\s-]+")} in the vague-offset test of dates
 * ("vor zwei Wochen", "eine Woche zuvor"); it must give the same pieces, empty ones included.
 */
class CuesWordsTest {

    @ParameterizedTest
    @MethodSource("texts")
    void splitsAsTheRegularExpression(String text) {
        assertThat(Cues.words(text)).isEqualTo(Arrays.asList(text.split("[\\s-]+")));
    }

    static Stream<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", " ", "-", " - ", "vor zwei Wochen", "eine Woche zuvor",
                "Mitte-Mai", "-vor", "vor-", "  vor  zwei\tWochen\n", "einen\u00A0Monat später", "x\u2009y"));
        String alphabet = "ab -\t\n\u000B\f\r\u00A0X";
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(10);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("dates")
    void vagueOffsetsNeedAUnitAndAnOffsetWord(String text, boolean vague) {
        var d = new org.diplograph.extract.TimeMention(0, text.length(), text,
                org.diplograph.extract.TimeValue.ofDay(java.time.LocalDate.of(2025, 5, 16)), true);
        assertThat(Cues.vagueOffset(d)).isEqualTo(vague);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> dates() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("vor zwei Wochen", true),
                org.junit.jupiter.params.provider.Arguments.of("eine Woche zuvor", true),
                org.junit.jupiter.params.provider.Arguments.of("einen Monat später", true),
                org.junit.jupiter.params.provider.Arguments.of("am 16. Mai", false),
                org.junit.jupiter.params.provider.Arguments.of("vor zwei Tagen", false),
                org.junit.jupiter.params.provider.Arguments.of("Mitte Mai", false));
    }
}
