package org.diplograph.store;

import java.nio.file.Path;

import org.diplograph.StoreException;

/**
 * Opens a store from its address: {@code tdb2:DIR} (the embedded default; a bare path means the same),
 * {@code sparql:URL} (a SPARQL 1.1 dataset over HTTP, Fuseki layout) or {@code rdf4j:URL} (an RDF4J
 * server or GraphDB repository URL, {@code http://host/rdf4j-server/repositories/ID}).
 */
public final class GraphStores {
    private GraphStores() {
    }

    public static GraphStore open(String address) {
        if (address.startsWith("sparql:")) {
            return SparqlStore.dataset(url(address, "sparql:"));
        }
        if (address.startsWith("rdf4j:")) {
            return Rdf4jStore.open(url(address, "rdf4j:"));
        }
        String dir = address.startsWith("tdb2:") ? address.substring("tdb2:".length()) : address;
        if (dir.isBlank()) {
            throw new StoreException("tdb2: needs a directory, e.g. tdb2:diplograph-db");
        }
        return Tdb2Store.open(Path.of(dir));
    }

    private static String url(String address, String scheme) {
        String url = address.substring(scheme.length());
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new StoreException(address + ": expected " + scheme + "http://host:port/...");
        }
        return url;
    }
}
