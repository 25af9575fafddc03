package org.diplograph.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code ./diplograph serve} runs.
 *
 * @param port         TCP port; 0 picks a free one
 * @param bind         the address to listen on; loopback ({@value #DEFAULT_BIND}) unless told otherwise
 * @param allowUpdate  whether SPARQL Update and graph store writes are accepted
 * @param queryTimeout time limit of one SPARQL query (the /ds endpoints and the bundled queries)
 */
public record ServeOptions(int port, String bind, boolean allowUpdate, Duration queryTimeout) {
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ServeOptions {
        if (port < 0 || port > 65535) {
            throw new ServerException("--port must be between 0 and 65535, not " + port);
        }
        bind = bind == null || bind.isBlank() ? DEFAULT_BIND : bind.strip();
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new ServerException("the query timeout must be positive, not " + queryTimeout);
        }
    }

    /** Port 3030 on 127.0.0.1, read-only, 30 s per query. */
    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_PORT, DEFAULT_BIND, false, DEFAULT_TIMEOUT);
    }

    public ServeOptions withPort(int newPort) {
        return new ServeOptions(newPort, bind, allowUpdate, queryTimeout);
    }

    public ServeOptions withBind(String newBind) {
        return new ServeOptions(port, newBind, allowUpdate, queryTimeout);
    }

    public ServeOptions withAllowUpdate(boolean allow) {
        return new ServeOptions(port, bind, allow, queryTimeout);
    }

    public ServeOptions withQueryTimeout(Duration timeout) {
        return new ServeOptions(port, bind, allowUpdate, timeout);
    }
}
