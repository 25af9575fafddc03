package org.diplograph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityTokensTest {

    /** Tokens as text/KIND/first..last(/C capitalised, /l lower-case), space-separated; a compound's hyphens share its range. */
    private static String describe(String text) {
        return Arrays.stream(EntityTokens.tokenize(text))
                .map(t -> t.text() + "/" + t.kind().name().charAt(0) + "/" + t.first() + ".." + t.last()
                        + (t.capitalized() ? "/C" : t.lowercase() ? "/l" : ""))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            US-Präsident Trump; US/W/0..2/C -/H/0..2 Präsident/W/0..2/C Trump/W/3..3/C
            Putin-Trump-Gesprächs; Putin/W/0..4/C -/H/0..4 Trump/W/0..4/C -/H/0..4 Gesprächs/W/0..4/C
            US- und EU-Staaten; US/W/0..0/C -/H/1..1 und/W/2..2/l EU/W/3..5/C -/H/3..5 Staaten/W/3..5/C
            'sagte er: „Nein.“'; sagte/W/0..0/l er/W/1..1/l :/P/2..2 „/P/3..3 Nein/W/4..4/C ./P/5..5 “/P/6..6
            - Kiew; -/P/0..0 Kiew/W/1..1/C
            am 16. Mai 2025; am/W/0..0/l 16/W/1..1 ./P/2..2 Mai/W/3..3/C 2025/W/4..4
            Erdoğan und Łukaszenka; Erdoğan/W/0..0/C und/W/1..1/l Łukaszenka/W/2..2/C
            """)
    void splitsWordsHyphensAndPunctuation(String text, String expected) {
        assertThat(describe(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = ';', textBlock = """
            'Jose\u0301 Martí'; Jose\u0301/W/0..0/C Martí/W/1..1/C
            'a\u00A0b\u2003c\td'; a/W/0..0/l b/W/1..1/l c/W/2..2/l d/W/3..3/l
            '\u0301x'; \u0301/P/0..0 x/W/1..1/l
            '';  ''
            """)
    void combiningMarksContinueWordsAndEverySpaceSeparates(String text, String expected) {
        assertThat(describe(text == null ? "" : text)).isEqualTo(expected == null ? "" : expected);
    }
}
