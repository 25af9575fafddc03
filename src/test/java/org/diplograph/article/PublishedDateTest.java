package org.diplograph.article;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishedDateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-07-03                              | 2025-07-03
            ' 2025-07-03 '                          | 2025-07-03
            2025-07-03 10:15:00                     | 2025-07-03
            2025-07-03 10:15                        | 2025-07-03
            2025-07-03T10:15                        | 2025-07-03
            2025-07-03T10:15:00                     | 2025-07-03
            2025-07-03T10:15:00.123                 | 2025-07-03
            2025-07-03T10:15:00Z                    | 2025-07-03
            2025-07-03T23:30:00-05:00               | 2025-07-03
            2025-07-04T00:30:00+02:00               | 2025-07-04
            2025-07-04T00:30:00+0200                | 2025-07-04
            2025-07-03T10:15:00+02:00[Europe/Berlin] | 2025-07-03
            2025-07-03+02:00                        | 2025-07-03
            2025-07-03Z                             | 2025-07-03
            2024-02-29                              | 2024-02-29
            """)
    void takesTheDatePartAsWrittenWithoutShiftingTimeZones(String text, LocalDate expected) {
        assertThat(PublishedDate.parse(text)).isEqualTo(expected);
        assertThat(PublishedDate.isValid(text)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "gestern", "3. Juli 2025", "03.07.2025", "07/03/2025", "2025-7-3", "20250703",
            "2025-02-30", "2025-13-01", "2023-02-29", "2025-07-03T25:00", "2025-07-03T10:61", "2025-07-03 10",
            "2025-07-03T10:15:00+25:00", "2025-07-03 und mehr", "Do, 03 Jul 2025 10:15:00 +0200", "1751537700"})
    void rejectsEverythingElseWithTheExpectedForms(String text) {
        assertThat(PublishedDate.isValid(text)).isFalse();
        assertThatThrownBy(() -> PublishedDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected YYYY-MM-DD or ISO date-time, got \"" + text + "\"");
    }
}
