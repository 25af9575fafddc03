/**
 * Reading the graph: the bundled SPARQL queries (queries/NAME.rq, shipped in the jar under
 * org/diplograph/queries/ and described by their comment headers, see {@link org.diplograph.query.BundledQueries}),
 * running a query with parameters bound as RDF terms, never spliced into the query text, against the
 * union of all article graphs ({@link org.diplograph.query.QueryRunner}), and printing the rows as an aligned
 * text table, CSV, TSV or JSON ({@link org.diplograph.query.ResultFormat}).
 */
package org.diplograph.query;
