package org.diplograph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scoring rules of ../shared/eval/README.md, one by one, on hand-made gold and predictions. */
class EvaluatorTest {
    private static final String TRUMP = "person/donald-trump";
    private static final String PUTIN = "person/vladimir-putin";
    private static final String MACRON = "person/emmanuel-macron";
    private static final List<String> TRUMP_PUTIN = List.of("Donald Trump", "Vladimir Putin");

    private final Evaluator evaluator = new Evaluator(GoldKeys.slugsOnly());

    // ---- builders -------------------------------------------------------------------------------

    static GoldFile.Event goldCall(String date, List<String> participants) {
        return new GoldFile.Event(date, participants, null, null, null, List.of(), List.of(), "held", null, null);
    }

    static GoldFile.Event goldCall(String date, List<String> participants, Integer minutes, List<String> topics,
                                   List<String> topicsOptional, String status, Integer ordinal) {
        return new GoldFile.Event(date, participants, null, null, minutes, topics, topicsOptional, status, ordinal,
                null);
    }

    static GoldFile.Event goldRound(String date, List<String> parties) {
        return new GoldFile.Event(date, null, parties, null, null, List.of(), List.of(), "held", null, null);
    }

    static GoldFile gold(List<GoldFile.Event> calls, List<GoldFile.Event> optionalCalls) {
        return new GoldFile("001", "001.txt", "2025-07-03", List.of(), List.of(), calls, List.of(),
                new GoldFile.Optional(optionalCalls, List.of()), null);
    }

    static ArticlePrediction.Event call(String date, String... members) {
        return ArticlePrediction.Event.of(Set.of(members), date);
    }

    static ArticlePrediction.Event call(String date, Integer minutes, Set<String> topics, String status,
                                        Integer ordinal, String... members) {
        return new ArticlePrediction.Event(Set.of(members), date, minutes, topics, ordinal, status, null);
    }

    static ArticlePrediction predict(List<ArticlePrediction.Event> calls) {
        return new ArticlePrediction("001_abc", Set.of(), Set.of(), calls, List.of());
    }

    private EventScores calls(GoldFile g, List<ArticlePrediction.Event> predicted) {
        return evaluator.score(g, predict(predicted)).calls();
    }

    // ---- persons and countries ------------------------------------------------------------------

    @Test
    void entitySetsArePrecisionRecallPerArticleMicroAveraged() {
        GoldFile a = new GoldFile("000", null, null, List.of("Donald Trump", "Vladimir Putin", "Yuri Ushakov"),
                List.of("Russia", "Ukraine"), List.of(), List.of(), null, null);
        GoldFile b = new GoldFile("001", null, null, List.of("Emmanuel Macron"), List.of("France"), List.of(),
                List.of(), null, null);
        ArticlePrediction pa = new ArticlePrediction("000_x", Set.of(TRUMP, PUTIN, MACRON),
                Set.of("country/russia", "country/ukraine", "country/united-states"), List.of(), List.of());
        ArticlePrediction pb = new ArticlePrediction("001_y", Set.of(), Set.of("country/france"), List.of(),
                List.of());
        EvaluationReport r = evaluator.evaluate(List.of(new Evaluator.Case(a, pa), new Evaluator.Case(b, pb)));

        assertThat(r.articles().get(0).persons()).isEqualTo(new Counts(2, 1, 1));
        assertThat(r.articles().get(1).persons()).isEqualTo(new Counts(0, 0, 1));
        assertThat(r.persons()).isEqualTo(new Counts(2, 1, 2));
        assertThat(r.persons().precision()).isEqualTo(2.0 / 3);
        assertThat(r.persons().recall()).isEqualTo(0.5);
        assertThat(r.countries()).isEqualTo(new Counts(3, 1, 0));
        assertThat(r.countries().f1()).isEqualTo(6.0 / 7);
    }

