package org.diplograph.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diplograph.export.AttributeSpec.ValueType;

/**
 * The property graph made from the RDF graph by {@link PropertyGraphConverter}: nodes, edges and the
 * attribute columns both use. Immutable; every writer reads the same instance.
 *
 * @param nodes          nodes, sorted by id
 * @param edges          edges in output order (ids {@code e0}, {@code e1}, …)
 * @param nodeAttributes the node attribute columns ({@code iri}, {@code type}, … first, then by name)
 * @param edgeAttributes the edge attribute columns
 */
public record PropertyGraph(List<PgNode> nodes, List<PgEdge> edges, List<AttributeSpec> nodeAttributes,
        List<AttributeSpec> edgeAttributes) {

    /** Columns that come first, in this order, when present; the others follow by name. */
    private static final List<String> LEADING = List.of("iri", "event", "predicate", "type", "label_de",
            "label_en", "wikidata", "date", "duration", "status", "participant");

    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        nodeAttributes = List.copyOf(nodeAttributes);
        edgeAttributes = List.copyOf(edgeAttributes);
    }

    /** A graph whose attribute columns are derived from the values the elements carry. */
    public static PropertyGraph of(List<PgNode> nodes, List<PgEdge> edges) {
        return new PropertyGraph(nodes, edges, specs(nodes.stream().map(PgNode::attributes).toList()),
                specs(edges.stream().map(PgEdge::attributes).toList()));
    }

    /** The node with this id, if any. */
    public java.util.Optional<PgNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /**
     * Derives the columns: a column is {@link ValueType#LONG} when every value is a Long, and multi-valued
     * when some element has more than one value.
     */
    static List<AttributeSpec> specs(List<Map<String, List<Object>>> elements) {
        Map<String, boolean[]> seen = new TreeMap<>(); // name -> {allLong, multi}
        for (Map<String, List<Object>> attrs : elements) {
            attrs.forEach((name, values) -> {
                boolean[] f = seen.computeIfAbsent(name, k -> new boolean[] {true, false});
                for (Object v : values) {
                    f[0] &= v instanceof Long;
                }
                f[1] |= values.size() > 1;
            });
        }
        List<AttributeSpec> out = new ArrayList<>();
        for (String lead : LEADING) {
            boolean[] f = seen.remove(lead);
            if (f != null) {
                out.add(spec(lead, f));
            }
        }
        seen.forEach((name, f) -> out.add(spec(name, f)));
        return out;
    }

    private static AttributeSpec spec(String name, boolean[] f) {
        return new AttributeSpec(name, f[0] ? ValueType.LONG : ValueType.STRING, f[1]);
    }

    /** An unmodifiable copy keeping the order, with unmodifiable non-empty value lists. */
    static Map<String, List<Object>> copy(Map<String, List<Object>> attributes) {
        Map<String, List<Object>> m = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                m.put(k, List.copyOf(v));
            }
        });
        return Collections.unmodifiableMap(m);
    }
}
