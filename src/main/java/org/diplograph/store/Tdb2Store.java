package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.StoreException;
import org.diplograph.rdf.DG;

/**
 * The embedded Apache Jena TDB2 store: one named graph per article, queries against the union of
 * all graphs. Every write is its own transaction, so a failure leaves what was stored before intact.
 */
public final class Tdb2Store implements GraphStore {
    private final DatasetGraph dsg;
    private final Path dir;

    private Tdb2Store(DatasetGraph dsg, Path dir) {
        this.dsg = dsg;
        this.dir = dir;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the store in {@code dir}, creating it when the directory is missing or empty. */
    public static Tdb2Store open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + ": is a file, not a store directory");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !looksLikeTdb2(dir)) {
            throw new StoreException(dir + ": not a Diplograph store (the directory has other files); "
                    + "choose another --db");
        }
        return connect(dir);
    }

    /** True when {@code dir} holds a TDB2 store (opening it will not create one). */
    public static boolean exists(Path dir) {
        return Files.isDirectory(dir) && looksLikeTdb2(dir);
    }

    /** Opens an existing store; fails with a one-line reason when there is none at {@code dir}. */
    public static Tdb2Store openExisting(Path dir, String command) {
        if (!exists(dir)) {
            throw new StoreException(command + ": no store at " + dir + " (run ./diplograph build first)");
        }
        return connect(dir);
    }

    /** A store in memory, for tests. */
    public static Tdb2Store inMemory() {
        return new Tdb2Store(DatabaseMgr.createDatasetGraph(), null);
    }

    private static Tdb2Store connect(Path dir) {
        try {
            Files.createDirectories(dir);
            return new Tdb2Store(DatabaseMgr.connectDatasetGraph(Location.create(dir.toString())), dir);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create store directory (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            String holder = lockHolder(e);
            if (holder != null) {
                throw new StoreException(dir + ": the store is in use by another process" + holder
                        + " (a build or a server); wait for it to finish or stop it, then retry", e);
            }
            throw new StoreException(dir + ": cannot open the store (" + e.getMessage() + ")", e);
        }
    }

    /** When {@code t} says the store's lock is held: " (pid N)" or "", else null. */
    private static String lockHolder(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage();
            if (c instanceof AlreadyLocked || m.contains("Failed to get a lock") || m.contains("already locked")) {
                Matcher pid = Pattern.compile("process (\\d+)").matcher(m);
                return pid.find() ? " (pid " + pid.group(1) + ")" : "";
            }
        }
        return null;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot read directory (" + e.getMessage() + ")", e);
        }
    }

    private static boolean looksLikeTdb2(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-")
                    || p.getFileName().toString().equals("tdb.lock"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The directory, or null for an in-memory store. */
    public Path directory() {
        return dir;
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The store as a Jena {@link Dataset}; its default graph is the union of all article graphs. */
    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    @Override
    public Optional<String> contentHash(String articleIri) {
        Node g = NodeFactory.createURI(articleIri);
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(g, g, DG.CONTENT_HASH.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    @Override
    public String address() {
        return "tdb2:" + (dir == null ? "(memory)" : dir.toString());
    }

    @Override
    public <T> T select(String sparql, Function<RowSet, T> reader) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(sparql).build()) {
                return reader.apply(exec.select());
            }
        });
    }

    @Override
    public void update(String sparqlUpdate) {
        Txn.executeWrite(dsg, () -> UpdateExec.dataset(dsg).update(sparqlUpdate).execute());
    }

    /** Replaces several named graphs in one transaction: all or none. */
    @Override
    public void replaceGraphs(List<GraphContent> graphs) {
        Txn.executeWrite(dsg, () -> {
            for (GraphContent gc : graphs) {
                Node g = NodeFactory.createURI(gc.graphIri());
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : gc.quads()) {
                    if (!q.getGraph().equals(g)) {
                        throw new IllegalArgumentException("quad outside graph " + gc.graphIri() + ": " + q);
                    }
                    dsg.add(q);
                }
            }
        });
    }

    /**
     * New article graphs go through Jena's sequential bulk loader, one write transaction from the first
     * {@link BulkLoad#add} to each {@link BulkLoad#commit}. The loader fills the primary quad index as quads
     * arrive and the secondary indexes once at the commit, which is what makes large transactions fast
     * (bench: 70,000 quads/s against 20,000 through batched {@link #replaceGraphs}). Of Jena's TDB2 loaders
     * only the basic and the sequential one stay transactional when the process is killed; the parallel and
     * phased ones work below the transaction layer, so a kill could leave a broken store.
     */
    @Override
    public BulkLoad bulkLoad() {
        return new SequentialBulkLoad();
    }

    private final class SequentialBulkLoad implements BulkLoad {
        private DataLoader loader;
        private StreamRDF stream;

        @Override
        public void add(List<GraphContent> graphs) {
            if (loader == null) {
                loader = LoaderFactory.sequentialLoader(dsg, (format, args) -> { });
                loader.startBulk();
                stream = loader.streamRDF();
                stream.start();
            }
            try {
                for (GraphContent gc : graphs) {
                    Node g = NodeFactory.createURI(gc.graphIri());
                    for (Quad q : gc.quads()) {
                        if (!q.getGraph().equals(g)) {
                            throw new IllegalArgumentException("quad outside graph " + gc.graphIri() + ": " + q);
                        }
                        stream.quad(q);
                    }
                }
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public boolean holdsUntilCommit() {
            return true;
        }

        @Override
        public void addToGraphs(List<Quad> quads) {
            if (loader == null) {
                throw new IllegalStateException("no graphs added since the last commit");
            }
            try {
                quads.forEach(stream::quad);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public void commit() {
            if (loader != null) {
                DataLoader l = loader;
                loader = null;
                try {
                    stream.finish();
                    l.finishBulk();
                } catch (RuntimeException e) {
                    l.finishException(e);
                    throw e;
                }
            }
        }

        @Override
        public void close() {
            if (loader != null) {
                DataLoader l = loader;
                loader = null;
                l.finishException(new IllegalStateException("bulk load given up before its commit"));
            }
        }
    }

    /** The names of all article graphs. */
    public List<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }

    /** Removes every graph, in one transaction. */
    @Override
    public void clear() {
        Txn.executeWrite(dsg, () -> dsg.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
    }

    /**
     * The size of the quad table's primary index, which TDB2 counts by walking its leaf blocks: 10-30x faster
     * than {@code COUNT(*)} through SPARQL (bench: 0.1-0.4 s against 2.5-6 s for 1.6 million quads).
     */
    @Override
    public boolean defaultGraphIsUnion() {
        return true; // set in the constructor for every query
    }

    @Override
    public long tripleCount() {
        return Txn.calculateRead(dsg, () -> TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable()
                .getTupleTable().getIndex(0).size());
    }

    /**
     * Writes the live data into a new TDB2 generation and deletes the old one. Every write transaction
     * copies the index blocks it touches, so a long build leaves several times the live data on disk;
     * compaction gives it back. Crash-safe: the old generation stays until the new one is complete.
     */
    @Override
    public void compact() {
        if (dir != null) {
            DatabaseMgr.compact(dsg, true);
        }
    }

    /** Releases the store so another process (or a test) can open the directory. */
    @Override
    public void close() {
        if (dir != null) {
            TDBInternal.expel(dsg);
        } else {
            dsg.close();
        }
    }
}
