package org.diplograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.Layer;
import org.diplograph.extract.MentionKind;
import org.diplograph.extract.entity.EntityTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who surnames and role phrases stand for, and which overlapping mentions survive. */
class EntityResolverTest {

    static List<EntityMention> entities(String text) {
        return EntityTestSupport.layer(text, Layer.ENTITIES);
    }

    /** Resolved persons as "text=key" ("?" for unresolved). */
    static String persons(String text) {
        return entities(text).stream().filter(m -> m.type() == EntityType.PERSON)
                .map(m -> m.text() + "=" + (m.key() == null ? "?" : m.key()))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            US-Präsident Donald Trump rief an. Der US-Präsident sprach eine Stunde.; Donald Trump=person/donald-trump | US-Präsident=person/donald-trump
            Putin sprach mit Trump. Dabei gratulierte der Kremlchef dem US-Präsidenten.; Putin=person/vladimir-putin | Trump=person/donald-trump | Kremlchef=person/vladimir-putin | US-Präsidenten=person/donald-trump
            Kreml-Berater Juri Uschakow sagte das. Später erklärte der Kremlberater mehr.; Juri Uschakow=person/yuri-ushakov | Kremlberater=person/yuri-ushakov
            Der US-Präsident sprach eine Stunde.; ''
            Der Kremlchef sagte, er sei bereit. Trump lobte das.; Trump=person/donald-trump
            Außenminister Andrij Sybiha warnte. Sybiha sagte außerdem, es eile.; Andrij Sybiha=person/andrii-sybiha | Sybiha=person/andrii-sybiha
            Regierungssprecherin Anna Bergmann sprach. Bergmann sagte, es bleibe dabei.; Anna Bergmann=person/anna-bergmann | Bergmann=person/anna-bergmann
            Bergmann sagte das. Später bestätigte Regierungssprecherin Anna Bergmann es.; Bergmann=person/anna-bergmann | Anna Bergmann=person/anna-bergmann
            Anna Bergmann und Peter Bergmann kamen. Bergmann sagte nichts.; Anna Bergmann=person/anna-bergmann | Peter Bergmann=person/peter-bergmann | Bergmann=?
            Donald Trump und Melania Trump reisten. Trump sagte etwas.; Donald Trump=person/donald-trump | Melania Trump=person/melania-trump | Trump=?
            Der Herzog von Sussex kam nicht.; ''
            Isaac Herzog empfing Gäste. Herzog sagte, es sei ein guter Tag.; Isaac Herzog=person/isaac-herzog | Herzog=person/isaac-herzog
            Putin und Selenskyj sprachen. Der Präsident sagte nichts.; Putin=person/vladimir-putin | Selenskyj=person/volodymyr-zelenskyy
            Selenskyj sprach mit Trump. Der ukrainische Präsident forderte Waffen.; Selenskyj=person/volodymyr-zelenskyy | Trump=person/donald-trump | Präsident=person/volodymyr-zelenskyy
            Macron und Putin telefonierten. Russlands Präsident sagte, er sei offen.; Macron=person/emmanuel-macron | Putin=person/vladimir-putin | Präsident=person/vladimir-putin
            Juri Uschakow sprach. Laut dem Präsidentenberater war das Gespräch gut.; Juri Uschakow=person/yuri-ushakov | Präsidentenberater=person/yuri-ushakov
            Die beiden Präsidenten Trump und Putin sprachen.; Trump=person/donald-trump | Putin=person/vladimir-putin
            """)
    void resolvesPersons(String text, String expected) {
        assertThat(persons(text)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void keepsTheCountryPrefixBesideThePerson() {
        List<EntityMention> e = entities("US-Präsident Donald Trump telefonierte.");
        assertThat(e).extracting(EntityMention::text, EntityMention::type, EntityMention::kind, EntityMention::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("US", EntityType.COUNTRY, MentionKind.ADJECTIVE, "country/united-states"),
                        org.assertj.core.groups.Tuple.tuple("Donald Trump", EntityType.PERSON, MentionKind.NAME, "person/donald-trump"));
        assertThat(e.get(1).role()).isEqualTo("US-Präsident");
        assertThat(e.get(1).represents()).isEqualTo("country/united-states");
    }

    @Test
    void theKremlIsBothAnOrganizationAndRussia() {
        List<EntityMention> e = entities("Das bestätigte der Kreml.");
        assertThat(e).extracting(EntityMention::key)
                .containsExactlyInAnyOrder("organization/presidential-administration-of-russia", "country/russia");
    }

    @Test
    void aNameInsideAnotherNameGoes() {
        assertThat(entities("Israel Katz drohte.")).extracting(EntityMention::key).containsExactly("person/israel-katz");
        assertThat(entities("Die Washington Post berichtete.")).extracting(EntityMention::key)
                .containsExactly("organization/the-washington-post");
    }

    @Test
    void theCountryInsideAnOrganizationNameStays() {
        assertThat(entities("Das US-Verteidigungsministerium schwieg.")).extracting(EntityMention::key)
                .containsExactly("organization/united-states-department-of-defense", "country/united-states");
    }

    @Test
    void resultsAreInTextOrder() {
        List<EntityMention> e = entities("In Istanbul trafen Russland und die Ukraine zusammen; Putin fehlte, Selenskyj auch.");
        assertThat(e).extracting(EntityMention::text)
                .containsExactly("Istanbul", "Russland", "Ukraine", "Putin", "Selenskyj");
        for (int i = 1; i < e.size(); i++) {
            assertThat(e.get(i).start()).isGreaterThanOrEqualTo(e.get(i - 1).start());
        }
    }
}
