package org.diplograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How far a longest-match scan must look ahead from a first word: the entity extractors stop
 * there, so a bound that is too small would silently lose names.
 */
class EntityCatalogLookAheadTest {
    private static final EntityCatalog CATALOG = EntityCatalog.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Ursula, 4
            Vereinigte, 2
            Russland, 1
            Weißen, 2
            """)
    void namesStartingWithAWord(String firstWord, int atLeast) {
        assertThat(CATALOG.maxAliasWords(firstWord)).isGreaterThanOrEqualTo(atLeast);
    }

    @Test
    void noNameStartsWithAnUnknownWord() {
        assertThat(CATALOG.maxAliasWords("Zwiebelkuchen")).isZero();
        assertThat(CATALOG.maxSurnameWords("Zwiebelkuchen")).isZero();
    }

    @Test
    void surnamesWithParticles() {
        assertThat(CATALOG.maxSurnameWords("von")).isGreaterThanOrEqualTo(3); // von der Leyen
        assertThat(CATALOG.maxSurnameWords("Putin")).isEqualTo(1);
    }

    @Test
    void everyAliasFitsTheBoundOfItsFirstWord() {
        for (Entity e : CATALOG.all()) {
            for (String alias : e.aliases()) {
                assertThat(CATALOG.maxAliasWords(leadingWord(alias)))
                        .as("look-ahead for '%s'", alias).isGreaterThanOrEqualTo(tokens(alias));
            }
            for (String surname : CATALOG.surnames(e.key())) {
                assertThat(CATALOG.maxSurnameWords(leadingWord(surname)))
                        .as("look-ahead for surname '%s'", surname).isGreaterThanOrEqualTo(tokens(surname));
            }
        }
    }

    private static String leadingWord(String s) {
        int k = 0;
        while (k < s.length() && Character.isLetterOrDigit(s.charAt(k))) {
            k++;
        }
        return s.substring(0, Math.max(k, Math.min(1, s.length())));
    }

    /** Tokens as the entity extractors split them: letter/digit runs and single other characters. */
    private static int tokens(String s) {
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                n++;
                while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
            } else {
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    n++;
                }
                i++;
            }
        }
        return n;
    }
}
