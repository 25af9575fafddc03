package org.diplograph.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A directed edge of the property graph: one RDF statement whose object is a resource, or (with
 * {@code --collapse-events}) one event between two of its participants.
 *
 * @param id         a stable id, {@code e0}, {@code e1}, … in output order
 * @param source     the id of the source node
 * @param target     the id of the target node
 * @param label      the predicate's local name ({@code participant}), or the event type of a collapsed
 *                   event ({@code PhoneCall})
 * @param attributes attribute name → values (String or Long); holds {@code predicate} or {@code event}
 * @param time       the days the edge exists on a timeline (collapsed events), or null
 */
public record PgEdge(String id, String source, String target, String label, Map<String, List<Object>> attributes,
        DateRange time) {

    public PgEdge {
        attributes = PropertyGraph.copy(attributes);
    }

    /** The timeline range, if the edge has one. */
    public Optional<DateRange> timeRange() {
        return Optional.ofNullable(time);
    }
}
