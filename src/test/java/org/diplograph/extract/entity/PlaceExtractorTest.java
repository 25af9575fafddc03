package org.diplograph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.diplograph.extract.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cities, regions and organizations as {@link PlaceExtractor} reports them: "text/TYPE/key". */
class PlaceExtractorTest {

    static String places(String sentence) {
        return EntityTestSupport.layer(sentence, Layer.PLACES).stream()
                .map(m -> m.text() + "/" + m.type() + "/" + m.key())
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Die Delegationen trafen sich in Istanbul.; Istanbul/CITY/city/istanbul
            Die Gespräche in Riad und Dschidda sowie in Genf.; Riad/CITY/city/riyadh | Dschidda/CITY/city/jeddah | Genf/CITY/city/geneva
            Trump reiste nach Anchorage in Alaska.; Anchorage/CITY/city/anchorage | Alaska/REGION/region/alaska
            Eine Ausstellung in Moskau zog Besucher an.; Moskau/CITY/city/moscow
            Moskau sagte, man sei bereit.; ''
            Es gab Gespräche zwischen Kiew und Moskau.; ''
            Die Lage im Nahen Osten und im Gazastreifen ist ernst.; Nahen Osten/REGION/region/middle-east | Gazastreifen/REGION/region/gaza-strip
            Der Nahostkonflikt und der Nahost-Gipfel.; Nahost/REGION/region/middle-east | Nahost/REGION/region/middle-east
            Russland annektierte die Krim und Teile des Donbass.; Krim/REGION/region/crimea | Donbass/REGION/region/donbas
            Der Nato-Gipfel in Den Haag und die NATO.; Nato/ORGANIZATION/organization/nato | Den Haag/CITY/city/the-hague | NATO/ORGANIZATION/organization/nato
            Die EU und die Vereinten Nationen mahnten.; EU/ORGANIZATION/organization/european-union | Vereinten Nationen/ORGANIZATION/organization/united-nations
            Das Pentagon bestätigte den Stopp.; Pentagon/ORGANIZATION/organization/united-states-department-of-defense
            Ein Sprecher des Weißen Hauses sagte das.; Weißen Hauses/ORGANIZATION/organization/executive-office-of-the-president-of-the-united-states
            Das Weiße Haus und der Kreml.; Weiße Haus/ORGANIZATION/organization/executive-office-of-the-president-of-the-united-states | Kreml/ORGANIZATION/organization/presidential-administration-of-russia
            Trump schrieb auf Truth Social.; Truth Social/ORGANIZATION/organization/truth-social
            Die Hamas und die Hisbollah drohten.; Hamas/ORGANIZATION/organization/hamas | Hisbollah/ORGANIZATION/organization/hezbollah
            Die Karl-Marx-Straße in Berlin.; Berlin/CITY/city/berlin
            Die Washington Post berichtete.; Washington Post/ORGANIZATION/organization/the-washington-post
            Russland und die Ukraine verhandeln.; ''
            """)
    void findsPlaces(String sentence, String expected) {
        assertThat(places(sentence)).isEqualTo(expected == null ? "" : expected);
    }
}
