package org.diplograph.link;

import java.util.List;
import java.util.Objects;

/**
 * A Wikidata item considered for an entity, as the review file and the command's output show it.
 *
 * @param qid         the item
 * @param label       its label (English, else German)
 * @param description its description, or ""
 * @param types       its P31 classes; empty when they were not fetched (the name did not match)
 * @param nameMatches whether its label (or, where the entity kind allows, an alias) equals a label of the entity
 * @param typeFits    whether a P31 class is one the type rules accept for the entity kind
 */
public record Candidate(String qid, String label, String description, List<String> types, boolean nameMatches,
                        boolean typeFits) {
    public Candidate {
        Objects.requireNonNull(qid, "qid");
        label = label == null ? "" : label;
        description = description == null ? "" : description;
        types = List.copyOf(types);
    }
}
