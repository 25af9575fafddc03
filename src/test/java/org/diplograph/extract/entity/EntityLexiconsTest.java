package org.diplograph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word lists as the extractors ask them: compound heads by a word's ending, compound blockers. */
class EntityLexiconsTest {
    private static final EntityLexicons LEX = EntityLexicons.get();

    @ParameterizedTest(name = "{0} ends in {1}")
    @CsvSource({
            "Ukrainekrieg, krieg",
            "Ukrainekrieges, krieges",
            "Russlandsanktionen, sanktionen",
            "Nahostkonflikts, konflikts",
            "Gazakrisen, krisen",
            "Trump-Putin-Gipfels, gipfels",
            "Moskaubesuch, besuch",
    })
    void findsTheHeadAClosedCompoundEndsIn(String word, String tail) {
        String text = "Der " + word + " begann.";
        int start = text.indexOf(word);
        String[] tails = LEX.compoundTails(text, start, start + word.length());
        assertThat(Arrays.asList(tails)).contains(tail);
        assertThat(tails).allSatisfy(t -> assertThat(t).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Verhandlungen", "Präsidenten", "Telefonat", "Staaten", "Ab"})
    void offersNoHeadAWordDoesNotEndIn(String word) {
        String[] tails = LEX.compoundTails(word, 0, word.length());
        assertThat(tails).noneMatch(word::endsWith);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "Straße, true",
            "STRASSE, true",
            "Platz, true",
            "Allee, true",
            "Koalition, true",
            "Friedensweg, true",
            "Brücke, true",
            "BRÜCKE, true",
            "Präsident, false",
            "Krieg, false",
            "Gespräche, false",
            "Ministerium, false",
            "Außenminister, false",
            "X, false",
    })
    void blocksCompoundsEndingInAStreetOrInstitution(String lastPart, boolean blocked) {
        assertThat(LEX.blocksCompound(lastPart)).isEqualTo(blocked);
    }
}
