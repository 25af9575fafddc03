package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The event extractors' tokenizer is hand-written for speed; it must split exactly as the regular
 * expression it replaced, which the rules (and their tests) were written against.
 */
class ArticleViewTokenizeTest {
    private static final Pattern REFERENCE = Pattern.compile("\\p{N}+(?:[.:/]\\p{N}+)*|[\\p{L}\\p{N}]+|\\S");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Putin und Trump telefonierten am 16.05.2025 um 12:30 Uhr.      | Putin und Trump telefonierten am 16.05.2025 um 12:30 Uhr .
            Die Saison 2024/25 endete.                                      | Die Saison 2024/25 endete .
            US-Präsident Donald J. Trump                                    | US - Präsident Donald J . Trump
            „Wir haben 50 Minuten gesprochen“, sagte Uschakow.              | „ Wir haben 50 Minuten gesprochen “ , sagte Uschakow .
            Am 3. Juli: Gespräche in Istanbul (Türkei)                      | Am 3 . Juli : Gespräche in Istanbul ( Türkei )
            Version 1.2. und 3:                                             | Version 1.2 . und 3 :
            """)
    void splitsGermanNewsText(String text, String expected) {
        assertThat(tokens(text)).extracting(Tok::text).containsExactly(expected.split(" "));
    }

    @Test
    void keepsOffsetsAndLowerCase() {
        List<Tok> toks = tokens("Gespräch mit SELENSKYJ");
        assertThat(toks).extracting(Tok::start).containsExactly(0, 9, 13);
        assertThat(toks.get(2).lower()).isEqualTo("selenskyj");
        assertThat(toks).extracting(Tok::index).containsExactly(0, 1, 2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Telefonat", "telefonierte", "ÄRGER", "Straße", "ÀÉÎÕÜÞ", "×÷µÿ", "İstanbul", "ΣΟΦΙΑ", "Ⅻ",
            "abc123", "K2", "ǅ", "ÖSTERREICHS"})
    void lowerCasesAsTheRootLocale(String word) {
        assertThat(ArticleView.lowerCase(word)).isEqualTo(word.toLowerCase(Locale.ROOT));
    }

    @Test
    void lowerCasesEveryLatin1CharacterAsTheRootLocale() {
        for (char c = 0; c < 0x100; c++) {
            String word = "a" + c + "B" + c;
            assertThat(ArticleView.lowerCase(word)).as("U+%04X", (int) c).isEqualTo(word.toLowerCase(Locale.ROOT));
        }
    }

    @ParameterizedTest
    @MethodSource("unusualTexts")
    void matchesTheReferenceExpression(String text) {
        assertThat(tokens(text)).isEqualTo(reference(text));
    }

    static Stream<String> unusualTexts() {
        String alphabet = "aZ9١²ⅫÄß.:/ \t\n\u000B\f\r\u00A0\u2009-,„“\u0301\uD835\uDC00\uD83D\uDE00x\u2028%";
        Random random = new Random(6);
        List<String> texts = new ArrayList<>(List.of("", " ", "e\u0301tat 12.", "Ⅻ. Parteitag", "١٢:٣٠", "😀 Emoji",
                "Berlin\u00A0(dpa)", "x\uD800"));
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(24);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        return texts.stream();
    }

    private static List<Tok> tokens(String text) {
        List<Tok> out = new ArrayList<>();
        ArticleView.tokenize(text, out);
        return out;
    }

    private static List<Tok> reference(String text) {
        List<Tok> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            out.add(new Tok(out.size(), m.start(), m.end(), m.group(), m.group().toLowerCase(Locale.ROOT)));
        }
        return out;
    }
}
