package org.diplograph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.diplograph.StoreException;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.query.QueryEvaluationException;
import org.diplograph.rdf.DG;

/**
 * An RDF4J server or GraphDB repository ({@code rdf4j:http://host/rdf4j-server/repositories/ID}) through
 * RDF4J's HTTP client, or — for any other URL — a SPARQL 1.1 dataset (Fuseki layout: URL/sparql and
 * URL/update) through RDF4J's SPARQL repository. Article graphs are replaced inside one RDF4J transaction.
 */
public final class Rdf4jStore implements GraphStore {
    private final Repository repository;
    private final String url;

    private Rdf4jStore(Repository repository, String url) {
        this.repository = repository;
        this.url = url;
    }

    public static Rdf4jStore open(String url) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        Repository repo = base.contains("/repositories/") ? new HTTPRepository(base)
                : new SPARQLRepository(base + "/sparql", base + "/update");
        try {
            repo.init();
        } catch (RepositoryException e) {
            throw new StoreException("rdf4j:" + url + ": cannot connect (" + SparqlStore.oneLine(e) + ")", e);
        }
        return new Rdf4jStore(repo, base);
    }

    @Override
    public String address() {
        return "rdf4j:" + url;
    }

    @Override
    public Optional<String> contentHash(String articleIri) {
        try (RepositoryConnection conn = repository.getConnection()) {
            ValueFactory vf = conn.getValueFactory();
            IRI g = vf.createIRI(articleIri);
            try (var statements = conn.getStatements(g, vf.createIRI(DG.CONTENT_HASH.getURI()), null, false, g)) {
                for (Statement st : statements) {
                    return Optional.of(st.getObject().stringValue());
                }
            }
            return Optional.empty();
        } catch (RepositoryException e) {
            throw failure("read", e);
        }
    }

    @Override
    public void replaceGraphs(List<GraphContent> graphs) {
        try (RepositoryConnection conn = repository.getConnection()) {
            ValueFactory vf = conn.getValueFactory();
            conn.begin();
            try {
                for (GraphContent gc : graphs) {
                    IRI g = vf.createIRI(gc.graphIri());
                    conn.remove((Resource) null, null, null, g); // CLEAR GRAPH fails on a graph not yet there
                    List<Statement> statements = new ArrayList<>(gc.quads().size());
                    for (Quad q : gc.quads()) {
                        if (!q.getGraph().getURI().equals(gc.graphIri())) {
                            throw new IllegalArgumentException("quad outside graph " + gc.graphIri() + ": " + q);
                        }
                        statements.add(vf.createStatement((Resource) value(vf, q.getSubject()),
                                (IRI) value(vf, q.getPredicate()), value(vf, q.getObject()), g));
                    }
                    conn.add(statements);
                }
                conn.commit();
            } catch (RuntimeException e) {
                conn.rollback();
                throw e;
            }
        } catch (RepositoryException e) {
            throw failure("write", e);
        }
    }

    @Override
    public void clear() {
        update("DROP SILENT ALL");
    }

    @Override
    public <T> T select(String sparql, Function<RowSet, T> reader) {
        try (RepositoryConnection conn = repository.getConnection();
             TupleQueryResult result = conn.prepareTupleQuery(QueryLanguage.SPARQL, sparql).evaluate()) {
            List<Var> vars = result.getBindingNames().stream().map(Var::alloc).toList();
            List<Binding> rows = new ArrayList<>();
            while (result.hasNext()) {
                BindingSet bs = result.next();
                BindingBuilder b = BindingBuilder.create();
                for (org.eclipse.rdf4j.query.Binding binding : bs) {
                    b.add(Var.alloc(binding.getName()), node(binding.getValue()));
                }
                rows.add(b.build());
            }
            Iterator<Binding> it = rows.iterator();
            return reader.apply(RowSetStream.create(vars, it));
        } catch (RepositoryException | QueryEvaluationException e) {
            throw failure("query", e);
        }
    }

    @Override
    public void update(String sparqlUpdate) {
        try (RepositoryConnection conn = repository.getConnection()) {
            conn.prepareUpdate(QueryLanguage.SPARQL, sparqlUpdate).execute();
        } catch (RepositoryException | org.eclipse.rdf4j.query.UpdateExecutionException e) {
            throw failure("update", e);
        }
    }

    @Override
    public void close() {
        repository.shutDown();
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException(address() + ": " + what + " failed (" + SparqlStore.oneLine(e) + ")", e);
    }

    private static Value value(ValueFactory vf, Node n) {
        if (n.isURI()) {
            return vf.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return vf.createBNode(n.getBlankNodeLabel());
        }
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return vf.createLiteral(n.getLiteralLexicalForm(), lang);
        }
        return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
    }

    private static Node node(Value v) {
        if (v instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (v instanceof BNode b) {
            return NodeFactory.createBlankNode(b.getID());
        }
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(l.getLabel(),
                TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
