package org.diplograph.link;

import java.util.List;
import java.util.Objects;

/**
 * An entity of the graph that has no {@code owl:sameAs} yet.
 *
 * @param iri           its IRI ({@code https://w3id.org/diplograph/id/person/andrij-sybiha})
 * @param kind          its type
 * @param labels        its {@code rdfs:label}s, German and English
 * @param representsQid the QID of the country a person represents ({@code dg:represents}), when that country
 *                      is linked; null otherwise
 */
public record UnlinkedEntity(String iri, EntityKind kind, List<Label> labels, String representsQid) {

    /** A label and its language tag ({@code de}, {@code en}). */
    public record Label(String text, String language) {
        public Label {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
        }
    }

    public UnlinkedEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        labels = List.copyOf(labels);
    }

    /** The entity key: {@code person/andrij-sybiha}. */
    public String key() {
        String base = org.diplograph.rdf.DG.ID_BASE;
        return iri.startsWith(base) ? iri.substring(base.length()) : iri;
    }

    /** The distinct label texts, German first. */
    public List<String> labelTexts() {
        return labels.stream().sorted((a, b) -> Boolean.compare(!a.language().equals("de"), !b.language().equals("de")))
                .map(Label::text).distinct().toList();
    }
}
