package org.diplograph.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A node of the property graph: one RDF resource.
 *
 * @param id         the resource's IRI
 * @param label      the display label (rdfs:label in the chosen language, else a fallback; never empty)
 * @param classes    the local names of all its rdf:types, sorted ({@code Event}, {@code PhoneCall}): neo4j
 *                   labels and Cytoscape classes
 * @param attributes attribute name → values (String or Long), in a stable order; always holds {@code iri}
 * @param time       the days the node exists on a timeline (events: their {@code dg:date}), or null
 */
public record PgNode(String id, String label, List<String> classes, Map<String, List<Object>> attributes,
        DateRange time) {

    public PgNode {
        classes = List.copyOf(classes);
        attributes = PropertyGraph.copy(attributes);
    }

    /** The most specific rdf:type local name ({@code PhoneCall}, {@code Person}), or empty. */
    public Optional<String> type() {
        List<Object> t = attributes.get("type");
        return t == null || t.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(t.get(0)));
    }

    /** The timeline range, if the node has one. */
    public Optional<DateRange> timeRange() {
        return Optional.ofNullable(time);
    }
}
