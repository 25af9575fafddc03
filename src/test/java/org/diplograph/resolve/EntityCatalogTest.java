package org.diplograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diplograph.extract.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityCatalogTest {
    private static final EntityCatalog CATALOG = EntityCatalog.bundled();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            PERSON; Vladimir Putin; person/vladimir-putin
            PERSON; Andrij Sybiha; person/andrij-sybiha
            PERSON; Recep Tayyip Erdoğan; person/recep-tayyip-erdogan
            PERSON; Radosław Sikorski; person/radoslaw-sikorski
            COUNTRY; United States; country/united-states
            COUNTRY; People's Republic of China; country/people-s-republic-of-china
            CITY; Washington, D.C.; city/washington-d-c
            ORGANIZATION; Weißes Haus; organization/weisses-haus
            REGION; Naher Osten; region/naher-osten
            CITY; São Tomé; city/sao-tome
            PERSON; Jürgen Müller; person/juergen-mueller
            """)
    void keysAreAsciiSlugsOfTheName(EntityType type, String name, String key) {
        assertThat(EntityCatalog.keyFor(type, name)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Wladimir Putin; person/vladimir-putin
            Selenskyj; ''
            Russland; country/russia
            Vereinigte Staaten; country/united-states
            Vereinigten Staaten; country/united-states
            Türkei; country/turkey
            Weißrussland; country/belarus
            Österreich; country/austria
            Elfenbeinküste; country/ivory-coast
            Nahen Osten; region/middle-east
            Weißen Hauses; organization/executive-office-of-the-president-of-the-united-states
            Pentagon; organization/united-states-department-of-defense
            Kreml; organization/presidential-administration-of-russia
            Kiew; city/kyiv
            """)
    void namesAndAliasesLookUp(String surface, String key) {
        if (key == null || key.isEmpty()) {
            assertThat(CATALOG.lookup(surface)).isEmpty();
        } else {
            assertThat(CATALOG.lookup(surface)).extracting(Entity::key).containsExactly(key);
        }
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = ';', textBlock = """
            '  --Hello,  World!--  '; hello-world
            123 Main St.; 123-main-st
            A-B; a-b
            '---'; ''
            '';  ''
            İstanbul; istanbul
            Ångström-Ølund; angstroem-olund
            Łukasz Żurek; lukasz-zurek
            Über Straße; ueber-strasse
            """)
    void slugsOfAsciiAndOtherNames(String name, String slug) {
        assertThat(EntityCatalog.slug(name == null ? "" : name)).isEqualTo(slug == null ? "" : slug);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = ';', textBlock = """
            Putin; true
            Putins; false
            Peskov; true
            Herzog; true
            ' Lawrow '; true
            von der Leyen; true
            von der  Leyen; true
            der; false
            Präsident; false
            P; false
            '';  false
            """)
    void isSurnameIsAnySurnameAmbiguousOrNot(String word, boolean surname) {
        String w = word == null ? "" : word;
        assertThat(CATALOG.isSurname(w)).isEqualTo(surname);
        assertThat(CATALOG.isSurname(w)).isEqualTo(!CATALOG.personsBySurname(w).isEmpty() || CATALOG.isAmbiguousSurname(w));
    }

    @Test
    void lookUpsCollapseWhitespaceBeforeAnyPreCheck() {
        assertThat(CATALOG.lookup("  Russland ")).extracting(Entity::key).containsExactly("country/russia");
        assertThat(CATALOG.lookup("Vereinigte\n  Staaten")).extracting(Entity::key).containsExactly("country/united-states");
        assertThat(CATALOG.startsName("Vereinigte")).isTrue();
        assertThat(CATALOG.startsName("xq")).isFalse();
        assertThat(CATALOG.maxAliasWords("Vereinigten")).isGreaterThanOrEqualTo(2);
        assertThat(CATALOG.maxAliasWords("xq")).isZero();
    }

    @Test
    void holdsEverySovereignCountryWithItsGermanNameFromTheJdk() {
        long countries = CATALOG.all().stream().filter(e -> e.type() == EntityType.COUNTRY).count();
        assertThat(countries).isGreaterThanOrEqualTo(195);
        for (String iso : new String[] {"DE", "RU", "UA", "US", "TR", "CN", "FR", "IL", "IR"}) {
            String german = Locale.of("", iso).getDisplayCountry(Locale.GERMAN);
            assertThat(CATALOG.lookup(german, EntityType.COUNTRY)).as(german).hasSize(1);
        }
        assertThat(CATALOG.lookup("Hongkong", EntityType.COUNTRY)).as("not sovereign").isEmpty();
    }

    @Test
    void surnamesTransliterationsAndAdjectives() {
        assertThat(CATALOG.personsBySurname("Putin")).extracting(Entity::key).containsExactly("person/vladimir-putin");
        assertThat(CATALOG.personsBySurname("Peskov")).extracting(Entity::key).containsExactly("person/dmitry-peskov");
        assertThat(CATALOG.personsBySurname("Lavrov")).extracting(Entity::key).containsExactly("person/sergey-lavrov");
        assertThat(CATALOG.personsBySurname("Herzog")).isEmpty();
        assertThat(CATALOG.isAmbiguousSurname("Herzog")).isTrue();
        assertThat(CATALOG.countryByAdjective("russischen")).map(Entity::key).contains("country/russia");
        assertThat(CATALOG.countryByAdjective("US-amerikanischem")).map(Entity::key).contains("country/united-states");
        assertThat(CATALOG.countryByAdjective("russischsprachigen")).isEmpty();
        assertThat(CATALOG.standsFor("city/moscow")).contains("country/russia");
        assertThat(CATALOG.standsFor("city/istanbul")).isEmpty();
        assertThat(CATALOG.byEnglishName("Vladimir Putin")).map(Entity::key).contains("person/vladimir-putin");
        assertThat(CATALOG.get("country/russia")).map(Entity::nameDe).contains("Russland");
    }

    @Test
    void everyQidIsAVerifiedOneFromWikidataJson() throws IOException {
        Map<String, String> verified = new HashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/diplograph/resolve/wikidata.json")) {
            assertThat(in).isNotNull();
            for (JsonNode e : new ObjectMapper().readTree(in)) {
                if (e.get("verified").asBoolean() && !e.get("qid").isNull()) {
                    verified.put(e.get("qid").asText(), e.get("name").asText());
                }
            }
        }
        int withQid = 0;
        for (Entity e : CATALOG.all()) {
            if (e.qid() != null) {
                withQid++;
                assertThat(verified).as("QID of %s", e.key()).containsKey(e.qid());
            }
        }
        assertThat(withQid).isGreaterThanOrEqualTo(40);
        assertThat(CATALOG.byEnglishName("Vladimir Putin").orElseThrow().qid()).isEqualTo("Q7747");
        assertThat(CATALOG.byEnglishName("Andrii Sybiha").orElseThrow().qid()).isNull();
        assertThat(CATALOG.byEnglishName("Sergey Lavrov").orElseThrow().qid()).as("no QID from memory").isNull();
        assertThat(CATALOG.get("organization/united-states-department-of-defense").orElseThrow().qid()).isEqualTo("Q11209");
        assertThat(CATALOG.get("organization/presidential-administration-of-russia").orElseThrow().qid()).isEqualTo("Q2060629");
    }

    @Test
    void everyWikidataJsonEntryIsInTheCatalog() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/diplograph/resolve/wikidata.json")) {
            for (JsonNode e : new ObjectMapper().readTree(in)) {
                String type = e.get("type").asText();
                String name = e.get("name").asText();
                if (type.equals("Person") || type.equals("Country")) {
                    assertThat(CATALOG.byEnglishName(name)).as(name).isPresent();
                }
            }
        }
    }
}