    @Test
    void goldNamesBecomeKeysThroughTheGivenResolver() {
        Evaluator byCatalogLikeMap = new Evaluator((type, name) -> name.equals("Wolodymyr Selenskyj")
                ? "person/volodymyr-zelenskyy" : org.diplograph.resolve.EntityCatalog.keyFor(type, name));
        GoldFile g = new GoldFile("000", null, null, List.of("Wolodymyr Selenskyj"), List.of(), List.of(), List.of(),
                null, null);
        ArticlePrediction p = new ArticlePrediction("000", Set.of("person/volodymyr-zelenskyy"), Set.of(), List.of(),
                List.of());
        assertThat(byCatalogLikeMap.score(g, p).persons()).isEqualTo(new Counts(1, 0, 0));
    }

    // ---- matching -------------------------------------------------------------------------------

    @Test
    void sameParticipantsAndDateMatchWhateverTheOrder() {
        EventScores s = calls(gold(List.of(goldCall("2025-07-03", List.of("Vladimir Putin", "Donald Trump"))),
                List.of()), List.of(call("2025-07-03", TRUMP, PUTIN)));
        assertThat(s.matching()).isEqualTo(new Counts(1, 0, 0));
        assertThat(s.date()).isEqualTo(new Accuracy(1, 1));
    }

    @Test
    void differentParticipantSetsDoNotMatch() {
        GoldFile g = gold(List.of(goldCall("2025-07-03", TRUMP_PUTIN)), List.of());
        assertThat(calls(g, List.of(call("2025-07-03", TRUMP, PUTIN, MACRON))).matching())
                .isEqualTo(new Counts(0, 1, 1));
        assertThat(calls(g, List.of(call("2025-07-03", TRUMP))).matching()).isEqualTo(new Counts(0, 1, 1));
        assertThat(calls(g, List.of(call("2025-07-03", TRUMP, MACRON))).matching()).isEqualTo(new Counts(0, 1, 1));
    }

    @ParameterizedTest(name = "gold {0}, predicted {1} -> match {2}")
    @CsvSource(nullValues = "null", value = {
            "2025-07-03, 2025-07-03, true",
            "2025-07-03, 2025-07-04, false",
            "2025-07-03, null,       false",
            "2025-03,    2025-03,    true",
            "2025-03,    2025-03-18, false",
            "2025-03-18, 2025-03,    false",
            "2025,       2025-03,    false",
            "null,       2025-07-03, true",
            "null,       2025-03,    true",
            "null,       null,       true"})
    void datesMatchAtTheirPrecisionAndANullGoldDateAcceptsAny(String goldDate, String predicted, boolean match) {
        EventScores s = calls(gold(List.of(goldCall(goldDate, TRUMP_PUTIN)), List.of()),
                List.of(call(predicted, TRUMP, PUTIN)));
        assertThat(s.matching()).isEqualTo(match ? new Counts(1, 0, 0) : new Counts(0, 1, 1));
    }

    @Test
    void aNullGoldDateMatchesADatedPredictionButTheDateIsNotExact() {
        EventScores s = calls(gold(List.of(goldCall(null, TRUMP_PUTIN)), List.of()),
                List.of(call("2025-07-03", TRUMP, PUTIN)));
        assertThat(s.matching().tp()).isEqualTo(1);
        assertThat(s.date()).isEqualTo(new Accuracy(0, 1));
    }

    @ParameterizedTest(name = "date_basis=published, predicted {0} -> match {1}")
    @CsvSource(nullValues = "null", value = {
            "null,       true",
            "2025-02-12, true",
            "2025-02-11, false",
            "2025-02,    false"})
    void datedByPublicationAcceptsNullOrThePublicationDate(String predicted, boolean match) {
        GoldFile.Event e = new GoldFile.Event("2025-02-12", TRUMP_PUTIN, null, null, null, List.of(), List.of(),
                "held", null, "published");
        GoldFile g = new GoldFile("004", null, "2025-02-12", List.of(), List.of(), List.of(e), List.of(), null, null);
        EventScores s = calls(g, List.of(call(predicted, TRUMP, PUTIN)));
        assertThat(s.matching()).isEqualTo(match ? new Counts(1, 0, 0) : new Counts(0, 1, 1));
        if (match) {
            assertThat(s.date()).as("null and the publication date are both exact").isEqualTo(new Accuracy(1, 1));
        }
    }

