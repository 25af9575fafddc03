package org.diplograph.link;

import java.util.Locale;

import org.apache.jena.rdf.model.Resource;
import org.diplograph.rdf.DG;

/**
 * The entity types that can be linked, with how strictly a Wikidata candidate's name must match: persons,
 * countries and cities by label or alias, regions and organizations (whose names are often generic words)
 * by label only.
 */
public enum EntityKind {
    PERSON(DG.PERSON, true),
    COUNTRY(DG.COUNTRY, true),
    CITY(DG.CITY, true),
    REGION(DG.REGION, false),
    ORGANIZATION(DG.ORGANIZATION, false);

    private final Resource type;
    private final boolean aliasesMatch;

    EntityKind(Resource type, boolean aliasesMatch) {
        this.type = type;
        this.aliasesMatch = aliasesMatch;
    }

    /** The class the entity has in the graph ({@code dg:Person}). */
    public Resource type() {
        return type;
    }

    /** Whether a candidate's alias may match the name, or only its label. */
    public boolean aliasesMatch() {
        return aliasesMatch;
    }

    /** The name used in entity keys and in {@code wikidata-types.tsv}: {@code person}, {@code city}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind whose {@link #key()} is {@code key}, or null. */
    public static EntityKind byKey(String key) {
        for (EntityKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** The kind whose graph class is {@code typeIri}, or null. */
    public static EntityKind byType(String typeIri) {
        for (EntityKind k : values()) {
            if (k.type.getURI().equals(typeIri)) {
                return k;
            }
        }
        return null;
    }
}
