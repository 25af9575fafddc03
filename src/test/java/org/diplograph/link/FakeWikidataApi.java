package org.diplograph.link;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Wikidata's MediaWiki API on a free loopback port, answering {@code wbsearchentities} and
 * {@code wbgetentities} in the documented JSON shape (https://www.wikidata.org/w/api.php?action=help&modules=
 * wbsearchentities, ...=wbgetentities) from a few hand-made, fictional items. Search matches labels and
 * aliases in the requested language by prefix, case-insensitively, exact matches first.
 */
final class FakeWikidataApi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One fictional item. */
    record Item(String qid, Map<String, String> labels, Map<String, String> descriptions,
                Map<String, List<String>> aliases, List<String> p31, List<String> p27, boolean dissolved) {
        static Item of(String qid, String labelDe, String labelEn, String description, String... p31) {
            Map<String, String> labels = new LinkedHashMap<>();
            if (labelDe != null) {
                labels.put("de", labelDe);
            }
            if (labelEn != null) {
                labels.put("en", labelEn);
            }
            return new Item(qid, labels, description == null ? Map.of() : Map.of("en", description), Map.of(),
                    List.of(p31), List.of(), false);
        }

        Item withAliases(String lang, String... aliases) {
            Map<String, List<String>> a = new LinkedHashMap<>(this.aliases);
            a.put(lang, List.of(aliases));
            return new Item(qid, labels, descriptions, a, p31, p27, dissolved);
        }

        Item withCitizenship(String... countries) {
            return new Item(qid, labels, descriptions, aliases, p31, List.of(countries), dissolved);
        }

        Item asDissolved() {
            return new Item(qid, labels, descriptions, aliases, p31, p27, true);
        }
    }

    private final HttpServer server;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final List<URI> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    private volatile int failWithStatus;

    private FakeWikidataApi(List<Item> items) throws IOException {
        items.forEach(i -> this.items.put(i.qid(), i));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.start();
    }

    static FakeWikidataApi start(Item... items) {
        try {
            return new FakeWikidataApi(List.of(items));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake API", e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    List<URI> requests() {
        return List.copyOf(requests);
    }

    List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** From now on answer every request with this HTTP status (0: answer normally). */
    void failWith(int status) {
        failWithStatus = status;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.add(ex.getRequestURI());
        userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        if (failWithStatus != 0) {
            send(ex, failWithStatus, "{\"error\":\"unavailable\"}");
            return;
        }
        Map<String, String> params = params(ex.getRequestURI().getRawQuery());
        String body = switch (params.getOrDefault("action", "")) {
            case "wbsearchentities" -> search(params);
            case "wbgetentities" -> entities(params);
            default -> "{\"error\":{\"code\":\"unknown_action\",\"info\":\"Unrecognized value for parameter \\\"action\\\"\"}}";
        };
        send(ex, 200, body);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> p = new LinkedHashMap<>();
        if (rawQuery == null) {
            return p;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            p.put(k, v);
        }
        return p;
    }

    private String search(Map<String, String> params) {
        String text = params.getOrDefault("search", "").toLowerCase(Locale.ROOT);
        String lang = params.getOrDefault("language", "en");
        int limit = Integer.parseInt(params.getOrDefault("limit", "7"));
        List<ObjectNode> exact = new ArrayList<>();
        List<ObjectNode> prefix = new ArrayList<>();
        for (Item item : items.values()) {
            List<String[]> names = new ArrayList<>();
            if (item.labels().containsKey(lang)) {
                names.add(new String[] {"label", item.labels().get(lang)});
            }
            item.aliases().getOrDefault(lang, List.of()).forEach(a -> names.add(new String[] {"alias", a}));
            for (String[] n : names) {
                String lower = n[1].toLowerCase(Locale.ROOT);
                if (!text.isEmpty() && lower.startsWith(text)) {
                    ObjectNode hit = hit(item, lang, n[0], n[1]);
                    (lower.equals(text) ? exact : prefix).add(hit);
                    break;
                }
            }
        }
        ObjectNode out = JSON.createObjectNode();
        out.putObject("searchinfo").put("search", params.getOrDefault("search", ""));
        ArrayNode search = out.putArray("search");
        List<ObjectNode> all = new ArrayList<>(exact);
        all.addAll(prefix);
        all.stream().limit(limit).forEach(search::add);
        out.put("success", 1);
        return out.toString();
    }

    private static ObjectNode hit(Item item, String lang, String matchType, String matched) {
        ObjectNode h = JSON.createObjectNode();
        h.put("id", item.qid());
        h.put("title", item.qid());
        h.put("pageid", Integer.parseInt(item.qid().substring(1)) % 100000);
        h.put("concepturi", "http://www.wikidata.org/entity/" + item.qid());
        h.put("repository", "wikidata");
        h.put("url", "//www.wikidata.org/wiki/" + item.qid());
        String label = item.labels().getOrDefault(lang, item.labels().getOrDefault("en", ""));
        String description = item.descriptions().getOrDefault(lang, item.descriptions().getOrDefault("en", null));
        ObjectNode display = h.putObject("display");
        display.putObject("label").put("value", label).put("language", lang);
        if (description != null) {
            display.putObject("description").put("value", description).put("language", lang);
            h.put("description", description);
        }
        h.put("label", label);
        h.putObject("match").put("type", matchType).put("language", lang).put("text", matched);
        if (matchType.equals("alias")) {
            h.putArray("aliases").add(matched);
        }
        return h;
    }

    private String entities(Map<String, String> params) {
        ObjectNode out = JSON.createObjectNode();
        ObjectNode entities = out.putObject("entities");
        for (String id : params.getOrDefault("ids", "").split("\\|")) {
            Item item = items.get(id);
            if (item == null) {
                entities.putObject(id).put("id", id).put("missing", "");
                continue;
            }
            ObjectNode e = entities.putObject(id);
            e.put("pageid", 1);
            e.put("ns", 0);
            e.put("title", id);
            e.put("lastrevid", 42);
            e.put("modified", "2025-01-01T00:00:00Z");
            e.put("type", "item");
            e.put("id", id);
            ObjectNode labels = e.putObject("labels");
            item.labels().forEach((l, v) -> labels.putObject(l).put("language", l).put("value", v));
            ObjectNode descriptions = e.putObject("descriptions");
            item.descriptions().forEach((l, v) -> descriptions.putObject(l).put("language", l).put("value", v));
            ObjectNode aliases = e.putObject("aliases");
            item.aliases().forEach((l, vs) -> {
                ArrayNode a = aliases.putArray(l);
                vs.forEach(v -> a.addObject().put("language", l).put("value", v));
            });
            ObjectNode claims = e.putObject("claims");
            itemClaims(claims, id, "P31", item.p31());
            itemClaims(claims, id, "P27", item.p27());
            itemClaims(claims, id, "P569", List.of());
            if (item.dissolved()) {
                ObjectNode st = claims.putArray("P576").addObject();
                ObjectNode snak = st.putObject("mainsnak");
                snak.put("snaktype", "value").put("property", "P576").put("datatype", "time");
                ObjectNode dv = snak.putObject("datavalue");
                dv.putObject("value").put("time", "+1991-12-26T00:00:00Z").put("precision", 11)
                        .put("calendarmodel", "http://www.wikidata.org/entity/Q1985727");
                dv.put("type", "time");
                st.put("type", "statement").put("id", id + "$p576").put("rank", "normal");
            }
            e.putObject("sitelinks");
        }
        out.put("success", 1);
        return out.toString();
    }

    private static void itemClaims(ObjectNode claims, String id, String property, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        ArrayNode list = claims.putArray(property);
        int n = 0;
        for (String v : values) {
            ObjectNode st = list.addObject();
            ObjectNode snak = st.putObject("mainsnak");
            snak.put("snaktype", "value").put("property", property).put("datatype", "wikibase-item");
            ObjectNode dv = snak.putObject("datavalue");
            dv.putObject("value").put("entity-type", "item").put("numeric-id", Long.parseLong(v.substring(1)))
                    .put("id", v);
            dv.put("type", "wikibase-entityid");
            st.put("type", "statement").put("id", id + "$" + property + "-" + (n++)).put("rank", "normal");
        }
    }
}
