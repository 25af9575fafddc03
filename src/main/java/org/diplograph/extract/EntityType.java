package org.diplograph.extract;

/** The kinds of named entity Diplograph keeps; each maps to one ontology class. */
public enum EntityType {
    PERSON, COUNTRY, CITY, REGION, ORGANIZATION;

    /** Lower-case name used in entity keys and IRIs: "person", "country", ... */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
