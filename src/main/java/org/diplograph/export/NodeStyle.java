package org.diplograph.export;

import java.util.Map;

/**
 * How a node of a given type looks in the formats that carry looks (GEXF viz colours, yEd shapes): one
 * colour per kind of thing, so that persons, countries and events are told apart at a glance.
 *
 * @param color  {@code #RRGGBB}
 * @param shape  a yEd {@code y:Shape} type
 */
record NodeStyle(String color, String shape) {

    private static final NodeStyle OTHER = new NodeStyle("#9E9E9E", "ellipse");

    private static final Map<String, NodeStyle> BY_TYPE = Map.ofEntries(
            Map.entry("Person", new NodeStyle("#E4572E", "ellipse")),
            Map.entry("Country", new NodeStyle("#17BEBB", "roundrectangle")),
            Map.entry("City", new NodeStyle("#76B041", "roundrectangle")),
            Map.entry("Region", new NodeStyle("#A1C181", "roundrectangle")),
            Map.entry("Organization", new NodeStyle("#FFC914", "hexagon")),
            Map.entry("PhoneCall", new NodeStyle("#2E86AB", "diamond")),
            Map.entry("NegotiationRound", new NodeStyle("#7B2CBF", "diamond")),
            Map.entry("Meeting", new NodeStyle("#F18F01", "diamond")),
            Map.entry("Event", new NodeStyle("#5C6BC0", "diamond")),
            Map.entry("Article", new NodeStyle("#BDBDBD", "rectangle")),
            Map.entry("Mention", new NodeStyle("#E0E0E0", "rectangle")));

    /** The style of a node: by its most specific type, grey when it has none we know. */
    static NodeStyle of(PgNode node) {
        return node.type().map(t -> BY_TYPE.getOrDefault(t, OTHER)).orElse(OTHER);
    }

    int red() {
        return Integer.parseInt(color.substring(1, 3), 16);
    }

    int green() {
        return Integer.parseInt(color.substring(3, 5), 16);
    }

    int blue() {
        return Integer.parseInt(color.substring(5, 7), 16);
    }
}
