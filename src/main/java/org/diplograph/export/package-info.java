/**
 * Exports the stored graph for other tools: the RDF serialisations (Turtle of the union graph; TriG,
 * N-Quads and JSON-LD with one named graph per article) written by Jena RIOT, and property-graph files
 * for graph visualisers and graph databases (GEXF 1.3 for Gephi, GraphML and its yEd flavour,
 * Cytoscape.js JSON, CSV for {@code neo4j-admin import}). The RDF graph is turned into a property graph
 * once, by the convention written down in {@code docs/export.md} ({@link
 * org.diplograph.export.PropertyGraphConverter}); each format is then only a writer of that {@link
 * org.diplograph.export.PropertyGraph}. {@link org.diplograph.export.Exporter} is the entry point.
 */
package org.diplograph.export;
