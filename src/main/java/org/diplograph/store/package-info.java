/**
 * Where the graph lives: the embedded Apache Jena TDB2 dataset ({@link org.diplograph.store.Tdb2Store}),
 * one named graph per article and the union as the default graph; the cross-article event reconciliation
 * that runs over everything stored; and SHACL validation of the stored graph against
 * {@code ontology/shapes.ttl}.
 */
package org.diplograph.store;
