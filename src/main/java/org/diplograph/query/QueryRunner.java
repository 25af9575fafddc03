package org.diplograph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs a SPARQL query against the union of all article graphs and renders the rows as strings.
 *
 * <p>Parameters are bound as RDF terms, never spliced into the query text: a parameter {@code NAME}
 * becomes the plain string literal bound to {@code ?NAME_param} through Jena's substitution, so a value
 * such as {@code Iran" } UNION { ?s ?p ?o} is just a string that matches nothing. Matching
 * (case, QID prefixes) is the query's business. A query declares its parameters in its header
 * ({@link QueryInfo}); a variable {@code ?x_param} in a query without a header declares {@code x}.
 * Every declared parameter is required.
 *
 * <p>The default graph is the union of the named graphs (TDB2's {@code unionDefaultGraph}, set for each
 * execution), and {@code GRAPH ?g} still reaches one article's claims. Runs inside a read transaction
 * and is cancelled after the timeout.
 */
public final class QueryRunner {
    /** Default time limit for one query. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** Prefixes used to shorten IRIs in results, in addition to the query's own. */
    public static final Map<String, String> PREFIXES;

    static {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dg", "https://w3id.org/diplograph/ontology#");
        p.put("dgid", "https://w3id.org/diplograph/id/");
        p.put("dga", "https://w3id.org/diplograph/article/");
        p.put("schema", "https://schema.org/");
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("wd", "http://www.wikidata.org/entity/");
        PREFIXES = java.util.Collections.unmodifiableMap(p);
    }

    private static final java.util.regex.Pattern STRING_LITERAL = java.util.regex.Pattern.compile(
            "\"\"\"(?s:.*?)\"\"\"|'''(?s:.*?)'''|\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("[?$]([A-Za-z0-9_]+)");

    private final Duration timeout;

    public QueryRunner() {
        this(DEFAULT_TIMEOUT);
    }

    public QueryRunner(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Runs {@code sparql} with {@code params}; see {@link #run(Dataset, String, String, Map)}. */
    public ResultTable run(Dataset dataset, String sparql, Map<String, String> params) {
        return run(dataset, "query", sparql, params);
    }

    /** Runs the bundled query {@code name}. */
    public ResultTable runBundled(Dataset dataset, String name, Map<String, String> params) {
        return run(dataset, name, BundledQueries.load(name), params);
    }

    /**
     * Runs {@code sparql} against {@code dataset}.
     *
     * @param source names the query in messages ("calls-mentioning", "my.rq")
     * @return SELECT: the rows; ASK: one column "result"; CONSTRUCT/DESCRIBE: subject, predicate, object
     * @throws org.diplograph.QueryException when the query does not parse, a required parameter is
     *         missing, an unknown parameter is given, or the query fails or times out
     */
    public ResultTable run(Dataset dataset, String source, String sparql, Map<String, String> params) {
        Objects.requireNonNull(dataset, "dataset");
        Query query = parse(source, sparql);
        Map<String, String> declared = declaredParams(source, sparql, query);
        Binding binding = bind(source, declared, params);
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> execute(dsg, source, query, binding));
    }

    private static Query parse(String source, String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new org.diplograph.QueryException(source + ": the query does not parse: "
                    + e.getMessage().replaceAll("\\s+", " ").strip(), e);
        }
    }

    /** Parameter name -> description, from the header and from {@code ?x_param} variables. */
    static Map<String, String> declaredParams(String source, String sparql, Query query) {
        Map<String, String> declared = new LinkedHashMap<>();
        for (QueryInfo.Param p : QueryInfo.parse(source, sparql).params()) {
            declared.put(p.name(), p.description());
        }
        for (String var : mentionedVariables(query)) {
            if (var.endsWith("_param") && var.length() > "_param".length()) {
                declared.putIfAbsent(var.substring(0, var.length() - "_param".length()), "");
            }
        }
        return declared;
    }

    private static Set<String> mentionedVariables(Query query) {
        // Variables named anywhere in the query, including sub-queries, filters and BINDs; string
        // literals are removed first so that a "?x_param" inside a string declares nothing.
        Set<String> vars = new TreeSet<>();
        String text = STRING_LITERAL.matcher(query.serialize()).replaceAll("\"\"");
        java.util.regex.Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            vars.add(m.group(1));
        }
        return vars;
    }

    private static Binding bind(String source, Map<String, String> declared, Map<String, String> given) {
        Map<String, String> values = given == null ? Map.of() : given;
        Set<String> unknown = new LinkedHashSet<>(values.keySet());
        unknown.removeAll(declared.keySet());
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            throw new org.diplograph.QueryException(source + ": unknown parameter '" + name + "' ("
                    + (declared.isEmpty() ? "this query takes no parameters"
                            : "it takes: " + String.join(", ", declared.keySet())) + ")");
        }
        BindingBuilder builder = BindingBuilder.create();
        for (Map.Entry<String, String> p : declared.entrySet()) {
            String value = values.get(p.getKey());
            if (value == null || value.isBlank()) {
                throw new org.diplograph.QueryException(source + ": missing parameter '" + p.getKey() + "'"
                        + (p.getValue().isEmpty() ? "" : " (" + p.getValue() + ")")
                        + "; give it as " + p.getKey() + "=VALUE");
            }
            builder.add(Var.alloc(QueryInfo.variableFor(p.getKey())), NodeFactory.createLiteralString(value.strip()));
        }
        return builder.build();
    }

    /**
     * Runs {@code sparql} against a remote SPARQL 1.1 query endpoint (a Fuseki dataset's
     * {@code /sparql}, GraphDB, Virtuoso, ...). Parameters are bound the same way; the endpoint must
     * answer over the union of the article graphs (Fuseki with TDB2: {@code unionDefaultGraph}).
     */
    public ResultTable runRemote(String endpoint, String source, String sparql, Map<String, String> params) {
        Objects.requireNonNull(endpoint, "endpoint");
        Query query = parse(source, sparql);
        Binding binding = bind(source, declaredParams(source, sparql, query), params);
        QueryExecBuilder builder = QueryExecHTTP.service(endpoint).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return execute(builder, source, query, binding);
        } catch (org.apache.jena.atlas.web.HttpException e) {
            throw new org.diplograph.QueryException(source + ": " + endpoint + " failed: "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip(), e);
        }
    }

    private ResultTable execute(DatasetGraph dsg, String source, Query query, Binding binding) {
        QueryExecBuilder builder = QueryExec.dataset(dsg)
                .query(query)
                .set(TDB2.symUnionDefaultGraph, true)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return execute(builder, source, query, binding);
    }

    private ResultTable execute(QueryExecBuilder builder, String source, Query query, Binding binding) {
        if (!binding.isEmpty()) {
            builder = builder.substitution(binding);
        }
        Map<String, String> prefixes = new LinkedHashMap<>(PREFIXES);
        query.getPrefixMapping().getNsPrefixMap().forEach(prefixes::putIfAbsent);
        NodeRenderer render = new NodeRenderer(prefixes);
        try (QueryExec exec = builder.build()) {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                List<Var> vars = rows.getResultVars();
                List<List<String>> out = new ArrayList<>();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    List<String> row = new ArrayList<>(vars.size());
                    for (Var v : vars) {
                        Node n = b.get(v);
                        row.add(n == null ? null : render.render(n));
                    }
                    out.add(row);
                }
                return new ResultTable(vars.stream().map(Var::getVarName).toList(), out);
            }
            if (query.isAskType()) {
                return new ResultTable(List.of("result"), List.of(List.of(Boolean.toString(exec.ask()))));
            }
            if (query.isConstructType() || query.isDescribeType()) {
                Iterator<Triple> it = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
                List<List<String>> out = new ArrayList<>();
                while (it.hasNext()) {
                    Triple t = it.next();
                    out.add(List.of(render.render(t.getSubject()), render.render(t.getPredicate()),
                            render.render(t.getObject())));
                }
                out.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(1))
                        .thenComparing(r -> r.get(2)));
                return new ResultTable(List.of("subject", "predicate", "object"), out);
            }
            throw new org.diplograph.QueryException(source + ": only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
        } catch (QueryCancelledException e) {
            throw new org.diplograph.QueryException(source + ": the query timed out after " + timeout.toSeconds()
                    + " s; narrow it down (LIMIT, a more specific pattern)", e);
        } catch (QueryException e) {
            throw new org.diplograph.QueryException(source + ": the query failed: " + e.getMessage(), e);
        }
    }

    /** Turns result terms into user-facing strings. */
    static final class NodeRenderer {
        private final List<Map.Entry<String, String>> byLongestNamespace;

        NodeRenderer(Map<String, String> prefixes) {
            byLongestNamespace = new ArrayList<>(prefixes.entrySet());
            byLongestNamespace.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length())
                    .reversed());
        }

        String render(Node n) {
            if (n.isLiteral()) {
                return n.getLiteralLexicalForm();
            }
            if (n.isURI()) {
                return shorten(n.getURI());
            }
            if (n.isBlank()) {
                return "_:" + n.getBlankNodeLabel();
            }
            return n.toString();
        }

        String shorten(String iri) {
            for (Map.Entry<String, String> e : byLongestNamespace) {
                String ns = e.getValue();
                if (!ns.isEmpty() && iri.startsWith(ns) && iri.length() > ns.length()) {
                    String local = iri.substring(ns.length());
                    if (local.chars().noneMatch(c -> Character.isWhitespace(c) || c == '<' || c == '>' || c == '"')) {
                        return e.getKey() + ":" + local;
                    }
                }
            }
            return iri;
        }
    }
}
