package org.diplograph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.diplograph.extract.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countries as {@link CountryExtractor} reports them: "text/KIND/key". */
class CountryExtractorTest {

    static String countries(String sentence) {
        return EntityTestSupport.layer(sentence, Layer.COUNTRIES).stream()
                .map(m -> m.text() + "/" + m.kind() + "/" + m.key())
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Russland und die Ukraine verhandeln in der Türkei.; Russland/NAME/country/russia | Ukraine/NAME/country/ukraine | Türkei/NAME/country/turkey
            Die Rolle Russlands und Chinas wächst.; Russlands/NAME/country/russia | Chinas/NAME/country/people-s-republic-of-china
            Die Vereinigten Staaten und die USA und die US sind dasselbe.; Vereinigten Staaten/NAME/country/united-states | USA/NAME/country/united-states | US/NAME/country/united-states
            Türkiye und Weißrussland und Großbritannien und die VAE.; Türkiye/NAME/country/turkey | Weißrussland/NAME/country/belarus | Großbritannien/NAME/country/united-kingdom | VAE/NAME/country/united-arab-emirates
            Die Russische Föderation und die Volksrepublik China.; Russische Föderation/NAME/country/russia | Volksrepublik China/NAME/country/people-s-republic-of-china
            Holland und Saudi-Arabien und Katar vermitteln.; Holland/NAME/country/netherlands | Saudi-Arabien/NAME/country/saudi-arabia | Katar/NAME/country/qatar
            Der russische Präsident traf den ukrainischen Außenminister.; russische/ADJECTIVE/country/russia | ukrainischen/ADJECTIVE/country/ukraine
            Russische Truppen rückten vor.; Russische/ADJECTIVE/country/russia
            Die US-amerikanische Regierung und die saudi-arabischen Gastgeber.; US-amerikanische/ADJECTIVE/country/united-states | saudi-arabischen/ADJECTIVE/country/saudi-arabia
            Die deutsch-französischen Beziehungen sind eng.; deutsch/ADJECTIVE/country/germany | französischen/ADJECTIVE/country/france
            US-Präsident Donald Trump und die US-Regierung.; US/ADJECTIVE/country/united-states | US/ADJECTIVE/country/united-states
            Im Ukrainekrieg und im Ukraine-Konflikt gibt es Russland-Sanktionen.; Ukraine/ADJECTIVE/country/ukraine | Ukraine/ADJECTIVE/country/ukraine | Russland/ADJECTIVE/country/russia
            Der Iran-Konflikt und die Irankrise beschäftigen Israel.; Iran/ADJECTIVE/country/iran | Iran/ADJECTIVE/country/iran | Israel/NAME/country/israel
            Moskau sagte, man sei bereit.; Moskau/METONYM/country/russia
            Kiew wertete den Schritt als Druck.; Kiew/METONYM/country/ukraine
            Es gab direkte Gespräche zwischen Kiew und Moskau.; Kiew/METONYM/country/ukraine | Moskau/METONYM/country/russia
            Die USA erhöhten den Druck auf Kiew.; USA/NAME/country/united-states | Kiew/METONYM/country/ukraine
            Dazu erklärte Teheran, es werde nicht verhandeln.; Teheran/METONYM/country/iran
            Die Forderungen Moskaus wurden abgelehnt.; Moskaus/METONYM/country/russia
            Das bestätigte der Kreml am Abend.; Kreml/METONYM/country/russia
            Laut Kreml-Berater Juri Uschakow war es offen.; Kreml/METONYM/country/russia
            Eine Ausstellung in Moskau zog Besucher an.; ''
            Der Besuch in Moskau war kurz.; ''
            Trump äußerte sowohl in Moskau als auch in Kiew Enttäuschung.; ''
            Die ukrainische Hauptstadt Kiew wurde angegriffen.; ukrainische/ADJECTIVE/country/ukraine
            Ein Drohnenangriff auf Kiew tötete drei Menschen.; ''
            Er lud Trump nach Moskau ein.; ''
            Der Moskau-Besuch wurde verschoben.; ''
            Die Gespräche in Berlin und Paris verliefen gut.; ''
            Laut der Moscow Times und der Washington Post ist das so.; ''
            Das berichtete der Sender Deutsche Welle.; ''
            Das Telefonat endete um 19:24 Uhr deutscher Zeit.; ''
            Er spricht fließend Deutsch und russische Sprache.; ''
            Israel Katz drohte mit Vergeltung.; ''
            Die Jamaika-Koalition zerbrach.; ''
            Die Lateinamerika-Reise und Südamerika-Politik.; ''
            """)
    void findsCountries(String sentence, String expected) {
        assertThat(countries(sentence)).isEqualTo(expected == null ? "" : expected);
    }
}
