package org.diplograph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One result of {@code wbsearchentities}: an item whose label or alias starts with (or equals) the text
 * searched for.
 *
 * @param qid         the item ({@code Q42})
 * @param label       its label in the requested language (or a fallback), or ""
 * @param description its description, or ""
 * @param matchType   what matched: {@code label}, {@code alias}, ...
 * @param matchText   the label or alias that matched
 * @param aliases     further aliases the search reports as matching
 */
public record SearchHit(String qid, String label, String description, String matchType, String matchText,
                        List<String> aliases) {

    public SearchHit {
        Objects.requireNonNull(qid, "qid");
        label = label == null ? "" : label;
        description = description == null ? "" : description;
        matchType = matchType == null ? "" : matchType;
        matchText = matchText == null ? "" : matchText;
        aliases = List.copyOf(aliases);
    }

    /** Reads one element of the response's {@code search} array; null when it has no item id. */
    static SearchHit fromJson(JsonNode hit) {
        String id = hit.path("id").asText("");
        if (!WikidataItem.isQid(id)) {
            return null;
        }
        List<String> aliases = new ArrayList<>();
        hit.path("aliases").forEach(a -> aliases.add(a.asText()));
        JsonNode match = hit.path("match");
        return new SearchHit(id, hit.path("label").asText(""), hit.path("description").asText(""),
                match.path("type").asText(""), match.path("text").asText(""), aliases);
    }

    /** Every name this hit says the item has: label, matched text, aliases. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(label);
        names.add(matchText);
        names.addAll(aliases);
        return names;
    }
}
