package org.diplograph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.QueryException;
import org.diplograph.query.BundledQueries;
import org.diplograph.query.QueryInfo;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultFormat;
import org.diplograph.query.ResultTable;
import org.diplograph.rdf.DG;

/**
 * The small JSON API the web app reads, under {@code /api/}:
 * <ul>
 *   <li>{@code GET /api/info}: counts, whether updates are allowed, the query timeout;</li>
 *   <li>{@code GET /api/graph}: nodes (persons, countries, events, topics/locations) and edges;</li>
 *   <li>{@code GET /api/event?iri=IRI}: one event, every reporting article and its evidence sentences;</li>
 *   <li>{@code GET /api/entity?iri=IRI}: one person, country, place or organization;</li>
 *   <li>{@code GET /api/queries}: the bundled queries and their parameters;</li>
 *   <li>{@code GET /api/query?name=NAME&PARAM=VALUE[&format=csv]}: a bundled query's rows as JSON
 *       ({@code {"columns": [...], "rows": [[...]]}}) or as a CSV download.</li>
 * </ul>
 * A bad or missing parameter is a 400 with {@code {"error": "..."}}, an unknown IRI a 404; no stack trace
 * ever reaches the client.
 */
final class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_IRI = 2048;
    /** Characters an IRI may not contain (RFC 3987), plus whitespace and controls. */
    private static final Pattern BAD_IRI_CHARS = Pattern.compile("[\\s<>\"{}|\\\\^`\\x00-\\x1F\\x7F]");
    private static final Pattern ABSOLUTE = Pattern.compile("https?://[^/]+/.*");

    private final transient DatasetGraph dsg;
    private final transient GraphData data;
    private final transient QueryRunner runner;
    private final boolean allowUpdate;

    ApiServlet(DatasetGraph dsg, ServeOptions options) {
        this.dsg = dsg;
        this.data = new GraphData(dsg);
        this.runner = new QueryRunner(options.queryTimeout());
        this.allowUpdate = options.allowUpdate();
    }

    /** A 4xx answer with a message for the user. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        try {
            switch (path) {
                case "/info" -> sendJson(resp, info());
                case "/graph" -> sendJson(resp, data.graph());
                case "/event" -> sendJson(resp, found(data.event(iri(req)), "event"));
                case "/entity" -> sendJson(resp, found(data.entity(iri(req)), "entity"));
                case "/queries" -> sendJson(resp, BundledQueries.list().stream()
                        .filter(q -> !isFederated(q.name())).toList());
                case "/query" -> query(req, resp);
                default -> throw new BadRequest(404, "no such API endpoint: /api" + path
                        + " (available: /api/info, /api/graph, /api/event, /api/entity, /api/queries, /api/query)");
            }
        } catch (BadRequest e) {
            sendError(resp, e.status, e.getMessage());
        } catch (QueryException e) {
            sendError(resp, e.getMessage() != null && e.getMessage().contains("timed out") ? 503 : 400, e.getMessage());
        } catch (RuntimeException e) {
            log("API request failed: " + req.getRequestURI(), e);
            sendError(resp, 500, "internal error while answering " + "/api" + path + " (see the server log)");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        sendError(resp, 405, "the API is read-only: use GET");
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        sendError(resp, 405, "the API is read-only: use GET");
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        sendError(resp, 405, "the API is read-only: use GET");
    }

    private Map<String, Object> info() {
        GraphData.GraphView g = data.graph();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (GraphData.GraphNode n : g.nodes()) {
            counts.merge(n.type(), 1L, Long::sum);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("dataset", "/ds");
        info.put("sparql", "/ds/sparql");
        info.put("allowUpdate", allowUpdate);
        info.put("queryTimeoutSeconds", runner.timeout().toSeconds());
        info.put("nodes", g.nodes().size());
        info.put("edges", g.edges().size());
        info.put("counts", counts);
        return info;
    }

    private static final java.util.regex.Pattern SERVICE =
            java.util.regex.Pattern.compile("(?i)\\bSERVICE\\b");

    /** True when a bundled query reaches out to another SPARQL endpoint. */
    static boolean isFederated(String name) {
        String text = BundledQueries.load(name).lines().filter(l -> !l.strip().startsWith("#"))
                .collect(java.util.stream.Collectors.joining("\n"));
        return SERVICE.matcher(text).find();
    }

    private void query(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = single(req, "name");
        if (name == null || name.isBlank()) {
            throw new BadRequest(400, "parameter 'name' is required (available: "
                    + String.join(", ", BundledQueries.names()) + ")");
        }
        if (!BundledQueries.exists(name)) {
            throw new BadRequest(400, "unknown query '" + name + "' (available: "
                    + String.join(", ", BundledQueries.names()) + ")");
        }
        if (isFederated(name)) {
            // a visitor must not make this server send requests to addresses of their choosing
            throw new BadRequest(400, name + ": federated queries (SERVICE) are not run by the web view; "
                    + "use ./diplograph query " + name);
        }
        String format = single(req, "format");
        format = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!format.equals("json") && !format.equals("csv")) {
            throw new BadRequest(400, "format must be json or csv, not '" + format + "'");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : req.getParameterMap().keySet()) {
            if (key.equals("name") || key.equals("format")) {
                continue;
            }
            QueryInfo info = BundledQueries.info(name);
            if (info.param(key) == null) {
                throw new BadRequest(400, name + ": unknown parameter '" + key + "' (parameters: "
                        + (info.params().isEmpty() ? "none"
                                : String.join(", ", info.params().stream().map(QueryInfo.Param::name).toList()))
                        + ")");
            }
            params.put(key, single(req, key));
        }
        Dataset dataset = DatasetFactory.wrap(dsg);
        ResultTable table = runner.runBundled(dataset, name, params);
        if (format.equals("csv")) {
            byte[] body = ResultFormat.CSV.format(table).getBytes(StandardCharsets.UTF_8);
            resp.setStatus(200);
            resp.setContentType("text/csv; charset=utf-8");
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            commonHeaders(resp);
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("columns", table.columns());
        body.put("rows", table.rows());
        sendJson(resp, body);
    }

    /** The one value of {@code key}; a parameter given twice is an error. */
    private static String single(HttpServletRequest req, String key) {
        String[] values = req.getParameterValues(key);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw new BadRequest(400, "parameter '" + key + "' is given " + values.length + " times; give it once");
        }
        return values[0];
    }

    /** The {@code iri} parameter: an absolute http(s) IRI, or a {@code dgid:}/{@code dga:} prefixed name. */
    static String iri(HttpServletRequest req) {
        String iri = single(req, "iri");
        if (iri == null || iri.isBlank()) {
            throw new BadRequest(400, "parameter 'iri' is required, e.g. ?iri=" + DG.ID_BASE + "person/vladimir-putin");
        }
        return checkIri(iri.strip());
    }

    static String checkIri(String iri) {
        if (iri.length() > MAX_IRI) {
            throw new BadRequest(400, "parameter 'iri' is too long (" + iri.length() + " characters; at most " + MAX_IRI + ")");
        }
        String expanded = iri;
        if (iri.startsWith(DG.ID_PREFIX + ":")) {
            expanded = DG.ID_BASE + iri.substring(DG.ID_PREFIX.length() + 1);
        } else if (iri.startsWith(DG.ARTICLE_PREFIX + ":")) {
            expanded = DG.ARTICLE_BASE + iri.substring(DG.ARTICLE_PREFIX.length() + 1);
        }
        if (BAD_IRI_CHARS.matcher(expanded).find() || !ABSOLUTE.matcher(expanded).matches()) {
            throw new BadRequest(400, "parameter 'iri' is not an absolute http(s) IRI or a dgid: name: "
                    + abbreviate(iri));
        }
        return expanded;
    }

    private static <T> T found(Optional<T> value, String what) {
        return value.orElseThrow(() -> new BadRequest(404, "no " + what + " with this IRI in the store"));
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("[\\x00-\\x1F\\x7F]", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
    }

    private static void commonHeaders(HttpServletResponse resp) {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
    }

    private static void sendJson(HttpServletResponse resp, Object value) throws IOException {
        byte[] body = JSON.writeValueAsBytes(value);
        resp.setStatus(200);
        resp.setContentType("application/json; charset=utf-8");
        commonHeaders(resp);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static void sendError(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(Map.of("error", message == null ? "error" : message));
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        commonHeaders(resp);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static void sendPlain(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        commonHeaders(resp);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The names of the endpoints, for the documentation test. */
    static List<String> endpoints() {
        return List.of("/api/info", "/api/graph", "/api/event", "/api/entity", "/api/queries", "/api/query");
    }
}
