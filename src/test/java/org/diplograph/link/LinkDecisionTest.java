package org.diplograph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diplograph.DiplographException;
import org.diplograph.rdf.DG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pure parts: the acceptance rule, the type rules, reading the API's JSON, the review file's cells. */
class LinkDecisionTest {
    private static final TypeRules RULES = TypeRules.bundled();

    static UnlinkedEntity entity(String key, String represents, String... labelsWithLang) {
        List<UnlinkedEntity.Label> labels = new ArrayList<>();
        for (String l : labelsWithLang) {
            int at = l.lastIndexOf('@');
            labels.add(new UnlinkedEntity.Label(l.substring(0, at), l.substring(at + 1)));
        }
        return new UnlinkedEntity(DG.ID_BASE + key, EntityKind.byKey(key.substring(0, key.indexOf('/'))), labels,
                represents);
    }

    /** An item: "Q1|label@de|alias@de,alias2@en|P31a P31b|P27|dissolved". */
    static WikidataItem item(String spec) {
        String[] f = spec.split("\\|", -1);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String l : f[1].split(",")) {
            if (!l.isEmpty()) {
                labels.put(l.substring(l.lastIndexOf('@') + 1), l.substring(0, l.lastIndexOf('@')));
            }
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (String a : f[2].split(",")) {
            if (!a.isEmpty()) {
                aliases.computeIfAbsent(a.substring(a.lastIndexOf('@') + 1), k -> new ArrayList<>())
                        .add(a.substring(0, a.lastIndexOf('@')));
            }
        }
        return new WikidataItem(f[0], labels, Map.of(), aliases, words(f[3]), words(f[4]), f.length > 5 && f[5].equals("dissolved"));
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // entity, represents, labels, items, expected QID or null, reason fragment
                Arguments.of("person/jana-kowalczyk", null, "Jana Kowalczyk@de",
                        List.of("Q1|Jana Kowalczyk@de||Q5||"), "Q1", "instance of Q5 (human)"),
                Arguments.of("person/jana-kowalczyk", null, "Jana Kowalczyk@de",
                        List.of("Q1|JANA KOWALCZYK@en||Q5||"), "Q1", "label 'Jana Kowalczyk' (de)"),
                Arguments.of("person/dmitri-peskow", null, "Dmitri Peskow@de",
                        List.of("Q1|Dmitri Peskow@en|Dmitri  Peskow@de|Q5||"), "Q1", "instance of Q5"),
                Arguments.of("person/dmitri-peskow", null, "Dmitri Peskow@de,Dmitry Peskov@en",
                        List.of("Q1|Dmitry Peskov@en||Q5||", "Q2|Dmitri Peskow@de||Q5||"), null, "ambiguous: 2"),
                Arguments.of("person/anna-berger", null, "Anna Berger@de",
                        List.of("Q1|Anna Berger@de||Q4167410||", "Q2|Anna Berger@de||Q101352||"), null,
                        "is an instance of Q5 (human)"),
                Arguments.of("person/anna-berger", null, "Anna Berger@de",
                        List.of("Q1|Anna Berger@de||Q4167410||", "Q2|Anna Berger@de||Q5||"), "Q2", "Q5"),
                Arguments.of("person/anna-berger", null, "Anna Berger@de",
                        List.of("Q1|Anna Bergerova@de||Q5||"), null, "no candidate's label or alias equals"),
                Arguments.of("person/anna-berger", "Q212", "Anna Berger@de",
                        List.of("Q1|Anna Berger@de||Q5|Q183|"), null, "is not a citizen of Q212"),
                Arguments.of("person/anna-berger", "Q212", "Anna Berger@de",
                        List.of("Q1|Anna Berger@de||Q5|Q183|", "Q2|Anna Berger@de||Q5|Q212|"), "Q2", "Q5"),
                Arguments.of("person/anna-berger", "Q212", "Anna Berger@de",
                        List.of("Q1|Anna Berger@de||Q5||"), "Q1", "Q5"),
                Arguments.of("country/musterland", null, "Musterland@de",
                        List.of("Q1|Musterland@de||Q3624078||"), "Q1", "Q3624078 (sovereign state)"),
                Arguments.of("country/musterland", null, "Musterland@de",
                        List.of("Q1|Musterland@de||Q6256||"), "Q1", "Q6256 (country)"),
                Arguments.of("country/musterland", null, "Musterland@de",
                        List.of("Q1|Musterland@de||Q6256||dissolved"), null, "not dissolved or historical"),
                Arguments.of("country/musterland", null, "Musterland@de",
                        List.of("Q1|Musterland@de||Q6256 Q3024240||"), null, "not dissolved or historical"),
                Arguments.of("country/musterland", null, "Musterland@de",
                        List.of("Q1|Musterland@de||Q5||"), null, "Q3624078 (sovereign state) or Q6256 (country)"),
                Arguments.of("city/musterstadt", null, "Musterstadt@de",
                        List.of("Q1|Musterstadt@de||Q1549591||"), "Q1", "Q1549591 (big city)"),
                Arguments.of("city/musterstadt", null, "Musterstadt@de",
                        List.of("Q1|Musterstadt@de||Q1549591||", "Q2|Musterstadt@en||Q515||"), null, "ambiguous"),
                Arguments.of("city/musterstadt", null, "Musterstadt@de",
                        List.of("Q1|Musterstadt@de||Q3957||"), null, "is an instance of Q515 (city)"),
                Arguments.of("region/naher-osten", null, "Naher Osten@de",
                        List.of("Q1|Nahost@de|Naher Osten@de|Q82794||"), null, "no candidate's label equals"),
                Arguments.of("region/naher-osten", null, "Naher Osten@de",
                        List.of("Q1|Naher Osten@de||Q82794||"), "Q1", "Q82794"),
                Arguments.of("organization/nato", null, "NATO@de",
                        List.of("Q1|NATO@de||Q1127126||"), "Q1", "Q1127126 (military alliance)"),
                Arguments.of("organization/nato", null, "NATO@de",
                        List.of("Q1|NATO@de||Q43229||"), null, "is an instance of"),
                Arguments.of("organization/nato", null, "NATO@de", List.of(), null, "search found nothing"));
    }

    @ParameterizedTest(name = "{0} {2} {3} -> {4}")
    @MethodSource("cases")
    void decides(String key, String represents, String labels, List<String> itemSpecs, String expected, String reason) {
        UnlinkedEntity e = entity(key, represents, labels.split(","));
        List<SearchHit> hits = new ArrayList<>();
        Map<String, WikidataItem> items = new LinkedHashMap<>();
        for (String spec : itemSpecs) {
            WikidataItem it = item(spec);
            items.put(it.qid(), it);
            hits.add(new SearchHit(it.qid(), it.displayLabel(), "", "label", it.displayLabel(), List.of()));
        }
        LinkDecision d = Linker.decide(e, hits, items, RULES);
        assertThat(d.qid()).isEqualTo(expected);
        assertThat(d.reason()).contains(reason);
        assertThat(d.candidates()).hasSize(itemSpecs.size());
    }

    @Test
    void searchResultsInTheDocumentedShapeAreRead() throws IOException {
        JsonNode json = read("wbsearchentities.json");
        List<SearchHit> hits = new ArrayList<>();
        json.path("search").forEach(h -> {
            SearchHit hit = SearchHit.fromJson(h);
            if (hit != null) {
                hits.add(hit);
            }
        });
        assertThat(hits).extracting(SearchHit::qid).containsExactly("Q9900001", "Q9900009");
        assertThat(hits.get(0)).isEqualTo(new SearchHit("Q9900001", "Erika Musterfrau", "fiktive Diplomatin", "label",
                "Erika Musterfrau", List.of()));
        assertThat(hits.get(1).matchType()).isEqualTo("alias");
        assertThat(hits.get(1).aliases()).containsExactly("Erika Musterfrau Stiftung");
    }

    @Test
    void entitiesInTheDocumentedShapeAreRead() throws IOException {
        JsonNode json = read("wbgetentities.json");
        WikidataItem item = WikidataItem.fromJson(json.path("entities").path("Q9900001"));
        assertThat(item.qid()).isEqualTo("Q9900001");
        assertThat(item.labels()).containsEntry("de", "Erika Musterfrau").containsEntry("en", "Erika Musterfrau");
        assertThat(item.aliases()).containsEntry("de", List.of("E. Musterfrau"));
        assertThat(item.displayDescription()).isEqualTo("fictional diplomat");
        assertThat(item.instanceOf()).as("deprecated P31 left out").containsExactly("Q5");
        assertThat(item.citizenship()).containsExactly("Q9900100");
        assertThat(item.dissolved()).as("a 'novalue' P576 is not a dissolution").isFalse();
        assertThat(WikidataItem.fromJson(json.path("entities").path("Q9900404"))).isNull();
        JsonNode trimmed = WikidataClient.trimEntities(json);
        assertThat(trimmed.path("entities").path("Q9900001").path("claims").has("P569")).isFalse();
        assertThat(WikidataItem.fromJson(trimmed.path("entities").path("Q9900001"))).isEqualTo(item);
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = LinkDecisionTest.class.getResourceAsStream(name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void bundledTypeRulesNameTheClassesTheDocsPromise() {
        assertThat(RULES.rules(EntityKind.PERSON)).extracting(TypeRules.Rule::qid).containsExactly("Q5");
        assertThat(RULES.rules(EntityKind.COUNTRY)).extracting(TypeRules.Rule::qid).containsExactly("Q3624078", "Q6256");
        assertThat(RULES.rules(EntityKind.COUNTRY)).allMatch(TypeRules.Rule::notDissolved);
        assertThat(RULES.rules(EntityKind.CITY)).extracting(TypeRules.Rule::qid)
                .contains("Q515", "Q1549591", "Q5119", "Q1637706");
        assertThat(RULES.rules(EntityKind.REGION)).isNotEmpty();
        assertThat(RULES.rules(EntityKind.ORGANIZATION)).isNotEmpty();
        assertThat(RULES.describe("Q4167410")).isEqualTo("Q4167410 (Wikimedia disambiguation page)");
        assertThat(RULES.describe("Q123")).isEqualTo("Q123");
    }

    static Stream<Arguments> badRules() {
        String h = "kind\tqid\tlabel\tcondition";
        return Stream.of(
                Arguments.of(List.of("# no header", "person\tQ5\thuman\t"), ":2: expected the header"),
                Arguments.of(List.of(h, "person\tQ5\thuman"), ":2: expected 4 tab-separated cells"),
                Arguments.of(List.of(h, "person\tP31\tinstance of\t"), ":2: 'P31' is not a Wikidata item id"),
                Arguments.of(List.of(h, "human\tQ5\thuman\t"), ":2: unknown kind 'human'"),
                Arguments.of(List.of(h, "country\tQ6256\tcountry\tif-old"), ":2: unknown condition 'if-old'"),
                Arguments.of(List.of(h, "person\tQ5\thuman\t", "person\tQ5\thuman\t"), ":3: Q5 is listed twice"),
                Arguments.of(List.of("# only comments"), "no header line"));
    }

    @ParameterizedTest
    @MethodSource("badRules")
    void malformedRulesFailNamingTheLine(List<String> lines, String message) {
        assertThatThrownBy(() -> TypeRules.parse(lines)).isInstanceOf(DiplographException.class)
                .hasMessageContaining(TypeRules.RESOURCE).hasMessageContaining(message);
    }

    @Test
    void reviewCellsAreEscapedAndListEveryCandidate() {
        UnlinkedEntity e = entity("person/a-b", null, "A\tB@de");
        LinkDecision d = new LinkDecision(e, null, List.of(
                new Candidate("Q1", "A B", "line\nbreak", List.of("Q5"), true, true),
                new Candidate("Q2", "A B C", "", List.of(), false, false)), "why\\not");
        assertThat(ReviewFile.row(d, RULES)).isEqualTo(DG.ID_BASE + "person/a-b\tA\\tB\t"
                + "Q1 A B – line\\nbreak [Q5 (human)] | Q2 A B C\twhy\\\\not");
    }

    @Test
    void namesCompareIgnoringCaseSpacesAndUnicodeForm() {
        assertThat(Linker.normalize("  Recep\u00A0Tayyip   ERDOĞAN ")).isEqualTo("recep tayyip erdoğan");
        assertThat(Linker.normalize("Erdog\u0306an")).isEqualTo(Linker.normalize("Erdoğan"));
        assertThat(Linker.normalize("Selenskyj")).isNotEqualTo(Linker.normalize("Selenskij"));
    }
}
