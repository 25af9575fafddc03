package org.diplograph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.diplograph.extract.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Persons as {@link PersonExtractor} reports them, before resolution: "text/KIND/key/role/represents". */
class PersonExtractorTest {

    static String persons(String sentence) {
        return EntityTestSupport.layer(sentence, Layer.PERSONS).stream()
                .map(m -> m.text() + "/" + m.kind() + "/" + (m.key() == null ? "?" : m.key())
                        + (m.role() == null ? "" : "/" + m.role() + "/" + (m.represents() == null ? "-" : m.represents())))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            US-Präsident Donald Trump hat mit Putin telefoniert.; Donald Trump/NAME/person/donald-trump/US-Präsident/country/united-states | Putin/SURNAME/person/vladimir-putin
            Der russische Präsident Wladimir Putin empfing ihn.; Wladimir Putin/NAME/person/vladimir-putin/Präsident/country/russia
            Außenminister Andrij Sybiha warnte vor Verzögerungen.; Andrij Sybiha/NAME/person/andrii-sybiha/Außenminister/-
            Kremlsprecher Dmitri Peskow sagte am Montag nichts dazu.; Dmitri Peskow/NAME/person/dmitry-peskov/Kremlsprecher/country/russia
            Kremlsprecher Dmitry Peskov sagte das.; Dmitry Peskov/NAME/person/dmitry-peskov/Kremlsprecher/country/russia
            Regierungssprecher Stefan Kornelius bestätigte den Termin.; Stefan Kornelius/NAME/person/stefan-kornelius/Regierungssprecher/-
            Regierungssprecherin Anna Bergmann bestätigte den Termin.; Anna Bergmann/NAME/person/anna-bergmann/Regierungssprecher/-
            Der Sondergesandte Steve Witkoff reiste nach Moskau.; Steve Witkoff/NAME/person/steve-witkoff/Sondergesandte/-
            Frankreichs Präsident Macron telefonierte mit Putin.; Macron/SURNAME/person/emmanuel-macron/Präsident/country/france | Putin/SURNAME/person/vladimir-putin
            Laut Ushakov war das Gespräch offen.; Ushakov/SURNAME/person/yuri-ushakov
            Nach Uschakows Angaben dauerte es eine Stunde.; Uschakows/SURNAME/person/yuri-ushakov
            Kreml enthüllt Inhalt des Putin-Trump-Gesprächs; Putin/SURNAME/person/vladimir-putin | Trump/SURNAME/person/donald-trump
            Die Trump-Regierung stoppte Waffenlieferungen.; Trump/SURNAME/person/donald-trump
            Selenskyj und Selenskij und Zelensky sind eine Person.; Selenskyj/SURNAME/person/volodymyr-zelenskyy | Selenskij/SURNAME/person/volodymyr-zelenskyy | Zelensky/SURNAME/person/volodymyr-zelenskyy
            Wladimir Medinski und Rustem Umjerow leiteten die Delegationen.; Wladimir Medinski/NAME/person/vladimir-medinsky | Rustem Umjerow/NAME/person/rustem-umerov
            Der Unterhändler Wladimir Medinskij kam aus Moskau.; Wladimir Medinskij/NAME/person/vladimir-medinsky/Unterhändler/-
            Andrij Jermak und Andriy Yermak sind dieselbe Person.; Andrij Jermak/NAME/person/andriy-yermak | Andriy Yermak/NAME/person/andriy-yermak
            Sergej Lawrow traf Marco Rubio in Riad.; Sergej Lawrow/NAME/person/sergey-lavrov | Marco Rubio/NAME/person/marco-rubio
            Der türkische Präsident Recep Tayyip Erdoğan lud ein.; Recep Tayyip Erdoğan/NAME/person/recep-tayyip-erdogan/Präsident/country/turkey
            EU-Kommissionspräsidentin Ursula von der Leyen reiste an.; Ursula von der Leyen/NAME/person/ursula-von-der-leyen/EU-Kommissionspräsident/organization/european-union
            Der Plan von der Leyens wurde abgelehnt.; von der Leyens/SURNAME/person/ursula-von-der-leyen
            Kronprinz Mohammed bin Salman empfing die Delegation.; Mohammed bin Salman/NAME/person/mohammed-bin-salman/Kronprinz/-
            Der Kremlchef sagte, er sei bereit.; Kremlchef/ROLE/?/Kremlchef/country/russia
            Gratulation an den US-Präsidenten zum Feiertag.; US-Präsidenten/ROLE/?/US-Präsident/country/united-states
            Wie der ukrainische Präsident mitteilte, bleibt es dabei.; Präsident/ROLE/?/Präsident/country/ukraine
            Russlands Präsident begrüßte die Entscheidung.; Präsident/ROLE/?/Präsident/country/russia
            Die beiden Präsidenten sprachen eine Stunde.; ''
            Der frühere Präsident kritisierte das.; ''
            Unser Präsident sagte, Russland werde siegen.; ''
            Die Präsidenten diskutierten die Lage.; ''
            Wie die Moscow Times berichtete, ist das so.; ''
            Die Karl-Marx-Straße wurde gesperrt.; ''
            Laut Financial Times und Wall Street Journal gab es ein Telefonat.; ''
            Die Friedrich-Ebert-Stiftung lud ein.; ''
            Der Herzog von Sussex kam nicht.; Herzog/SURNAME/?
            Das Weiße Haus äußerte sich nicht.; ''
            Am Montag reiste Melania Trump nach Paris.; Melania Trump/NAME/person/melania-trump
            Israel Katz drohte dem Iran.; Israel Katz/NAME/person/israel-katz
            Bundesrat Hans-Rudolf Merz war dagegen.; Hans-Rudolf Merz/NAME/person/hans-rudolf-merz
            Das Treffen mit Papst Leo XIV. fand im Mai statt.; Leo XIV/NAME/person/pope-leo-xiv/Papst/country/vatican-city
            Zuvor hatte Johannes Paul II. den Vatikan geführt.; ''
            Der Berater des russischen Staatschefs, Juri Uschakow, sagte das.; Staatschefs/ROLE/?/Staatschef/country/russia | Juri Uschakow/NAME/person/yuri-ushakov
            Das Gespräch zwischen den russischen und US-Präsidenten Wladimir Putin und Donald Trump endete.; Wladimir Putin/NAME/person/vladimir-putin | Donald Trump/NAME/person/donald-trump
            """)
    void findsPersons(String sentence, String expected) {
        assertThat(persons(sentence)).isEqualTo(expected == null ? "" : expected);
    }
}
