package org.diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled queries on fixture.trig: what an analyst sees for each question. */
class BundledQueryResultsTest {
    private static Dataset ds;
    private final QueryRunner runner = new QueryRunner();

    @BeforeAll
    static void load() {
        ds = FixtureDataset.load();
    }

    @AfterAll
    static void close() {
        ds.close();
    }

    private ResultTable run(String name, Map<String, String> params) {
        return runner.runBundled(ds, name, params);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Iran", "iran", "IRAN", " Iran ", "Q794", "q794", "wd:Q794", "http://www.wikidata.org/entity/Q794"})
    void callsMentioningIranFindTheOneCallWhateverTheSpelling(String topic) {
        ResultTable t = run("calls-mentioning", Map.of("topic", topic));
        assertThat(t.columns()).containsExactly("call", "date", "duration", "status", "ordinal", "participants",
                "topics", "sources");
        assertThat(t.rows()).containsExactly(List.of("dgid:call/c1", "2025-07-03", "PT1H; PT50M", "held", "6",
                "Donald Trump; Vladimir Putin", "Iran; Middle East; Ukraine", "a1; a2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Naher Osten", "middle east", "Q7204", "Nahost"})
    void topicsMatchTheirGermanAndEnglishLabels(String topic) {
        assertThat(run("calls-mentioning", Map.of("topic", topic)).column("call")).containsExactly("dgid:call/c1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Syrien", "Ira", "Q79", "Q7947", "Russland", "Iran\") || true || (\"",
            "Iran\")) } UNION { ?t ?p ?o . FILTER(true"})
    void otherTopicsPartialNamesAndInjectionAttemptsMatchNothing(String topic) {
        assertThat(run("calls-mentioning", Map.of("topic", topic)).rows()).isEmpty();
    }

    @Test
    void callsAboutUkraineAreInDateOrderWithUndatedLast() {
        ResultTable t = run("calls-mentioning", Map.of("topic", "Ukraine"));
        assertThat(t.column("call")).containsExactly("dgid:call/c2", "dgid:call/c1", "dgid:call/c3");
        assertThat(t.column("date")).containsExactly("2025-02-12", "2025-07-03", null);
    }

    @ParameterizedTest
    @CsvSource({
            "Putin, Trump",
            "Trump, Putin",
            "Wladimir Putin, Donald Trump",
            "vladimir putin, DONALD TRUMP",
            "Q7747, Q22686",
            "Q22686, wd:Q7747",
            "Trump, Q7747"})
    void callsBetweenIsOrderFree(String p1, String p2) {
        ResultTable t = run("calls-between", Map.of("person1", p1, "person2", p2));
        assertThat(t.column("call")).containsExactly("dgid:call/c2", "dgid:call/c1");
        assertThat(t.get(0, "ordinal")).isEqualTo("1");
        assertThat(t.get(1, "duration")).isEqualTo("PT1H; PT50M");
        assertThat(t.get(1, "sources")).isEqualTo("a1; a2");
    }

    @ParameterizedTest
    @CsvSource({
            "Macron, Trump",
            "Putin, Putin",
            "Tru, Putin",
            "Uschakow, Putin"})
    void callsBetweenPersonsWhoDidNotSpeakIsEmpty(String p1, String p2) {
        assertThat(run("calls-between", Map.of("person1", p1, "person2", p2)).rows()).isEmpty();
    }

    @Test
    void callsBetweenMacronAndPutinIsTheUndatedCall() {
        ResultTable t = run("calls-between", Map.of("person1", "Putin", "person2", "emmanuel macron"));
        assertThat(t.rows()).containsExactly(java.util.Arrays.asList("dgid:call/c3", null, null, "held", null,
                "Emmanuel Macron; Vladimir Putin", "Ukraine", "a3"));
    }

    @Test
    void timelineListsEveryEventInDateOrderUndatedLast() {
        ResultTable t = run("timeline", Map.of());
        assertThat(t.column("event")).containsExactly("dgid:call/c2", "dgid:round/r2", "dgid:round/r1",
                "dgid:call/c1", "dgid:call/c3");
        assertThat(t.column("type")).containsExactly("call", "round", "round", "call", "call");
        assertThat(t.column("place")).containsExactly(null, null, "Istanbul", null, null);
        assertThat(t.get(3, "topics")).isEqualTo("Iran; Middle East; Ukraine");
    }

    @Test
    void negotiationRounds() {
        ResultTable t = run("negotiation-rounds", Map.of());
        assertThat(t.columns()).containsExactly("round", "date", "place", "parties", "ordinal", "status", "sources");
        assertThat(t.rows()).containsExactly(
                java.util.Arrays.asList("dgid:round/r2", "2025-03", null, "Russia; Ukraine", "1", "held", "a3"),
                java.util.Arrays.asList("dgid:round/r1", "2025-05-16", "Istanbul", "Russia; Ukraine", "1", "held", "a1"));
    }

    @Test
    void conflictsListTheDurationDisagreementAndTheTwoFirstRounds() {
        ResultTable t = run("conflicts", Map.of());
        assertThat(t.columns()).containsExactly("event", "attribute", "value", "sources", "other_reports");
        assertThat(t.rows()).containsExactly(
                List.of("dgid:call/c1", "duration", "PT1H", "a1", "PT50M (a2)"),
                List.of("dgid:call/c1", "duration", "PT50M", "a2", "PT1H (a1)"),
                List.of("dgid:round/r1", "date", "2025-05-16", "a1", "round 1 of the same parties: 2025-03 (dgid:round/r2)"),
                List.of("dgid:round/r2", "date", "2025-03", "a3", "round 1 of the same parties: 2025-05-16 (dgid:round/r1)"));
    }

    @Test
    void personsWithQidRolesAndArticleCounts() {
        ResultTable t = run("persons", Map.of());
        assertThat(t.column("person")).containsExactly("dgid:person/donald-trump", "dgid:person/vladimir-putin",
                "dgid:person/emmanuel-macron", "dgid:person/yuri-ushakov");
        assertThat(t.get(1, "name")).isEqualTo("Vladimir Putin");
        assertThat(t.get(1, "qid")).isEqualTo("Q7747");
        assertThat(t.get(1, "roles")).isEqualTo("Kremlchef; Präsident");
        assertThat(t.get(1, "articles")).isEqualTo("3");
        // No verified QID, no English label: the German name stands in and the QID stays empty.
        assertThat(t.get(3, "name")).isEqualTo("Juri Uschakow");
        assertThat(t.get(3, "qid")).isNull();
        assertThat(t.get(3, "articles")).isEqualTo("1");
    }

    @Test
    void wikidataLinksOnlyForLinkedEntities() {
        ResultTable t = run("wikidata-links", Map.of());
        assertThat(t.column("qid")).containsExactly("Q406", "Q794", "Q159", "Q212", "Q22686", "Q3052772", "Q7747", "Q7204");
        assertThat(t.column("entity")).doesNotContain("dgid:person/yuri-ushakov");
        assertThat(t.get(7, "label")).isEqualTo("Middle East");
        assertThat(t.get(7, "label_de")).isEqualTo("Naher Osten");
        assertThat(t.get(7, "type")).isEqualTo("region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dgid:call/c1", "call/c1", "https://w3id.org/diplograph/id/call/c1",
            "<https://w3id.org/diplograph/id/call/c1>"})
    void sourcesOfAnEventWithTheirEvidenceSentences(String event) {
        ResultTable t = run("sources", Map.of("event", event));
        assertThat(t.column("article")).containsExactly("a1", "a2");
        assertThat(t.get(0, "title")).isEqualTo("Putin und Trump telefonieren, \"sehr offen\"");
        assertThat(t.columns()).containsExactly("article", "title", "published", "sentence_start", "sentence",
                "evidence");
        assertThat(t.get(0, "sentence")).startsWith("Putin und Trump telefonierten am Donnerstag");
        assertThat(t.get(0, "sentence_start")).isEqualTo("0");
        assertThat(t.get(0, "evidence")).isEqualTo("telefonierten [16-29); Donnerstag [33-43)");
        assertThat(t.get(1, "sentence")).isEqualTo("Das Telefonat dauerte 50 Minuten, sagte Uschakow.");
        assertThat(t.get(1, "evidence")).isEqualTo("Telefonat [40-50)");
        assertThat(t.get(1, "published")).isEqualTo("2025-07-04");
    }

    @Test
    void sourcesOfAnEventWithoutEvidenceStillNameTheArticle() {
        ResultTable t = run("sources", Map.of("event", "dgid:call/c3"));
        assertThat(t.column("article")).containsExactly("a3");
        assertThat(t.get(0, "sentence")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dgid:call/c", "c1", "dgid:person/donald-trump"})
    void sourcesOfSomethingElseIsEmpty(String event) {
        assertThat(run("sources", Map.of("event", event)).rows()).isEmpty();
    }
}
