package org.diplograph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.diplograph.resolve.EntityCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one-look-up-per-token index must answer exactly as the catalog and word lists do when asked
 * one by one: a word it leaves out would silently lose a person, country or place.
 */
class EntityWordsTest {
    private static final EntityCatalog CATALOG = EntityCatalog.bundled();
    private static final EntityWords WORDS = EntityWords.of(CATALOG);

    private static EntityWords.Word direct(String w) {
        return EntityWords.answers(w, CATALOG, EntityLexicons.get(), WORDS.lastWords);
    }

    /** Every token of every catalog key, each with a genitive s, without its last letter, and capitalised. */
    static Stream<String> catalogWords() {
        Set<String> out = new LinkedHashSet<>();
        for (String key : CATALOG.vocabulary()) {
            for (Token t : EntityTokens.tokenize(key)) {
                if (t.word()) {
                    String w = t.text();
                    out.add(w);
                    out.add(w + "s");
                    out.add(w.substring(0, w.length() - 1) + (w.length() > 1 ? "" : "x"));
                    out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
                }
            }
        }
        return out.stream();
    }

    @Test
    void answersEveryCatalogWordAsTheCatalogDoes() {
        List<String> wrong = catalogWords().filter(w -> !WORDS.get(w).equals(direct(w))).toList();
        assertThat(wrong).isEmpty();
        assertThat(catalogWords().count()).isGreaterThan(1000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Der russische Präsident Wladimir Putin telefonierte am Dienstag mit Donald Trump.
            Nach Uschakows Angaben sprachen Putin und Selenskyj nicht miteinander.
            Die Außenminister der Vereinigten Staaten und Russlands trafen sich in Riad.
            Kremlsprecher Dmitri Peskow sagte, Moskau sei zu Gesprächen bereit.
            Bundeskanzler Friedrich Merz reiste mit Emmanuel Macron nach Kiew.
            Ursula von der Leyen und Mohammed bin Salman sprachen über den Nahen Osten.
            Regierungssprecherin Anna Bergmann bestätigte den Termin im Weißen Haus.
            Jose\u0301 Martí las die Moscow Times in der Karl-Marx-Straße.
            US-amerikanische und saudi-arabische Delegationen berieten über den Ukrainekrieg.
            Kein einziger Name steht in diesem Satz, nur Wörter wie Zwiebelkuchen und Straßenbahn.
            """)
    void answersEveryWordOfASentenceAsTheCatalogDoes(String sentence) {
        List<String> words = new ArrayList<>();
        for (Token t : EntityTokens.tokenize(sentence)) {
            if (t.word()) {
                words.add(t.text());
                // read in the sentence, without the token's text
                assertThat(WORDS.get(sentence, t.start(), t.end())).as(t.text()).isEqualTo(direct(t.text()));
            }
        }
        assertThat(words).allSatisfy(w -> assertThat(WORDS.get(w)).as(w).isEqualTo(direct(w)));
    }

    @Test
    void answersAWordInsideALongerTextAsTheWordAlone() {
        List<String> wrong = catalogWords()
                .filter(w -> !WORDS.get("„" + w + "“", 1, w.length() + 1).equals(direct(w)))
                .toList();
        assertThat(wrong).isEmpty();
    }

    @Test
    void theSketchLetsEveryKnownWordThroughAsAPrefix() {
        // a false "no" would hide a name inside a compound ("Ukraine|krieg") or an adjective
        List<String> missed = catalogWords()
                .filter(w -> WORDS.get(w) != EntityWords.NONE)
                .filter(w -> !WORDS.mayKnowPrefix("(" + w + "krieges)", 1, w.length()))
                .toList();
        assertThat(missed).isEmpty();
        assertThat(WORDS.mayKnowPrefix("Zwiebelkuchen", 0, "Zwiebelkuchen".length())).isFalse();
    }

    @Test
    void knowsNamesFirstAndLastWordsAndTheGenitive() {
        assertThat(WORDS.get("Wladimir").startsName()).isTrue();
        assertThat(WORDS.get("Putin").surname()).isTrue();
        assertThat(WORDS.get("Putins").surnameBare()).isTrue();
        assertThat(WORDS.get("Staaten").endsName()).isTrue();
        assertThat(WORDS.get("Russlands").startsNameBare()).isTrue();
        assertThat(WORDS.get("russischen").adjective()).isNotNull();
        assertThat(WORDS.get("Präsidenten").role()).isNotNull();
        assertThat(WORDS.get("Zwiebelkuchen")).isSameAs(EntityWords.NONE);
        assertThat(WORDS.get("und")).isSameAs(EntityWords.NONE);
    }
}
