package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.diplograph.store.Tdb2Store;
import org.diplograph.web.DiplographServer;
import org.diplograph.web.ServeOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./diplograph serve}: publishes a store over SPARQL and opens the web view. Only adapts arguments;
 * the server is {@link DiplographServer}.
 */
@Command(name = "serve", header = "Serve the web view and a SPARQL endpoint (read-only, localhost by default).", mixinStandardHelpOptions = true,
        description = {
            "Serve the store: the web view at http://127.0.0.1:PORT/ and the SPARQL 1.1 endpoints of the",
            "dataset /ds (query: /ds/sparql, graph store: /ds/data) for Gephi, YASGUI and other tools.",
            "Queries see the union of all article graphs. Read-only unless --allow-update; listens on",
            "127.0.0.1 only unless --bind says otherwise. Stop with Ctrl-C.",
            "",
            "Examples:",
            "  ./diplograph serve",
            "  ./diplograph serve --db news.db --port 8080",
            "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' \\",
            "       http://127.0.0.1:3030/ds/sparql"})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "diplograph-db",
            description = "The TDB2 dataset folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
                    + "0.0.0.0 makes the store readable by every machine that can reach this one).")
    String bind;

    @Option(names = "--allow-update",
            description = "Accept SPARQL Update (/ds/update) and graph store writes (/ds/data). Off by default.")
    boolean allowUpdate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop a query after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Tdb2Store.exists(db)) {
            err.println("serve: no store at " + db + " (run ./diplograph build first)");
            err.flush();
            return 2;
        }
        if (timeoutSeconds <= 0) {
            err.println("serve: --timeout must be a positive number of seconds");
            err.flush();
            return 2;
        }
        ServeOptions options = new ServeOptions(port, bind, allowUpdate, Duration.ofSeconds(timeoutSeconds));
        Tdb2Store store = Tdb2Store.openExisting(db, "serve");
        DiplographServer server;
        try {
            server = DiplographServer.start(store, options);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        // Ctrl-C: stop answering, then release the store's lock for the next build.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "diplograph-serve-shutdown"));
        String url = server.url().replace("://0.0.0.0:", "://localhost:");
        out.println("Serving " + db + " at " + url);
        out.println("  SPARQL query:  " + url + "ds/sparql");
        out.println("  graph store:   " + url + "ds/data" + (allowUpdate ? "" : " (read-only)"));
        if (allowUpdate) {
            out.println("  SPARQL update: " + url + "ds/update (updates are ON)");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }
}
