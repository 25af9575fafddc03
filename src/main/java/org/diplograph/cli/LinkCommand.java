package org.diplograph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.diplograph.link.LinkDecision;
import org.diplograph.link.LinkOptions;
import org.diplograph.link.LinkResult;
import org.diplograph.link.Linker;
import org.diplograph.link.WikidataUnavailableException;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./diplograph link --online}: proposes Wikidata links for entities without one. Only adapts
 * arguments; the work is in {@link org.diplograph.link}. Exit 0 when done, 1 when the API could not be used
 * (nothing changed), 2 on other errors.
 */
@Command(name = "link", header = "Propose Wikidata links for entities without one (--online).", mixinStandardHelpOptions = true,
        description = {
            "Propose Wikidata links (owl:sameAs) for persons, countries, cities, regions and organizations",
            "that have none, through Wikidata's public API. A candidate is accepted only when its label or",
            "alias equals the entity's name, its type fits (a human for a person, a sovereign state for a",
            "country, a city for a city) and it is the only such candidate; everything else is written to",
            "the review file. Links go to the named graph https://w3id.org/diplograph/graph/links, which",
            "rebuilding articles keeps (build --fresh removes it). Responses are cached on disk.",
            "",
            "Examples:",
            "  ./diplograph link --online",
            "  ./diplograph link --online --dry-run",
            "  ./diplograph link --online --db news.db --review review.tsv"})
public final class LinkCommand implements Callable<Integer> {

    @Option(names = "--online", description = "Required: allow requests to the Wikidata API.")
    boolean online;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "diplograph-db",
            description = "The TDB2 dataset folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "The MediaWiki API (default: https://www.wikidata.org/w/api.php).")
    String endpoint;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where API responses are cached (default: wikidata-cache beside the store folder,"
                    + " else ~/.cache/diplograph/wikidata).")
    Path cache;

    @Option(names = "--review", paramLabel = "FILE",
            description = "The TSV of entities not linked, with their candidates (default: wikidata-review.tsv"
                    + " beside the store folder).")
    Path review;

    @Option(names = "--dry-run", description = "Decide and print, but change neither the store nor the review file.")
    boolean dryRun;

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "User-Agent header; Wikimedia asks for a tool name and a contact address.")
    String userAgent;

    @Option(names = "--interval", paramLabel = "MS", defaultValue = "250",
            description = "Least milliseconds between two requests (default: ${DEFAULT-VALUE}).")
    long intervalMillis;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Connect and request timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!online) {
            return fail(err, "link: give --online to send the entities' names to Wikidata's API"
                    + " (nothing is sent otherwise)", 2);
        }
        if (intervalMillis < 0 || timeoutSeconds <= 0) {
            return fail(err, "link: --interval must be >= 0 and --timeout > 0", 2);
        }
        LinkOptions options = LinkOptions.defaults(db).withDryRun(dryRun)
                .withRequestInterval(Duration.ofMillis(intervalMillis))
                .withTimeout(Duration.ofSeconds(timeoutSeconds));
        if (endpoint != null) {
            URI uri;
            try {
                uri = new URI(endpoint);
            } catch (URISyntaxException e) {
                return fail(err, "link: --endpoint is not a URL: " + endpoint, 2);
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                return fail(err, "link: --endpoint must be an http(s) URL: " + endpoint, 2);
            }
            options = options.withEndpoint(uri);
        }
        if (cache != null) {
            options = options.withCacheDir(cache);
        }
        if (review != null) {
            options = options.withReviewFile(review);
        }
        if (userAgent != null && !userAgent.isBlank()) {
            options = options.withUserAgent(userAgent.strip());
        }
        if (!Tdb2Store.exists(db)) {
            return fail(err, "link: no store at " + db + " (run ./diplograph build first)", 2);
        }
        Linker linker = new Linker();
        LinkResult result;
        try (Tdb2Store store = Tdb2Store.openExisting(db, "link")) {
            result = linker.run(store, options, d -> {
                if (d.accepted()) {
                    out.println((dryRun ? "would link  " : "linked  ") + d.entity().key() + "  " + d.qid() + "  "
                            + describe(d));
                } else if (dryRun) {
                    out.println("review  " + d.entity().key() + "  " + d.reason());
                }
                out.flush();
            });
        } catch (WikidataUnavailableException e) {
            out.flush();
            return fail(err, "link: " + e.getMessage() + "; nothing changed", 1);
        }
        out.println(summary(result));
        out.flush();
        return 0;
    }

    private static String describe(LinkDecision d) {
        var c = d.acceptedCandidate();
        if (c == null) {
            return d.reason();
        }
        return c.label() + (c.description().isEmpty() ? "" : " – " + c.description());
    }

    static String summary(LinkResult r) {
        int n = r.decisions().size();
        StringBuilder sb = new StringBuilder("link: ").append(n).append(n == 1 ? " entity" : " entities")
                .append(" without a Wikidata link: ").append(r.accepted().size())
                .append(r.dryRun() ? " would be linked, " : " linked, ").append(r.toReview().size()).append(" to review");
        if (r.reviewFile() != null) {
            sb.append(" (").append(r.reviewFile()).append(')');
        }
        sb.append("; ").append(r.networkRequests()).append(" API requests, ").append(r.cacheHits()).append(" from cache");
        if (r.pruned() > 0) {
            sb.append("; ").append(r.pruned()).append(" earlier links removed");
        }
        if (r.dryRun()) {
            sb.append(" (dry run: nothing written)");
        }
        return sb.toString();
    }

    private static int fail(PrintWriter err, String line, int code) {
        err.println(line);
        err.flush();
        return code;
    }
}
