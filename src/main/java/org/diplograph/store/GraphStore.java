package org.diplograph.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.diplograph.rdf.DG;

/**
 * Where the graph goes: one named graph per article, written whole, and SPARQL over all of them.
 * Implementations: the embedded TDB2 dataset ({@link Tdb2Store}, {@code tdb2:DIR}), any SPARQL 1.1
 * store over HTTP ({@link SparqlStore}, {@code sparql:URL}) and an RDF4J server or GraphDB repository
 * ({@link Rdf4jStore}, {@code rdf4j:URL}); {@link GraphStores#open} picks one from a store address.
 *
 * <p>Queries passed to {@link #select} and {@link #update} name graphs explicitly ({@code GRAPH ?g}), so
 * they mean the same on every store whatever its default graph is.
 */
public interface GraphStore extends AutoCloseable {

    /** The complete new content of one named graph. */
    record GraphContent(String graphIri, List<Quad> quads) {
        public GraphContent {
            quads = List.copyOf(quads);
        }
    }

    /** Where this store is, for messages: {@code tdb2:diplograph-db}, {@code sparql:http://…}. */
    String address();

    /** The {@code dg:contentHash} stored for the article graph {@code articleIri}, if that graph exists. */
    Optional<String> contentHash(String articleIri);

    /** Replaces several named graphs at once: all or none. */
    void replaceGraphs(List<GraphContent> graphs);

    /** Replaces one named graph. */
    default void replaceGraph(String graphIri, List<Quad> quads) {
        replaceGraphs(List.of(new GraphContent(graphIri, quads)));
    }

    /**
     * Starts adding graphs that are not stored yet, the fastest way this store allows (see {@link BulkLoad}).
     * The default writes each batch at once through {@link #replaceGraphs}.
     */
    default BulkLoad bulkLoad() {
        return BulkLoad.immediate(this);
    }

    /** Triples over all named graphs. */
    default long tripleCount() {
        return select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                rows -> Long.parseLong(rows.next().get("n").getLiteralLexicalForm()));
    }

    /**
     * True when a query's default graph is the union of the named graphs, each triple once (TDB2 with
     * {@code unionDefaultGraph}): a count of distinct subjects over all article graphs is then a plain count on
     * the default graph, with no set of every subject seen. False unless a store promises it.
     */
    default boolean defaultGraphIsUnion() {
        return false;
    }

    /** True when the store holds no article graph. */
    default boolean isEmpty() {
        return select("SELECT ?g WHERE { GRAPH ?g { ?g a <" + DG.ARTICLE.getURI() + "> } } LIMIT 1",
                rows -> !rows.hasNext());
    }

    /** Removes every article graph. */
    void clear();

    /** Runs a SELECT query and hands its rows to {@code reader} (inside a read transaction where there is one). */
    <T> T select(String sparql, Function<RowSet, T> reader);

    /** Runs a SPARQL update (in one write transaction where there is one). */
    void update(String sparqlUpdate);

    /** Reclaims space left by large writes; a no-op for stores that manage that themselves. */
    default void compact() {
    }

    @Override
    void close();
}
