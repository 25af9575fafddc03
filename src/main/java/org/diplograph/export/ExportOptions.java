package org.diplograph.export;

import java.util.Locale;

/**
 * How the property graph is made from the RDF graph (ignored by the RDF formats).
 *
 * @param language       the language of the rdfs:label that becomes a node's {@code label} ({@code de} or
 *                       {@code en}); the other language is the fallback
 * @param withEvidence   keep the evidence: {@code dg:Mention} nodes, {@code dg:evidence} edges and the
 *                       article text ({@code dg:content})
 * @param collapseEvents turn each event with two or more participants into direct participant–participant
 *                       edges that carry the event's attributes, instead of an event node
 */
public record ExportOptions(String language, boolean withEvidence, boolean collapseEvents) {

    /** The default: English labels, no evidence, events as nodes. */
    public static final ExportOptions DEFAULT = new ExportOptions("en", false, false);

    public ExportOptions {
        language = language == null ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (!language.equals("de") && !language.equals("en")) {
            throw new ExportException("unknown label language '" + language + "'; choose de or en");
        }
    }

    /** The language used when a resource has no label in {@link #language()}. */
    public String fallbackLanguage() {
        return language.equals("de") ? "en" : "de";
    }
}
