package org.diplograph.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.diplograph.store.Tdb2Store;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * {@code ./diplograph serve}: an embedded Apache Jena Fuseki over the store.
 * <ul>
 *   <li>{@code /ds} is the store over the SPARQL 1.1 protocol: query at {@code /ds/sparql} (and
 *       {@code /ds/query}), graph store at {@code /ds/data} (read-only, {@code /ds/get}); with
 *       {@code allowUpdate} also update at {@code /ds/update} and a writable {@code /ds/data}. The
 *       default graph of a query is the union of all article graphs; each query stops after the timeout.</li>
 *   <li>{@code /} is the web app ({@link AppServlet}) and {@code /api/} its JSON API ({@link ApiServlet}).</li>
 * </ul>
 * Listens on {@link ServeOptions#bind()} only (127.0.0.1 unless told otherwise).
 */
public final class DiplographServer implements AutoCloseable {
    /** The Fuseki dataset name. */
    public static final String DATASET = "/ds";

    private final FusekiServer fuseki;
    private final ServeOptions options;

    private DiplographServer(FusekiServer fuseki, ServeOptions options) {
        this.fuseki = fuseki;
        this.options = options;
    }

    /** Starts serving {@code store}; the caller keeps the store open until {@link #close()}. */
    public static DiplographServer start(Tdb2Store store, ServeOptions options) {
        Objects.requireNonNull(store, "store");
        return start(store.datasetGraph(), options);
    }

    /** Starts serving {@code dsg} (a TDB2 dataset, or any transactional dataset in tests). */
    public static DiplographServer start(DatasetGraph dsg, ServeOptions options) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(options, "options");
        InetAddress address = resolve(options.bind());
        // Queries over HTTP see the union of the article graphs, as the query command does, and stop
        // after the timeout. Both are read by Fuseki's query engine from the dataset's context.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));

        FusekiServer fuseki = FusekiServer.create()
                .port(options.port())
                .add(DATASET, dsg, options.allowUpdate())
                .enablePing(true)
                .enableStats(false)
                .enableCors(false)
                .addServlet("/api/*", new ApiServlet(dsg, options))
                .addServlet("", new AppServlet())
                .addServlet("/index.html", new AppServlet())
                .addServlet("/static/*", new AppServlet())
                .build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(address.getHostAddress());
            }
        }
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            stopQuietly(fuseki);
            throw new ServerException("cannot listen on " + options.bind() + ":" + options.port() + " ("
                    + rootMessage(e) + "); choose another --port or --bind", e);
        }
        return new DiplographServer(fuseki, options);
    }

    private static InetAddress resolve(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ServerException("--bind " + bind + ": not an address of this machine", e);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }

    private static void stopQuietly(FusekiServer fuseki) {
        try {
            fuseki.stop();
        } catch (RuntimeException ignored) {
            // the server did not start; nothing else to release
        }
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The socket address the server listens on. */
    public InetSocketAddress boundAddress() {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc && sc.getTransport() instanceof ServerSocketChannel ch) {
                try {
                    SocketAddress a = ch.getLocalAddress();
                    if (a instanceof InetSocketAddress inet) {
                        return inet;
                    }
                } catch (IOException e) {
                    throw new ServerException("cannot read the server's address: " + e.getMessage(), e);
                }
            }
        }
        throw new ServerException("the server has no open connector");
    }

    /** The web app's address, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        InetSocketAddress a = boundAddress();
        String host = a.getAddress().getHostAddress();
        if (a.getAddress() instanceof java.net.Inet6Address) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + a.getPort() + "/";
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/ds/sparql}. */
    public String sparqlUrl() {
        return url() + "ds/sparql";
    }

    public ServeOptions options() {
        return options;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
