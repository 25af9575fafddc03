package org.diplograph.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What extraction found in one article, reduced to what the gold files annotate. Entities are keys
 * ("person/vladimir-putin", "country/russia").
 *
 * @param articleId the article id ("001_cef17978be899d2d")
 * @param persons   distinct person keys
 * @param countries distinct country keys
 * @param calls     the phone calls, one per report
 * @param rounds    the negotiation rounds, one per report
 */
public record ArticlePrediction(String articleId, Set<String> persons, Set<String> countries,
                                List<Event> calls, List<Event> rounds) {

    public ArticlePrediction {
        Objects.requireNonNull(articleId, "articleId");
        persons = Set.copyOf(persons);
        countries = Set.copyOf(countries);
        calls = List.copyOf(calls);
        rounds = List.copyOf(rounds);
    }

    /**
     * One predicted call or round.
     *
     * @param members         participant keys (persons for calls, countries for rounds)
     * @param date            XSD lexical form at its precision ("2025-07-03", "2025-03", "2025"), or null
     * @param durationMinutes how long, or null
     * @param topics          topic keys
     * @param ordinal         the n-th, or null
     * @param status          "held" or "planned"
     * @param place           key of where it took place, or null
     */
    public record Event(Set<String> members, String date, Integer durationMinutes, Set<String> topics,
                        Integer ordinal, String status, String place) {
        public Event {
            members = Set.copyOf(members);
            topics = Set.copyOf(topics);
            Objects.requireNonNull(status, "status");
        }

        /** A held event with just members and a date, for tests. */
        public static Event of(Set<String> members, String date) {
            return new Event(members, date, null, Set.of(), null, "held", null);
        }
    }
}
