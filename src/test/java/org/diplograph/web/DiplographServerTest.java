package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server over the seed store, through real HTTP: SPARQL protocol, read-only, binding, API, files. */
class DiplographServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PREFIX = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n";

    private static DiplographServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = DiplographServer.start(WebFixtures.seed(), ServeOptions.defaults().withPort(0));
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- helpers ----

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(postRequest(url, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The single integer a {@code SELECT (COUNT(..) AS ?n)} query returns over /ds/sparql. */
    static long sparqlCount(String serverUrl, String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(serverUrl + "ds/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(PREFIX + query))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).at("/results/bindings/0/n/value").asLong();
    }

    /** Sends {@code path} exactly as written (no client-side normalisation) and returns status line + body. */
    static String raw(int port, String path) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int status(String rawResponse) {
        return Integer.parseInt(rawResponse.substring(9, 12));
    }

    // ---- binding ----

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        InetSocketAddress bound = server.boundAddress();
        assertThat(bound.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + bound.getPort() + "/");
        // Any non-loopback address of this machine must refuse the connection.
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        if (external.isPresent()) {
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(external.get(), bound.getPort()), 3000);
                }
            }).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aPortInUseIsAOneLineError() {
        int taken = server.boundAddress().getPort();
        assertThatThrownBy(() -> DiplographServer.start(WebFixtures.seed(), ServeOptions.defaults().withPort(taken)))
                .isInstanceOf(ServerException.class)
                .hasMessageContaining("cannot listen on 127.0.0.1:" + taken)
                .hasMessageContaining("--port");
    }

    @Test
    void anUnknownBindAddressIsAnError() {
        assertThatThrownBy(() -> DiplographServer.start(WebFixtures.seed(),
                ServeOptions.defaults().withPort(0).withBind("no-such-host.invalid")))
                .isInstanceOf(ServerException.class)
                .hasMessageContaining("--bind no-such-host.invalid");
    }

    // ---- SPARQL protocol ----

    @Test
    void sparqlEndpointQueriesTheUnionOfTheArticleGraphs() throws Exception {
        long calls = sparqlCount(base, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a dg:PhoneCall }");
        long inGraphs = sparqlCount(base, "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?c a dg:PhoneCall } }");
        assertThat(calls).isPositive().isEqualTo(inGraphs);
        // The same over GET, as Gephi and YASGUI send it.
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "ds/sparql?query="
                + enc(PREFIX + "ASK { ?c a dg:PhoneCall }"))).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("boolean").asBoolean()).isTrue();
    }

    @Test
    void graphStoreEndpointReadsNamedGraphs() throws Exception {
        HttpResponse<String> r = get(base + "ds/data?graph=" + enc("https://w3id.org/diplograph/article/000_fae01da9c4644b48"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Donald Trump");
    }

    /**
     * Sends on a connection of its own. A server that refuses a write may close the connection after its answer;
     * a pooled connection reused at that moment fails with "header parser received no bytes" (seen once in CI).
     */
    static HttpResponse<String> sendAlone(HttpRequest request) throws IOException, InterruptedException {
        try (HttpClient once = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return once.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    static HttpRequest postRequest(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void updatesAreRefusedByDefault() throws Exception {
        String update = "INSERT DATA { <urn:ex:s> <urn:ex:p> \"written\" }";
        assertThat(sendAlone(postRequest(base + "ds/update", "application/sparql-update", update)).statusCode())
                .isBetween(400, 499);
        assertThat(sendAlone(postRequest(base + "ds/update", "application/x-www-form-urlencoded",
                "update=" + enc(update))).statusCode()).isBetween(400, 499);
        assertThat(sendAlone(postRequest(base + "ds", "application/sparql-update", update)).statusCode())
                .isBetween(400, 499);
        HttpResponse<String> put = sendAlone(HttpRequest.newBuilder(URI.create(base + "ds/data?graph=urn:ex:g"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:ex:s> <urn:ex:p> \"written\" .")).build());
        assertThat(put.statusCode()).isBetween(400, 499);
        HttpResponse<String> delete = sendAlone(HttpRequest.newBuilder(URI.create(base + "ds/data?graph="
                + enc("https://w3id.org/diplograph/article/000_fae01da9c4644b48"))).DELETE().build());
        assertThat(delete.statusCode()).isBetween(400, 499);
        assertThat(sparqlCount(base, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { <urn:ex:s> ?p ?o } }")).isZero();
        assertThat(sparqlCount(base, "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/diplograph/article/000_fae01da9c4644b48> { ?s ?p ?o } }"))
                .isPositive();
    }

    @Test
    void updatesAreAcceptedWithAllowUpdate() throws Exception {
        try (Tdb2Store mem = Tdb2Store.inMemory();
                DiplographServer rw = DiplographServer.start(mem, ServeOptions.defaults().withPort(0).withAllowUpdate(true))) {
            String update = "INSERT DATA { GRAPH <urn:ex:g> { <urn:ex:s> <urn:ex:p> \"written\" } }";
            assertThat(post(rw.url() + "ds/update", "application/sparql-update", update).statusCode()).isBetween(200, 299);
            HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(rw.url() + "ds/data?graph=urn:ex:h"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:ex:s> <urn:ex:q> \"put\" .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).isBetween(200, 299);
            assertThat(sparqlCount(rw.url(), "SELECT (COUNT(*) AS ?n) { <urn:ex:s> ?p ?o }")).isEqualTo(2);
        }
    }

    @Test
    void aQueryThatRunsTooLongIsStopped() throws Exception {
        try (DiplographServer slow = DiplographServer.start(WebFixtures.seed(),
                ServeOptions.defaults().withPort(0).withQueryTimeout(Duration.ofMillis(500)))) {
            // A four-way cross product of every triple: far more than anyone can count in half a second.
            HttpResponse<String> r = post(slow.url() + "ds/sparql", "application/x-www-form-urlencoded", "query="
                    + enc("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"));
            assertThat(r.statusCode()).isEqualTo(503);
        }
    }

    // ---- the web app's files ----

    @Test
    void servesTheAppWithACleanFaviconAndAContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = get(base);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
                assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-eval"));
        assertThat(r.body()).contains("<link rel=\"icon\" href=\"data:,\">")
                .contains("static/vendor/sigma.min.js")
                .doesNotContain("http://").doesNotContain("https://");
        for (String asset : List.of("static/app.js", "static/app.css", "static/vendor/sigma.min.js",
                "static/vendor/graphology.umd.min.js", "static/vendor/graphology-layout-forceatlas2.min.js",
                "static/vendor/sigma.LICENSE.txt")) {
            assertThat(get(base + asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/static/../../index.html",
        "/static/../../org/diplograph/queries/timeline.rq",
        "/static/vendor/../../../../org/diplograph/queries/timeline.rq",
        "/static/%2e%2e/%2e%2e/org/diplograph/queries/timeline.rq",
        "/static/%2E%2E/%2E%2E/%2E%2E/%2E%2E/simplelogger.properties",
        "/static/..%2f..%2f..%2f..%2fsimplelogger.properties",
        "/static/..%5c..%5csimplelogger.properties",
        "/static/.%2e/.%2e/.%2e/.%2e/simplelogger.properties",
        "/../../../../etc/passwd",
        "/static//etc/passwd",
        "/static/vendor",
        "/static/vendor/",
        "/static/.hidden.js",
        "/static/app.js%00.css",
        "/static/../../DiplographServer.class",
        "/static/../../../../org/diplograph/web/DiplographServer.class",
    })
    void staticFilesCannotEscapeTheirFolder(String path) throws IOException {
        String response = raw(server.boundAddress().getPort(), path);
        assertThat(status(response)).as(path + " -> " + response.lines().findFirst().orElse("")).isIn(400, 404);
        assertThat(response).doesNotContain("SELECT").doesNotContain("root:").doesNotContain("simpleLogger")
                .doesNotContain("\tat org.").doesNotContain("Exception");
    }

    // ---- the JSON API ----

    @Test
    void graphHasEveryPersonCountryEventAndTopicOfTheStore() throws Exception {
        JsonNode g = JSON.readTree(get(base + "api/graph").body());
        long expected = sparqlCount(base, "SELECT (COUNT(DISTINCT ?x) AS ?n) { { ?x a dg:Person } UNION { ?x a dg:Country }"
                + " UNION { ?x a dg:Event } UNION { ?e a dg:Event ; dg:participant|dg:topic|dg:location ?x FILTER(isIRI(?x)) } }");
        assertThat(g.get("nodes")).hasSize((int) expected);
        Set<String> ids = g.get("nodes").findValuesAsText("id").stream().collect(Collectors.toSet());
        assertThat(ids).hasSize((int) expected);
        for (JsonNode e : g.get("edges")) {
            assertThat(ids).contains(e.get("source").asText(), e.get("target").asText());
            assertThat(e.get("type").asText()).isIn("participant", "topic", "location", "represents");
        }
        JsonNode putin = find(g, "https://w3id.org/diplograph/id/person/vladimir-putin");
        assertThat(putin.get("type").asText()).isEqualTo("person");
        assertThat(putin.get("qid").asText()).isEqualTo("Q7747");
        assertThat(putin.get("degree").asInt()).isGreaterThanOrEqualTo(5);
        JsonNode call = callOn(g, "2025-07-03");
        assertThat(call.get("status").asText()).isEqualTo("held");
        assertThat(call.get("qid").isNull()).isTrue();
    }

    static JsonNode find(JsonNode graph, String id) {
        for (JsonNode n : graph.get("nodes")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id);
    }

    static JsonNode callOn(JsonNode graph, String date) {
        for (JsonNode n : graph.get("nodes")) {
            if (n.get("type").asText().equals("call") && date.equals(n.get("date").asText())) {
                return n;
            }
        }
        throw new AssertionError("no call on " + date);
    }

    @Test
    void eventShowsEveryReportingArticleWithHighlightsThatReproduceTheText() throws Exception {
        String id = callOn(JSON.readTree(get(base + "api/graph").body()), "2025-07-03").get("id").asText();
        HttpResponse<String> r = get(base + "api/event?iri=" + enc(id));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode ev = JSON.readTree(r.body());
        assertThat(ev.get("dates").get(0).asText()).isEqualTo("2025-07-03");
        assertThat(ev.get("participants").findValuesAsText("label")).contains("Donald Trump", "Vladimir Putin");
        assertThat(ev.get("topics").findValuesAsText("label")).contains("Iran");
        assertThat(ev.get("articles")).hasSize(4);
        for (JsonNode a : ev.get("articles")) {
            assertThat(a.get("sentences").size()).as(a.get("id").asText()).isPositive();
            int marks = 0;
            for (JsonNode s : a.get("sentences")) {
                String sentence = s.get("sentence").asText();
                for (JsonNode h : s.get("highlights")) {
                    assertThat(sentence.substring(h.get("start").asInt(), h.get("end").asInt())).isEqualTo(h.get("text").asText());
                    marks++;
                }
            }
            assertThat(marks).as(a.get("id").asText()).isPositive();
        }
        // The prefixed form works too.
        assertThat(get(base + "api/event?iri=" + enc(id.replace("https://w3id.org/diplograph/id/", "dgid:"))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void entityShowsWikidataEventsAndArticles() throws Exception {
        JsonNode p = JSON.readTree(get(base + "api/entity?iri=" + enc("dgid:person/vladimir-putin")).body());
        assertThat(p.get("label").asText()).isEqualTo("Vladimir Putin");
        assertThat(p.get("qid").asText()).isEqualTo("Q7747");
        assertThat(p.get("events").findValuesAsText("role")).contains("participant");
        assertThat(p.get("articles").size()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "api/event",
        "api/event?iri=",
        "api/event?iri=not%20an%20iri",
        "api/event?iri=javascript:alert(1)",
        "api/event?iri=https://w3id.org/diplograph/id/call/x%22%3E%3Cscript%3E",
        "api/event?iri=a&iri=b",
        "api/entity?iri=%3Cscript%3E",
        "api/query",
        "api/query?name=no-such-query",
        "api/query?name=../../etc/passwd",
        "api/query?name=calls-mentioning",
        "api/query?name=calls-mentioning&topic=Iran&bogus=1",
        "api/query?name=calls-mentioning&topic=Iran&format=xml",
        "api/query?name=wikidata-persons&endpoint=http://169.254.169.254/latest",
    })
    void badParametersGetA400WithAMessage(String path) throws Exception {
        HttpResponse<String> r = get(base + path);
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        String error = JSON.readTree(r.body()).get("error").asText();
        assertThat(error).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/event?iri=https://w3id.org/diplograph/id/call/does-not-exist",
        "api/entity?iri=https://w3id.org/diplograph/id/person/nobody", "api/nothing-here"})
    void unknownThingsAre404(String path) throws Exception {
        HttpResponse<String> r = get(base + path);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).get("error").asText()).isNotBlank();
    }

    @Test
    void bundledQueriesAsTableAndCsv() throws Exception {
        JsonNode list = JSON.readTree(get(base + "api/queries").body());
        assertThat(list.findValuesAsText("name")).contains("calls-mentioning", "timeline");
        JsonNode iran = JSON.readTree(get(base + "api/query?name=calls-mentioning&topic=Iran").body());
        assertThat(iran.get("columns").get(0).asText()).isEqualTo("call");
        assertThat(iran.get("rows")).hasSize(2);
        HttpResponse<String> csv = get(base + "api/query?name=calls-mentioning&topic=Iran&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"calls-mentioning.csv\"");
        assertThat(csv.body().split("\r\n")).hasSize(3);
        assertThat(csv.body()).startsWith("call,date,");
        // A parameter value is data, never query text.
        JsonNode injected = JSON.readTree(get(base + "api/query?name=calls-mentioning&topic="
                + enc("Iran\" } UNION { ?call ?p ?o } #")).body());
        assertThat(injected.get("rows")).isEmpty();
    }

    @Test
    void apiIsReadOnly() throws Exception {
        HttpResponse<String> r = post(base + "api/graph", "application/json", "{}");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("read-only");
    }

    @Test
    void infoSaysReadOnlyAndCounts() throws Exception {
        Map<?, ?> info = JSON.readValue(get(base + "api/info").body(), Map.class);
        assertThat(info.get("allowUpdate")).isEqualTo(false);
        assertThat(info.get("sparql")).isEqualTo("/ds/sparql");
        assertThat((Integer) info.get("nodes")).isPositive();
    }
}
