package org.diplograph.link;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Linker} runs. Start from {@link #defaults(Path)} and change what the command line gives.
 *
 * @param endpoint        the MediaWiki API ({@link WikidataClient#DEFAULT_ENDPOINT})
 * @param cacheDir        where responses are cached, one file per request URL
 * @param reviewFile      the TSV of entities that were not linked, with their candidates
 * @param dryRun          decide and report, but write neither the store nor the review file
 * @param userAgent       the User-Agent header (Wikimedia asks for a tool name and a contact)
 * @param requestInterval the least time between two network requests
 * @param timeout         connect and request timeout
 * @param clock           gives the time recorded with each link
 */
public record LinkOptions(URI endpoint, Path cacheDir, Path reviewFile, boolean dryRun, String userAgent,
                          Duration requestInterval, Duration timeout, Clock clock) {

    /** Identifies Diplograph to Wikimedia, per its User-Agent policy. */
    public static final String DEFAULT_USER_AGENT =
            "Diplograph/0.1 (https://w3id.org/diplograph; entity linking for a news knowledge graph) java.net.http";
    public static final Duration DEFAULT_REQUEST_INTERVAL = Duration.ofMillis(250);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public LinkOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(reviewFile, "reviewFile");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(clock, "clock");
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
            throw new IllegalArgumentException("endpoint must be an http(s) URL: " + endpoint);
        }
        if (requestInterval.isNegative()) {
            throw new IllegalArgumentException("requestInterval must not be negative: " + requestInterval);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /**
     * The defaults for the store in {@code db}: Wikidata's API, the cache {@code wikidata-cache} and the
     * review file {@code wikidata-review.tsv} beside the store folder (the cache falls back to
     * {@code ~/.cache/diplograph/wikidata} when that folder cannot be written).
     */
    public static LinkOptions defaults(Path db) {
        Path parent = db.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            parent = Path.of("").toAbsolutePath();
        }
        return new LinkOptions(WikidataClient.DEFAULT_ENDPOINT, defaultCacheDir(parent),
                parent.resolve("wikidata-review.tsv"), false, DEFAULT_USER_AGENT, DEFAULT_REQUEST_INTERVAL,
                DEFAULT_TIMEOUT, Clock.systemUTC());
    }

    private static Path defaultCacheDir(Path parent) {
        Path beside = parent.resolve("wikidata-cache");
        if (Files.isDirectory(beside) ? Files.isWritable(beside) : Files.isWritable(parent)) {
            return beside;
        }
        return Path.of(System.getProperty("user.home"), ".cache", "diplograph", "wikidata");
    }

    public LinkOptions withEndpoint(URI value) {
        return new LinkOptions(value, cacheDir, reviewFile, dryRun, userAgent, requestInterval, timeout, clock);
    }

    public LinkOptions withCacheDir(Path value) {
        return new LinkOptions(endpoint, value, reviewFile, dryRun, userAgent, requestInterval, timeout, clock);
    }

    public LinkOptions withReviewFile(Path value) {
        return new LinkOptions(endpoint, cacheDir, value, dryRun, userAgent, requestInterval, timeout, clock);
    }

    public LinkOptions withDryRun(boolean value) {
        return new LinkOptions(endpoint, cacheDir, reviewFile, value, userAgent, requestInterval, timeout, clock);
    }

    public LinkOptions withUserAgent(String value) {
        return new LinkOptions(endpoint, cacheDir, reviewFile, dryRun, value, requestInterval, timeout, clock);
    }

    public LinkOptions withRequestInterval(Duration value) {
        return new LinkOptions(endpoint, cacheDir, reviewFile, dryRun, userAgent, value, timeout, clock);
    }

    public LinkOptions withTimeout(Duration value) {
        return new LinkOptions(endpoint, cacheDir, reviewFile, dryRun, userAgent, requestInterval, value, clock);
    }

    public LinkOptions withClock(Clock value) {
        return new LinkOptions(endpoint, cacheDir, reviewFile, dryRun, userAgent, requestInterval, timeout, value);
    }
}
