package org.diplograph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code wbgetentities} says about one candidate item, reduced to what linking needs.
 *
 * @param qid          the item
 * @param labels       language -> label ({@code de}, {@code en})
 * @param descriptions language -> description
 * @param aliases      language -> aliases
 * @param instanceOf   the items of its P31 (instance of) statements, deprecated ones left out
 * @param citizenship  the items of its P27 (country of citizenship) statements
 * @param dissolved    whether it has a P576 (dissolved, abolished or demolished date) statement
 */
public record WikidataItem(String qid, Map<String, String> labels, Map<String, String> descriptions,
                           Map<String, List<String>> aliases, List<String> instanceOf, List<String> citizenship,
                           boolean dissolved) {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    /** Properties whose claims are kept (and cached): instance of, country of citizenship, dissolved. */
    static final List<String> PROPERTIES = List.of("P31", "P27", "P576");

    public WikidataItem {
        Objects.requireNonNull(qid, "qid");
        labels = Map.copyOf(labels);
        descriptions = Map.copyOf(descriptions);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        aliases.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        aliases = java.util.Collections.unmodifiableMap(copy);
        instanceOf = List.copyOf(instanceOf);
        citizenship = List.copyOf(citizenship);
    }

    /** True for an item id {@code Q…} (not a property or lexeme). */
    public static boolean isQid(String id) {
        return id != null && QID.matcher(id).matches();
    }

    /** The label in English, else German, else any, else the QID. */
    public String displayLabel() {
        return labels.getOrDefault("en", labels.getOrDefault("de",
                labels.values().stream().findFirst().orElse(qid)));
    }

    /** The description in English, else German, else "". */
    public String displayDescription() {
        return descriptions.getOrDefault("en", descriptions.getOrDefault("de", ""));
    }

    /** All labels, and when {@code withAliases} all aliases, in every language fetched. */
    List<String> names(boolean withAliases) {
        List<String> names = new ArrayList<>(labels.values());
        if (withAliases) {
            aliases.values().forEach(names::addAll);
        }
        return names;
    }

    /** Reads one value of the response's {@code entities} object; null for a missing or non-item entity. */
    static WikidataItem fromJson(JsonNode entity) {
        String id = entity.path("id").asText("");
        if (!isQid(id) || entity.has("missing")) {
            return null;
        }
        Map<String, String> labels = terms(entity.path("labels"));
        Map<String, String> descriptions = terms(entity.path("descriptions"));
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : entity.path("aliases").properties()) {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(a -> values.add(a.path("value").asText()));
            aliases.put(e.getKey(), values);
        }
        JsonNode claims = entity.path("claims");
        return new WikidataItem(id, labels, descriptions, aliases, itemValues(claims.path("P31")),
                itemValues(claims.path("P27")), hasValue(claims.path("P576")));
    }

    private static Map<String, String> terms(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), e.getValue().path("value").asText());
        }
        return out;
    }

    /** The item ids of non-deprecated statements: {@code [].mainsnak.datavalue.value.id}. */
    private static List<String> itemValues(JsonNode statements) {
        List<String> ids = new ArrayList<>();
        for (JsonNode st : statements) {
            if ("deprecated".equals(st.path("rank").asText())) {
                continue;
            }
            String id = st.path("mainsnak").path("datavalue").path("value").path("id").asText("");
            if (isQid(id) && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static boolean hasValue(JsonNode statements) {
        for (JsonNode st : statements) {
            if (!"deprecated".equals(st.path("rank").asText())
                    && "value".equals(st.path("mainsnak").path("snaktype").asText("value"))) {
                return true;
            }
        }
        return false;
    }
}
