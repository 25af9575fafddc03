package org.diplograph.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateRequest;
import org.diplograph.StoreException;
import org.diplograph.rdf.DG;

/**
 * Any SPARQL 1.1 store over HTTP — Fuseki, GraphDB, Virtuoso, Neptune and their clustered editions —
 * through the SPARQL 1.1 Protocol only. An article graph is replaced by one update request
 * ({@code DROP SILENT GRAPH} then {@code INSERT DATA}), which SPARQL 1.1 stores execute atomically.
 *
 * <p>Endpoints: {@code sparql:URL} where URL is a Fuseki-style dataset ({@code URL/sparql} for queries,
 * {@code URL/update} for updates); other layouts give both endpoints explicitly with
 * {@link #SparqlStore(String, String)}.
 */
public final class SparqlStore implements GraphStore {
    private final String queryEndpoint;
    private final String updateEndpoint;

    public SparqlStore(String queryEndpoint, String updateEndpoint) {
        this.queryEndpoint = queryEndpoint;
        this.updateEndpoint = updateEndpoint;
    }

    /** A Fuseki-style dataset URL: queries at URL/sparql, updates at URL/update. */
    public static SparqlStore dataset(String url) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return new SparqlStore(base + "/sparql", base + "/update");
    }

    @Override
    public String address() {
        return "sparql:" + queryEndpoint;
    }

    @Override
    public Optional<String> contentHash(String articleIri) {
        String q = "SELECT ?h WHERE { GRAPH <" + iri(articleIri) + "> { <" + iri(articleIri) + "> <"
                + DG.CONTENT_HASH.getURI() + "> ?h } } LIMIT 1";
        return select(q, rows -> rows.hasNext()
                ? Optional.of(rows.next().get("h").getLiteralLexicalForm()) : Optional.empty());
    }

    @Override
    public void replaceGraphs(List<GraphContent> graphs) {
        UpdateRequest request = new UpdateRequest();
        for (GraphContent gc : graphs) {
            Node g = NodeFactory.createURI(iri(gc.graphIri()));
            request.add(new UpdateDrop(g, true));
            QuadDataAcc data = new QuadDataAcc();
            for (Quad q : gc.quads()) {
                if (!q.getGraph().equals(g)) {
                    throw new IllegalArgumentException("quad outside graph " + gc.graphIri() + ": " + q);
                }
                data.addQuad(q);
            }
            request.add(new UpdateDataInsert(data));
        }
        execute(request);
    }

    @Override
    public void clear() {
        update("DROP SILENT ALL");
    }

    @Override
    public <T> T select(String sparql, Function<RowSet, T> reader) {
        try (QueryExec exec = QueryExecHTTP.service(queryEndpoint).query(sparql).build()) {
            return reader.apply(exec.select());
        } catch (QueryException | org.apache.jena.atlas.web.HttpException e) {
            throw new StoreException(address() + ": query failed (" + oneLine(e) + ")", e);
        }
    }

    @Override
    public void update(String sparqlUpdate) {
        try {
            UpdateExecHTTP.service(updateEndpoint).update(sparqlUpdate).execute();
        } catch (RuntimeException e) {
            throw new StoreException("sparql:" + updateEndpoint + ": update failed (" + oneLine(e) + ")", e);
        }
    }

    private void execute(UpdateRequest request) {
        try {
            UpdateExecHTTP.service(updateEndpoint).update(request).execute();
        } catch (RuntimeException e) {
            throw new StoreException("sparql:" + updateEndpoint + ": update failed (" + oneLine(e) + ")", e);
        }
    }

    @Override
    public void close() {
        // stateless: every request is its own HTTP exchange
    }

    /** Refuses IRIs that could break out of {@code <...>}; ours never contain such characters. */
    private static String iri(String iri) {
        if (!iri.matches("[^<>\"{}|^`\\\\\\s]+")) {
            throw new IllegalArgumentException("not a safe IRI: " + iri);
        }
        return iri;
    }

    /** The message of {@code e} and, when different, of its root cause, on one line. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null && !m.contains(root.getMessage())) {
            m = m + ": " + root.getMessage();
        }
        return m.replaceAll("\\s+", " ").strip();
    }
}