    @Test
    void aPredictionMatchingAnOptionalGoldCallCountsNeitherWay() {
        GoldFile g = gold(List.of(goldCall("2025-03-18", TRUMP_PUTIN)), List.of(goldCall("2025-03", TRUMP_PUTIN)));
        EventScores s = calls(g, List.of(call("2025-03-18", TRUMP, PUTIN), call("2025-03", TRUMP, PUTIN)));
        assertThat(s.matching()).isEqualTo(new Counts(1, 0, 0));
        assertThat(s.optional()).isEqualTo(1);
        // Not finding the optional call costs nothing either.
        EventScores without = calls(g, List.of(call("2025-03-18", TRUMP, PUTIN)));
        assertThat(without.matching()).isEqualTo(new Counts(1, 0, 0));
        assertThat(without.optional()).isZero();
    }

    @Test
    void optionalGoldCallsNeverTakeAPredictionFromARequiredOne() {
        // Both the required (null date) and the optional call accept this prediction: the required wins.
        GoldFile g = gold(List.of(goldCall(null, TRUMP_PUTIN)), List.of(goldCall(null, TRUMP_PUTIN)));
        EventScores s = calls(g, List.of(call("2025-07-03", TRUMP, PUTIN)));
        assertThat(s.matching()).isEqualTo(new Counts(1, 0, 0));
        assertThat(s.optional()).isZero();
    }

    @Test
    void matchingIsOneToOne() {
        GoldFile g = gold(List.of(goldCall("2025-07-03", TRUMP_PUTIN)), List.of());
        EventScores s = calls(g, List.of(call("2025-07-03", TRUMP, PUTIN), call("2025-07-03", PUTIN, TRUMP)));
        assertThat(s.matching()).isEqualTo(new Counts(1, 1, 0));
    }

    @Test
    void matchingIsMaximalNotGreedy() {
        // The undated gold call could take either prediction; only one assignment matches both gold calls.
        GoldFile g = gold(List.of(goldCall(null, TRUMP_PUTIN), goldCall("2025-07-03", TRUMP_PUTIN)), List.of());
        EventScores s = calls(g, List.of(call("2025-07-03", TRUMP, PUTIN), call("2025-06-14", TRUMP, PUTIN)));
        assertThat(s.matching()).isEqualTo(new Counts(2, 0, 0));
        assertThat(s.date()).isEqualTo(new Accuracy(1, 2));
    }

    @Test
    void roundsMatchOnPartySets() {
        GoldFile g = new GoldFile("001", null, "2025-07-03", List.of(), List.of(), List.of(),
                List.of(goldRound("2025-05-16", List.of("Russia", "Ukraine")), goldRound(null, List.of("Russia",
                        "Ukraine"))), null, null);
        ArticlePrediction p = new ArticlePrediction("001", Set.of(), Set.of(), List.of(), List.of(
                ArticlePrediction.Event.of(Set.of("country/ukraine", "country/russia"), "2025-05-16"),
                ArticlePrediction.Event.of(Set.of("country/ukraine", "country/turkey"), "2025-05-16")));
        EventScores s = evaluator.score(g, p).rounds();
        assertThat(s.matching()).isEqualTo(new Counts(1, 1, 1));
        assertThat(evaluator.score(g, p).calls().matching()).isEqualTo(Counts.ZERO);
    }

    // ---- attributes on matched pairs ------------------------------------------------------------

