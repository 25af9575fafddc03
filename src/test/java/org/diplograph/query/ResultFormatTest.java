package org.diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.diplograph.QueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultFormatTest {
    private static final ResultTable TABLE = new ResultTable(List.of("call", "sentence", "duration"), List.of(
            Arrays.asList("dgid:call/c1", "Putin, Trump: \"sehr offen\"", "PT1H"),
            Arrays.asList("dgid:call/c2", "erste Zeile\nzweite Zeile", null),
            Arrays.asList("dgid:call/c3", "Tab\there \\ back", "PT50M")));

    @Test
    void csvFollowsRfc4180() {
        assertThat(ResultFormat.CSV.format(TABLE)).isEqualTo(
                "call,sentence,duration\r\n"
                        + "dgid:call/c1,\"Putin, Trump: \"\"sehr offen\"\"\",PT1H\r\n"
                        + "dgid:call/c2,\"erste Zeile\nzweite Zeile\",\r\n"
                        + "dgid:call/c3,Tab\there \\ back,PT50M\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "plain | plain",
            "a,b | '\"a,b\"'",
            "say \"hi\" | '\"say \"\"hi\"\"\"'",
            "'' | ''"})
    void csvFields(String in, String out) {
        assertThat(ResultFormat.csvField(in)).isEqualTo(out);
    }

    @Test
    void csvCarriageReturnIsQuoted() {
        assertThat(ResultFormat.csvField("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(ResultFormat.csvField(null)).isEmpty();
    }

    @Test
    void tsvKeepsEveryRowOnOneLine() {
        String tsv = ResultFormat.TSV.format(TABLE);
        assertThat(tsv).isEqualTo(
                "call\tsentence\tduration\n"
                        + "dgid:call/c1\tPutin, Trump: \"sehr offen\"\tPT1H\n"
                        + "dgid:call/c2\terste Zeile\\nzweite Zeile\t\n"
                        + "dgid:call/c3\tTab\\there \\\\ back\tPT50M\n");
        assertThat(tsv.lines()).hasSize(4).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(3));
    }

    @Test
    void jsonIsAnArrayOfObjectsInColumnOrder() throws Exception {
        String json = ResultFormat.JSON.format(TABLE);
        List<Map<String, String>> rows = new ObjectMapper().readValue(json, new TypeReference<>() { });
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly(Map.entry("call", "dgid:call/c1"),
                Map.entry("sentence", "Putin, Trump: \"sehr offen\""), Map.entry("duration", "PT1H"));
        assertThat(rows.get(1).get("sentence")).isEqualTo("erste Zeile\nzweite Zeile");
        assertThat(rows.get(1)).containsKey("duration");
        assertThat(rows.get(1).get("duration")).isNull();
        assertThat(ResultFormat.JSON.format(new ResultTable(List.of("a"), List.of())).strip()).isEqualTo("[ ]");
    }

    @Test
    void textAlignsColumnsAndFlattensLineBreaks() {
        String text = ResultFormat.TEXT.format(new ResultTable(List.of("name", "qid"), List.of(
                Arrays.asList("Wolodymyr Selenskyj", "Q3874799"),
                Arrays.asList("Ö", null),
                Arrays.asList("zwei\nZeilen", "Q1"))));
        List<String> lines = text.lines().toList();
        assertThat(lines).containsExactly(
                "name                 qid",
                "-------------------  --------",
                "Wolodymyr Selenskyj  Q3874799",
                "Ö",
                "zwei Zeilen          Q1",
                "(3 rows)");
    }

    @Test
    void parseIsCaseInsensitiveAndNamesTheChoices() {
        assertThat(ResultFormat.parse("CSV")).isEqualTo(ResultFormat.CSV);
        assertThat(ResultFormat.parse("json")).isEqualTo(ResultFormat.JSON);
        assertThatThrownBy(() -> ResultFormat.parse("xml")).isInstanceOf(QueryException.class)
                .hasMessage("unknown format 'xml' (available: text, csv, tsv, json)");
    }
}
