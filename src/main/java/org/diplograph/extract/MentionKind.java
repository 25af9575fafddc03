package org.diplograph.extract;

/** How an entity is referred to at one place in the text. */
public enum MentionKind {
    /** A name or alias: "Wladimir Putin", "Russland", "Istanbul". */
    NAME,
    /** A surname alone: "Uschakow" (resolved to the person introduced earlier, if unique). */
    SURNAME,
    /** An inflected adjective or prefix standing for a country: "russischen", "US-". */
    ADJECTIVE,
    /** A capital or seat standing for the state: "Moskau sagte", "der Kreml". */
    METONYM,
    /** A role phrase standing for a person: "der Kremlchef", "der US-Präsident". */
    ROLE
}
