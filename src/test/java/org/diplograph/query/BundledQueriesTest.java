package org.diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.QueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledQueriesTest {

    static List<String> names() {
        return BundledQueries.names();
    }

    @Test
    void shipsTheDocumentedQueries() {
        assertThat(BundledQueries.names()).contains("calls-mentioning", "calls-between", "timeline",
                "negotiation-rounds", "persons", "sources", "wikidata-links", "conflicts");
    }

    @Test
    void classpathHoldsExactlyTheFilesOfTheQueriesFolder() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .forEach(f -> onDisk.add(f.substring(0, f.length() - 3)));
        }
        assertThat(BundledQueries.names()).containsExactlyElementsOf(onDisk);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyBundledQueryParses(String name) {
        Query q = QueryFactory.create(BundledQueries.load(name));
        assertThat(q.isSelectType()).as(name + " is a SELECT").isTrue();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyBundledQueryAnswersAnEmptyStoreWithNoRowsAndNoError(String name) {
        QueryInfo info = BundledQueries.info(name);
        assumeTrue(info.params().stream().noneMatch(p -> p.name().equals("endpoint")), "federated: needs the network");
        // (Jena 6.0's TDB2 fails on a multi-pattern match that receives no rows; a fresh store is where it shows)
        Map<String, String> params = info.params().stream().collect(Collectors.toMap(QueryInfo.Param::name, p -> "x"));
        Dataset ds = TDB2Factory.connectDataset(Location.mem());
        try {
            assertThat(new QueryRunner().runBundled(ds, name, params).rows()).isEmpty();
        } finally {
            ds.close();
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyBundledQueryHasATitleAndADescription(String name) {
        QueryInfo info = BundledQueries.info(name);
        assertThat(info.title()).isNotEqualTo(name).isNotBlank();
        assertThat(info.description()).hasSizeGreaterThan(30);
        assertThat(info.params()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("names")
    void headerParamsAreExactlyTheParamVariables(String name) {
        String text = BundledQueries.load(name);
        String body = text.lines().filter(l -> !l.strip().startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\?([A-Za-z0-9]+)_param\\b").matcher(body);
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> declared = new TreeSet<>();
        BundledQueries.info(name).params().forEach(p -> declared.add(p.name()));
        assertThat(used).as(name).isEqualTo(declared);
    }

    @Test
    void paramsOfTheParameterisedQueries() {
        assertThat(BundledQueries.info("calls-mentioning").params()).extracting(QueryInfo.Param::name)
                .containsExactly("topic");
        assertThat(BundledQueries.info("calls-between").params()).extracting(QueryInfo.Param::name)
                .containsExactly("person1", "person2");
        assertThat(BundledQueries.info("sources").params()).extracting(QueryInfo.Param::name)
                .containsExactly("event");
        assertThat(BundledQueries.info("timeline").params()).isEmpty();
    }

    @Test
    void listIsSortedByName() {
        assertThat(BundledQueries.list()).extracting(QueryInfo::name).isSorted().hasSameSizeAs(BundledQueries.names());
    }

    @Test
    void unknownQueryNamesTheAvailableOnes() {
        assertThatThrownBy(() -> BundledQueries.load("calls-about"))
                .isInstanceOf(QueryException.class)
                .hasMessageStartingWith("unknown query 'calls-about' (available: calls-between, calls-mentioning, ")
                .hasMessageContaining("timeline");
        assertThat(BundledQueries.exists("../pom")).isFalse();
        assertThat(BundledQueries.exists("timeline")).isTrue();
    }
}
