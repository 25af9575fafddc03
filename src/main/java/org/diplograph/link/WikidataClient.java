package org.diplograph.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diplograph.DiplographException;

/**
 * Reads Wikidata's public MediaWiki API ({@code wbsearchentities}, {@code wbgetentities}) politely: one
 * request at a time, at least {@code requestInterval} apart, with a descriptive User-Agent (Wikimedia's
 * User-Agent policy), gzip, timeouts, and a {@code Retry-After} honoured once or twice on HTTP 429/503.
 * Every successful response is cached on disk ({@link ResponseCache}) and a cached URL is never requested
 * again.
 */
public final class WikidataClient {
    /** Wikidata's API. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://www.wikidata.org/w/api.php");

    /** Results asked for per search. */
    static final int SEARCH_LIMIT = 10;
    /** Ids per {@code wbgetentities} request (the API's limit for anonymous clients). */
    static final int IDS_PER_REQUEST = 50;
    private static final int MAX_RETRIES = 2;
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http;
    private final ResponseCache cache;
    private final String userAgent;
    private final Duration requestInterval;
    private final Duration timeout;
    private final Clock clock;
    private long lastRequestNanos;
    private boolean requested;
    private int networkRequests;
    private int cacheHits;

    public WikidataClient(URI endpoint, Path cacheDir, String userAgent, Duration requestInterval, Duration timeout,
                          Clock clock) {
        this.endpoint = endpoint;
        this.cache = new ResponseCache(cacheDir);
        this.userAgent = userAgent;
        this.requestInterval = requestInterval;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A client for {@code options}. */
    public static WikidataClient of(LinkOptions options) {
        return new WikidataClient(options.endpoint(), options.cacheDir(), options.userAgent(),
                options.requestInterval(), options.timeout(), options.clock());
    }

    /** Requests sent over the network so far. */
    public int networkRequests() {
        return networkRequests;
    }

    /** Requests answered from the cache so far. */
    public int cacheHits() {
        return cacheHits;
    }

    /** {@code wbsearchentities}: items whose label or alias in {@code language} starts with {@code text}. */
    public List<SearchHit> search(String text, String language) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("action", "wbsearchentities");
        params.put("format", "json");
        params.put("type", "item");
        params.put("language", language);
        params.put("uselang", language);
        params.put("limit", Integer.toString(SEARCH_LIMIT));
        params.put("search", text);
        JsonNode response = get(params);
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode hit : response.path("search")) {
            SearchHit h = SearchHit.fromJson(hit);
            if (h != null) {
                hits.add(h);
            }
        }
        return hits;
    }

    /**
     * {@code wbgetentities}: labels, descriptions and aliases in German and English and the claims that
     * matter for linking ({@link WikidataItem#PROPERTIES}), by QID. Missing items are left out; a
     * redirected id maps to its target item.
     */
    public Map<String, WikidataItem> items(Collection<String> qids) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(qids));
        ids.removeIf(id -> !WikidataItem.isQid(id));
        ids.sort(null);
        Map<String, WikidataItem> items = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_REQUEST) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + IDS_PER_REQUEST));
            Map<String, String> params = new LinkedHashMap<>();
            params.put("action", "wbgetentities");
            params.put("format", "json");
            params.put("ids", String.join("|", batch));
            params.put("props", "labels|descriptions|aliases|claims");
            params.put("languages", "de|en");
            JsonNode response = get(params);
            Map<String, String> redirects = new LinkedHashMap<>();
            for (JsonNode e : response.path("entities")) {
                JsonNode r = e.path("redirects");
                if (r.has("from") && r.has("to")) {
                    redirects.put(r.path("from").asText(), r.path("to").asText());
                }
                WikidataItem item = WikidataItem.fromJson(e);
                if (item != null) {
                    items.put(item.qid(), item);
                }
            }
            for (String id : batch) {
                String target = redirects.get(id);
                if (target != null && items.containsKey(target)) {
                    items.putIfAbsent(id, items.get(target));
                }
            }
        }
        return items;
    }

    /** The request URL for {@code params}. */
    String url(Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + query;
    }

    /** The response for {@code params}, from the cache or the network (then cached). */
    JsonNode get(Map<String, String> params) {
        String url = url(params);
        Optional<JsonNode> cached = cache.get(url);
        if (cached.isPresent()) {
            cacheHits++;
            return cached.get();
        }
        JsonNode response = fetch(url);
        if ("wbgetentities".equals(params.get("action"))) {
            response = trimEntities(response);
        }
        cache.put(url, response, clock.instant());
        return response;
    }

    private JsonNode fetch(String url) {
        for (int attempt = 0; ; attempt++) {
            pause();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .header("User-Agent", userAgent)
                    .header("Accept", "application/json")
                    .header("Accept-Encoding", "gzip")
                    .GET()
                    .build();
            HttpResponse<InputStream> response;
            try {
                networkRequests++;
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new WikidataUnavailableException("Wikidata API unreachable (" + reason(e) + ": " + endpoint + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DiplographException("interrupted while waiting for " + endpoint, e);
            } finally {
                lastRequestNanos = System.nanoTime();
                requested = true;
            }
            int status = response.statusCode();
            byte[] body = readBody(response);
            if ((status == 429 || status == 503) && attempt < MAX_RETRIES) {
                Optional<Duration> wait = retryAfter(response);
                if (wait.isPresent() && wait.get().compareTo(MAX_RETRY_AFTER) <= 0) {
                    sleep(wait.get());
                    continue;
                }
            }
            if (status != 200) {
                throw new WikidataUnavailableException("Wikidata API answered HTTP " + status + " for " + url);
            }
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new WikidataUnavailableException("Wikidata API sent something that is not JSON for " + url, e);
            } catch (IOException e) {
                throw new WikidataUnavailableException("cannot read the Wikidata API's answer for " + url, e);
            }
            if (json == null || !json.isObject()) {
                throw new WikidataUnavailableException("Wikidata API sent an empty answer for " + url);
            }
            if (json.has("error")) {
                JsonNode err = json.get("error");
                throw new WikidataUnavailableException("Wikidata API error " + err.path("code").asText("?") + ": "
                        + err.path("info").asText("") + " (" + url + ")");
            }
            return json;
        }
    }

    private byte[] readBody(HttpResponse<InputStream> response) {
        boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip"))
                .orElse(false);
        try (InputStream raw = response.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new WikidataUnavailableException("Wikidata API unreachable (" + reason(e) + " while reading: "
                    + endpoint + ")", e);
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v.strip()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** Keeps at least {@code requestInterval} between two network requests. */
    private void pause() {
        if (!requested) {
            return;
        }
        long waitNanos = requestInterval.toNanos() - (System.nanoTime() - lastRequestNanos);
        if (waitNanos > 0) {
            sleep(Duration.ofNanos(waitNanos));
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplographException("interrupted while waiting for " + endpoint, e);
        }
    }

    /** A short cause: "connection refused", "unknown host www.wikidata.org", "timed out after 20 s". */
    private String reason(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof HttpTimeoutException) {
                return "timed out after " + timeout.toSeconds() + " s";
            }
            if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
                return "unknown host " + endpoint.getHost();
            }
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " " + m.strip());
    }

    /** Keeps only the parts of a {@code wbgetentities} answer linking reads, so the cache stays small. */
    static JsonNode trimEntities(JsonNode response) {
        ObjectNode out = JSON.createObjectNode();
        ObjectNode entities = out.putObject("entities");
        for (Map.Entry<String, JsonNode> e : response.path("entities").properties()) {
            JsonNode entity = e.getValue();
            ObjectNode t = entities.putObject(e.getKey());
            for (String field : List.of("type", "id", "missing", "redirects", "labels", "descriptions", "aliases")) {
                if (entity.has(field)) {
                    t.set(field, entity.get(field));
                }
            }
            if (entity.has("claims")) {
                ObjectNode claims = t.putObject("claims");
                for (String p : WikidataItem.PROPERTIES) {
                    if (entity.path("claims").has(p)) {
                        claims.set(p, entity.path("claims").get(p));
                    }
                }
            }
        }
        if (response.has("success")) {
            out.set("success", response.get("success"));
        }
        return out;
    }
}
