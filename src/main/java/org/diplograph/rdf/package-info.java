/**
 * RDF vocabulary and mapping: {@link org.diplograph.rdf.DG} mirrors the Diplograph ontology
 * ({@code ontology/diplograph.ttl}, shipped at {@code org/diplograph/ontology/} on the classpath) term for
 * term, {@link org.diplograph.rdf.Schema} holds the schema.org terms the graph writes directly, and
 * {@link org.diplograph.rdf.Namespaces} fixes the prefixes all output uses; {@code RdfMapper} writes an
 * annotated article as quads to a {@code StreamRDF} sink. The shape of the graph these terms build is
 * described in {@code docs/graph.md}.
 */
package org.diplograph.rdf;
