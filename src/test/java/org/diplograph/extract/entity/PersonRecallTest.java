package org.diplograph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.Layer;
import org.diplograph.extract.MentionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Persons the catalog does not know, found the way German news introduces them: after a job title
 * ("Handelsminister German Gref", "FDP-Chef"), after an honorific ("Herr Willemsen"), by a first
 * name ("Heidi Klum"), as the speaker a reporting verb names ("…, sagte Barghuti.") or as the
 * surname of a person named in full earlier. And what must not become a person: countries,
 * common nouns, organizations and works named after people. Persons as the resolver leaves them:
 * "text=key" for each person mention with a key, in text order.
 */
class PersonRecallTest {

    static String persons(String text) {
        return EntityTestSupport.layer(text, Layer.ENTITIES).stream()
                .filter(m -> m.type() == EntityType.PERSON && m.kind() != MentionKind.ROLE && m.key() != null)
                .map(m -> m.text() + "=" + m.key())
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Der Handelsbeauftragte Jamieson Greer sagte, die Verhandlungen kämen voran.; Jamieson Greer=person/jamieson-greer
            Der FDP-Chef Christian Lindner lehnte den Vorschlag ab.; Christian Lindner=person/christian-lindner
            Die Korrespondentin Bettina Stark-Watzinger reiste nach Paris.; Bettina Stark-Watzinger=person/bettina-stark-watzinger
            Der Fußball-Experte Sammer lehnte jede Stellungnahme ab.; Sammer=person/sammer
            Der Handelsbeauftragte Greer sagte, die Zölle würden sinken.; Greer=person/greer
            Die Gespräche seien konstruktiv gewesen, sagte Barghuti.; Barghuti=person/barghuti
            Die Lage bleibt angespannt, so Haddad.; Haddad=person/haddad
            „Wir sind bereit“, sagte Lamy am Montag in Genf.; Lamy=person/lamy
            Herr Willemsen, wo wird mehr gelogen?; Willemsen=person/willemsen
            Auf seinen Sohn Tobias muss der Trainer verzichten.; Tobias=person/tobias
            Heidi Klum bleibt noch ein paar Jahre die Herrin der Model-Suche.; Heidi Klum=person/heidi-klum
            Dean Whitehead und Grant Leadbitter wurden im Sommer verkauft.; Dean Whitehead=person/dean-whitehead | Grant Leadbitter=person/grant-leadbitter
            Chinas Außenamtssprecher Wang Wenbin sagte, Peking sei besorgt.; Wang Wenbin=person/wang-wenbin
            Der omanische Außenminister Badr al-Bussaidi vermittelte zwischen Washington und Teheran.; Badr al-Bussaidi=person/badr-al-bussaidi
            Der Sondergesandte Keith Kellogg traf in Kiew ein. Kellogg sagte, die Ukraine brauche Garantien.; Keith Kellogg=person/keith-kellogg | Kellogg=person/keith-kellogg
            Die Sprecherin Anna Bergmann bestätigte den Termin. Bergmanns Angaben zufolge dauerte es eine Stunde.; Anna Bergmann=person/anna-bergmann | Bergmanns=person/anna-bergmann
            Der ungarische Außenminister Péter Szijjártó telefonierte mit Lawrow.; Péter Szijjártó=person/peter-szijjarto | Lawrow=person/sergey-lavrov
            Der Stürmer Robert Lewandowski traf zweimal.; Robert Lewandowski=person/robert-lewandowski
            Der Autor Navid Kermani las in Frankfurt.; Navid Kermani=person/navid-kermani
            Thailands Premierministerin Paetongtarn Shinawatra telefonierte mit Hun Manet.; Paetongtarn Shinawatra=person/paetongtarn-shinawatra
            Der Delegationsleiter Rustam Minnekajew traf in Istanbul ein.; Rustam Minnekajew=person/rustam-minnekajew
            Die Generalsekretärin Maja Kocijančič sprach in Brüssel.; Maja Kocijančič=person/maja-kocijancic
            Der Chefunterhändler Oleksandr Bevz nahm an den Gesprächen teil.; Oleksandr Bevz=person/oleksandr-bevz
            Der CDU-Politiker Johann Wadephul kritisierte die Entscheidung.; Johann Wadephul=person/johann-wadephul
            Es gebe keine Fortschritte, erklärte Mirsojew.; Mirsojew=person/mirsojew
            Laut Botschafter Nebensja blockiert der Westen die Lösung.; Nebensja=person/nebensja
            Der Präsident traf seinen Parteikollegen McCain.; McCain=person/mccain
            Zuvor hatte Abgeordnete Agnieszka Brugger gewarnt.; Agnieszka Brugger=person/agnieszka-brugger
            """)
    void findsPersonsTheCatalogDoesNotKnow(String text, String expected) {
        assertThat(persons(text)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Die Gespräche seien schwierig, sagte Ja.
            Die Gespräche seien schwierig, sagte Moskau.
            Die Gespräche seien schwierig, sagte die Regierung.
            Er erzählt Freunden, dass er reisen will.
            Die Verhandlungen in Genf, so Diplomaten, seien festgefahren.
            Die Dave Matthews Band spielte in Berlin.
            Mit mehreren Tony Awards wurde sie ausgezeichnet.
            Der Präsident der Ukraine sprach mit dem Außenminister Deutschlands.
            Der Ukraine-Gipfel in Berlin endete ohne Einigung.
            Am Montag reiste der Außenminister nach Brüssel.
            Die Sprintwertung Frauen gewann eine Norwegerin.
            Vater Staat zahlt die Rechnung.
            Die Außenminister der G7 trafen sich in Kanada.
            Des einzelnen Spielers Halbzug entschied die Partie.
            Die Vertraute Merkels schwieg dazu.
            Der Sprecher Amnesty International forderte Aufklärung.
            Der Minister Wahlkampf ist vorbei.
            Dank Außenminister Russlands kam das Treffen zustande.
            Mutters Name ist unbekannt.
            Im Mai sagte Nein die Mehrheit der Abgeordneten.
            Der Kanzler sagte Mitte Juni, er reise nach Washington.
            Seine Kritiker werfen ihm Untätigkeit vor.
            Die Präsidentschaftswahl in Polen entschied die Stichwahl.
            """)
    void findsNoPersonIn(String text) {
        assertThat(persons(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Der Handelsbeauftragte Jamieson Greer sagte das.; Jamieson Greer; Handelsbeauftragte
            Der FDP-Chef Christian Lindner lehnte ab.; Christian Lindner; FDP-Chef
            Die Korrespondentin Bettina Stark-Watzinger reiste ab.; Bettina Stark-Watzinger; Korrespondentin
            Der Fußball-Experte Sammer lehnte ab.; Sammer; Fußball-Experte
            """)
    void keepsTheJobTitleAsRole(String text, String name, String role) {
        EntityMention m = EntityTestSupport.layer(text, Layer.PERSONS).stream()
                .filter(p -> p.text().equals(name)).findFirst().orElseThrow();
        assertThat(m.role()).isEqualTo(role);
    }

    @Test
    void aRelationIsNoJobTitle() {
        EntityMention m = EntityTestSupport.layer("Auf seinen Sohn Tobias muss er verzichten.", Layer.PERSONS).stream()
                .filter(p -> p.text().equals("Tobias")).findFirst().orElseThrow();
        assertThat(m.role()).isNull();
    }

    @Test
    void aNameTheCatalogDoesNotKnowGetsNoWikidataLink() {
        String key = EntityTestSupport.layer("Der Autor Navid Kermani las in Frankfurt.", Layer.ENTITIES).stream()
                .filter(p -> p.text().equals("Navid Kermani")).findFirst().orElseThrow().key();
        assertThat(key).isEqualTo("person/navid-kermani");
        assertThat(EntityTestSupport.CATALOG.get(key)).isEmpty(); // so no Wikidata link is written for it
    }

    @Test
    void titlesMatchTheEndOfAWordWithItsEndings() {
        assertThat(EntityRoles.title("Handelsbeauftragten", false)).isEqualTo(new EntityRoles.Title("Handelsbeauftragte", true, false));
        assertThat(EntityRoles.title("Korrespondentin", false).base()).isEqualTo("Korrespondentin");
        assertThat(EntityRoles.title("Kollegen", false)).isEqualTo(new EntityRoles.Title("Kollege", false, true));
        assertThat(EntityRoles.title("Chef", false)).isNull();
        assertThat(EntityRoles.title("Chef", true)).isNotNull();
        assertThat(EntityRoles.title("Spielers", false)).isNull();
        assertThat(EntityRoles.title("Putin", false)).isNull();
        assertThat(EntityRoles.commonNoun("Verhandlung")).isTrue();
        assertThat(EntityRoles.commonNoun("Jung")).isFalse();
    }
}