    @ParameterizedTest(name = "gold {0} min, predicted {1} min -> {2}")
    @CsvSource(nullValues = "null", value = {
            "60,   60,   true",
            "60,   54,   true",
            "60,   66,   true",
            "60,   53,   false",
            "60,   67,   false",
            "50,   60,   false",
            "150,  140,  true",
            "null, null, true",
            "null, 60,   false",
            "60,   null, false"})
    void durationWithinTenPercent(Integer gold, Integer predicted, boolean right) {
        assertThat(Evaluator.durationWithin10Percent(gold, predicted)).isEqualTo(right);
        EventScores s = calls(gold(List.of(goldCall("2025-07-03", TRUMP_PUTIN, gold, List.of(), List.of(), "held",
                null)), List.of()), List.of(call("2025-07-03", predicted, Set.of(), "held", null, TRUMP, PUTIN)));
        assertThat(s.duration()).isEqualTo(new Accuracy(right ? 1 : 0, 1));
    }

    @Test
    void statusAndOrdinalAreCompared() {
        GoldFile g = gold(List.of(
                goldCall("2025-07-03", TRUMP_PUTIN, null, List.of(), List.of(), "held", 6),
                goldCall("2025-07-04", List.of("Donald Trump", "Volodymyr Zelenskyy"), null, List.of(), List.of(),
                        "planned", null),
                goldCall("2025-02-12", TRUMP_PUTIN, null, List.of(), List.of(), "held", 1)), List.of());
        EventScores s = calls(g, List.of(
                call("2025-07-03", null, Set.of(), "held", 6, TRUMP, PUTIN),
                call("2025-07-04", null, Set.of(), "held", null, TRUMP, "person/volodymyr-zelenskyy"),
                call("2025-02-12", null, Set.of(), "held", null, TRUMP, PUTIN)));
        assertThat(s.matching()).isEqualTo(new Counts(3, 0, 0));
        assertThat(s.status()).isEqualTo(new Accuracy(2, 3));
        assertThat(s.ordinal()).isEqualTo(new Accuracy(2, 3));
        assertThat(s.details()).contains(
                "call 2025-07-04 Donald Trump + Volodymyr Zelenskyy: status gold planned, predicted held",
                "call 2025-02-12 Donald Trump + Vladimir Putin: ordinal gold 1, predicted null");
    }

    @Test
    void topicF1IgnoresPredictedTopicsThatAreOptional() {
        GoldFile g = gold(List.of(goldCall("2025-07-03", TRUMP_PUTIN, null, List.of("Ukraine", "Iran", "Middle East"),
                List.of("United States", "Russia"), "held", null)), List.of());
        EventScores s = calls(g, List.of(call("2025-07-03", null,
                Set.of("country/ukraine", "region/middle-east", "country/united-states", "country/syria"), "held",
                null, TRUMP, PUTIN)));
        // ukraine, middle-east right; united-states optional (ignored); syria wrong; iran missed.
        assertThat(s.topics()).isEqualTo(new Counts(2, 1, 1));
        assertThat(s.topics().f1()).isEqualTo(4.0 / 6);
    }

    @Test
    void unmatchedCallsAreListedForReading() {
        GoldFile g = gold(List.of(goldCall("2025-03-18", TRUMP_PUTIN)), List.of());
        EventScores s = calls(g, List.of(call("2025-03-19", TRUMP, PUTIN)));
        assertThat(s.details()).containsExactly(
                "call FN 2025-03-18 Donald Trump + Vladimir Putin",
                "call FP 2025-03-19 person/donald-trump + person/vladimir-putin");
    }

    @Test
    void attributesAreOnlyScoredOnMatchedPairs() {
        GoldFile g = gold(List.of(goldCall("2025-03-18", TRUMP_PUTIN, 150, List.of("Ukraine"), List.of(), "held", 2)),
                List.of());
        EventScores s = calls(g, List.of(call("2025-03-19", 150, Set.of("country/ukraine"), "held", 2, TRUMP,
                PUTIN)));
        assertThat(s.date().total()).isZero();
        assertThat(s.topics()).isEqualTo(Counts.ZERO);
        assertThat(s.topics().f1()).isNaN();
    }
}
