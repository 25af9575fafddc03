package org.diplograph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The few schema.org ({@value #NAMESPACE}) terms the graph writes directly, beside the dg: vocabulary
 * (see {@code docs/graph.md}). The schema.org alignments of dg: terms live in the ontology file.
 */
public final class Schema {

    /** The schema.org namespace (https, as schema.org recommends). */
    public static final String NAMESPACE = "https://schema.org/";

    /** The recommended prefix for {@link #NAMESPACE}. */
    public static final String PREFIX = "schema";

    // Properties

    /** {@code schema:jobTitle}: a role the text gives a person ("Präsident"@de). */
    public static final Property JOB_TITLE = property("jobTitle");

    /** {@code schema:agent}: on a call, the participant the text says placed it. */
    public static final Property AGENT = property("agent");

    /** {@code schema:recipient}: on a call, the participant the text says was called. */
    public static final Property RECIPIENT = property("recipient");

    private Schema() {
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NAMESPACE, localName);
    }
}
