package org.diplograph.export;

/**
 * One attribute column of a property graph, as the writers declare it (GEXF {@code <attribute>}, GraphML
 * {@code <key>}, a CSV header).
 *
 * @param name         the attribute name (also its id in GEXF and GraphML)
 * @param type         the value type shared by every value of the column
 * @param multiValued  true when at least one element has more than one value (a list in GEXF, Cytoscape
 *                     and neo4j, a string joined with {@code "; "} in GraphML)
 */
public record AttributeSpec(String name, ValueType type, boolean multiValued) {

    /** The value types the exports distinguish. Dates stay strings: their precision varies. */
    public enum ValueType {
        /** Text (the lexical form of the literal, or an IRI). */
        STRING,
        /** A whole number ({@code xsd:integer} and its subtypes) that fits in 64 bits. */
        LONG
    }
}
