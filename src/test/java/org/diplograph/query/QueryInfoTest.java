package org.diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.diplograph.QueryException;
import org.junit.jupiter.api.Test;

class QueryInfoTest {

    @Test
    void readsTitleDescriptionContinuationAndParams() {
        String text = """
                # title: Calls mentioning a topic
                # description: Every phone call whose topics include
                #   the given country.
                # param: topic  a name in any language (Iran, Naher Osten) or a QID (Q794)
                # param: limit_n how many
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                # param: ignored  comments after the header are not part of it
                SELECT * WHERE { ?s ?p ?o }
                """;
        QueryInfo info = QueryInfo.parse("calls-mentioning", text);
        assertThat(info.title()).isEqualTo("Calls mentioning a topic");
        assertThat(info.description()).isEqualTo("Every phone call whose topics include the given country.");
        assertThat(info.params()).containsExactly(
                new QueryInfo.Param("topic", "a name in any language (Iran, Naher Osten) or a QID (Q794)"),
                new QueryInfo.Param("limit_n", "how many"));
        assertThat(info.param("topic").variable()).isEqualTo("topic_param");
        assertThat(info.param("ignored")).isNull();
    }

    @Test
    void aQueryWithoutHeaderIsTitledByItsName() {
        QueryInfo info = QueryInfo.parse("mine", "SELECT * WHERE { ?s ?p ?o }");
        assertThat(info.title()).isEqualTo("mine");
        assertThat(info.description()).isEmpty();
        assertThat(info.params()).isEmpty();
    }

    @Test
    void badOrDuplicateParamLinesNameFileAndLine() {
        assertThatThrownBy(() -> QueryInfo.parse("q", "# title: x\n# param: 1topic bad name\nSELECT * {}"))
                .isInstanceOf(QueryException.class).hasMessageStartingWith("q.rq:2: ");
        assertThatThrownBy(() -> QueryInfo.parse("q", "# param: a one\n# param: a two\nSELECT * {}"))
                .isInstanceOf(QueryException.class).hasMessage("q.rq:2: param 'a' is declared twice");
    }
}
