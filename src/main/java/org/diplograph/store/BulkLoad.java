package org.diplograph.store;

import java.util.List;

import org.apache.jena.sparql.core.Quad;

import org.diplograph.store.GraphStore.GraphContent;

/**
 * Adds article graphs that are not in the store yet, in as few and as large write transactions as the store
 * does best. Graphs added become durable at the next {@link #commit()}; {@link #close()} without a commit
 * gives up what was added since the last one, and the store keeps what it held before. Not thread-safe:
 * one writer feeds it.
 *
 * <p>The embedded TDB2 store streams the graphs into Jena's sequential bulk loader, which writes the
 * primary indexes as quads arrive and builds the secondary indexes once per transaction (the only TDB2 bulk
 * loader that stays transactional when the process is killed). Remote stores write each
 * {@link #add} at once, as {@link GraphStore#replaceGraphs} does.
 */
public interface BulkLoad extends AutoCloseable {

    /** Adds graphs whose names are not in the store. */
    void add(List<GraphContent> graphs);

    /**
     * True when everything added stays in one open transaction until {@link #commit}, so that
     * {@link #addToGraphs} may still add quads to graphs added since (the embedded TDB2 loader). A build into an
     * empty store then holds its events back until their IRIs are decided, and never renames one.
     */
    default boolean holdsUntilCommit() {
        return false;
    }

    /**
     * Adds quads to graphs added since the last commit. Only where {@link #holdsUntilCommit()}: elsewhere a
     * graph added is written whole at once.
     */
    default void addToGraphs(List<Quad> quads) {
        throw new UnsupportedOperationException("this store writes each graph whole as it is added");
    }

    /** Makes everything added so far durable and visible to readers. */
    void commit();

    /** Gives up everything added since the last commit. */
    @Override
    void close();

    /** The plain way: every {@link #add} is one {@link GraphStore#replaceGraphs} call. */
    static BulkLoad immediate(GraphStore store) {
        return new BulkLoad() {
            @Override
            public void add(List<GraphContent> graphs) {
                store.replaceGraphs(graphs);
            }

            @Override
            public void commit() {
            }

            @Override
            public void close() {
            }
        };
    }
}
