package org.diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.diplograph.QueryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {
    private static final String PREFIXES = """
            PREFIX dg:   <https://w3id.org/diplograph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
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

    @Test
    void missingRequiredParamIsNamedWithItsDescription() {
        assertThatThrownBy(() -> runner.runBundled(ds, "calls-mentioning", Map.of()))
                .isInstanceOf(QueryException.class)
                .hasMessageStartingWith("calls-mentioning: missing parameter 'topic' (a name in any language")
                .hasMessageEndingWith("give it as topic=VALUE");
        assertThatThrownBy(() -> runner.runBundled(ds, "calls-between", Map.of("person1", "Putin", "person2", " ")))
                .isInstanceOf(QueryException.class).hasMessageContaining("missing parameter 'person2'");
    }

    @Test
    void unknownParamIsRefused() {
        assertThatThrownBy(() -> runner.runBundled(ds, "calls-mentioning", Map.of("topic", "Iran", "country", "Iran")))
                .isInstanceOf(QueryException.class)
                .hasMessage("calls-mentioning: unknown parameter 'country' (it takes: topic)");
        assertThatThrownBy(() -> runner.runBundled(ds, "timeline", Map.of("topic", "Iran")))
                .isInstanceOf(QueryException.class)
                .hasMessage("timeline: unknown parameter 'topic' (this query takes no parameters)");
    }

    @Test
    void aParamVariableDeclaresTheParamInAQueryWithoutHeader() {
        String q = PREFIXES + "SELECT ?s WHERE { ?s rdfs:label ?l FILTER(STR(?l) = ?name_param) } ORDER BY ?s";
        ResultTable t = runner.run(ds, "my.rq", q, Map.of("name", "Naher Osten"));
        assertThat(t.rows()).containsExactly(List.of("dgid:region/middle-east"));
        assertThatThrownBy(() -> runner.run(ds, "my.rq", q, Map.of()))
                .isInstanceOf(QueryException.class).hasMessage("my.rq: missing parameter 'name'; give it as name=VALUE");
    }

    @Test
    void aParamVariableInsideAStringDeclaresNothing() {
        String q = PREFIXES + "SELECT ?l WHERE { ?s rdfs:label ?l FILTER(STR(?l) = \"?name_param\") }";
        assertThat(runner.run(ds, "q", q, Map.of()).rows()).isEmpty();
    }

    @Test
    void paramValuesAreLiteralsNotQueryText() {
        String q = PREFIXES + "SELECT ?v WHERE { BIND(?x_param AS ?v) }";
        String nasty = "\" } ; DROP ALL ; SELECT * { ?s ?p ?o } #\n";
        ResultTable t = runner.run(ds, "q", q, Map.of("x", nasty));
        assertThat(t.rows()).containsExactly(List.of(nasty.strip()));
    }

    @Test
    void defaultGraphIsTheUnionAndGraphReachesEachArticle() {
        String union = PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?c dg:duration ?d }";
        assertThat(runner.run(ds, union, Map.of()).rows()).containsExactly(List.of("2"));
        String perGraph = PREFIXES + "SELECT ?g ?d WHERE { GRAPH ?g { ?c dg:duration ?d } } ORDER BY ?g";
        assertThat(runner.run(ds, perGraph, Map.of()).rows())
                .containsExactly(List.of("dga:a1", "PT1H"), List.of("dga:a2", "PT50M"));
    }

    @Test
    void askAndConstructAreTables() {
        assertThat(runner.run(ds, PREFIXES + "ASK { ?s a dg:PhoneCall }", Map.of()).rows())
                .containsExactly(List.of("true"));
        ResultTable t = runner.run(ds, PREFIXES
                + "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a dg:Region ; rdfs:label ?l }", Map.of());
        assertThat(t.columns()).containsExactly("subject", "predicate", "object");
        assertThat(t.rows()).containsExactly(List.of("dgid:region/middle-east", "rdfs:label", "Middle East"),
                List.of("dgid:region/middle-east", "rdfs:label", "Naher Osten"));
    }

    @Test
    void parseErrorsAreQueryExceptionsNamingTheSource() {
        assertThatThrownBy(() -> runner.run(ds, "broken.rq", "SELECT ?s WHERE { ?s ?p }", Map.of()))
                .isInstanceOf(QueryException.class)
                .hasMessageStartingWith("broken.rq: the query does not parse: ");
    }

    @Test
    void unboundValuesAreNull() {
        ResultTable t = runner.run(ds, PREFIXES + "SELECT ?x ?y WHERE { BIND(1 AS ?x) }", Map.of());
        assertThat(t.rows()).containsExactly(java.util.Arrays.asList("1", null));
    }

    @Test
    void irisAreShortenedWithKnownAndQueryPrefixes() {
        var render = new QueryRunner.NodeRenderer(Map.of("dgid", "https://w3id.org/diplograph/id/",
                "ex", "http://example.org/a/", "exb", "http://example.org/a/b/"));
        assertThat(render.render(NodeFactory.createURI("https://w3id.org/diplograph/id/person/vladimir-putin")))
                .isEqualTo("dgid:person/vladimir-putin");
        assertThat(render.render(NodeFactory.createURI("http://example.org/a/b/c"))).isEqualTo("exb:c");
        assertThat(render.render(NodeFactory.createURI("http://other.org/x"))).isEqualTo("http://other.org/x");
        assertThat(render.render(NodeFactory.createURI("http://example.org/a/"))).isEqualTo("http://example.org/a/");
        assertThat(render.render(NodeFactory.createLiteralLang("Wladimir Putin", "de"))).isEqualTo("Wladimir Putin");
        String q = "PREFIX my: <https://w3id.org/diplograph/id/country/>\n"
                + "SELECT ?c WHERE { ?c a <https://w3id.org/diplograph/ontology#Country> } ORDER BY ?c";
        assertThat(runner.run(ds, q, Map.of()).column("c")).containsExactly("my:iran", "my:russia", "my:ukraine");
    }

    @Test
    void timeoutMustBePositive() {
        assertThatThrownBy(() -> new QueryRunner(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new QueryRunner().timeout()).isEqualTo(QueryRunner.DEFAULT_TIMEOUT);
    }
}
