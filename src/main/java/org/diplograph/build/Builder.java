package org.diplograph.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.DiplographException;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleSources;
import org.diplograph.article.ReadResult;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.Pipeline;
import org.diplograph.extract.time.DateExtractor;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EventIdentity;
import org.diplograph.StoreException;
import org.diplograph.store.BulkLoad;
import org.diplograph.store.EventReconciler;
import org.diplograph.store.GraphStore;
import org.diplograph.store.ReportBuckets;

/**
 * The whole job, top to bottom: read articles, extract, map to RDF, store each article's graph (with the
 * catalogue graph of each entity it names, written once per build: {@link CatalogGraphs}), then reconcile
 * events across articles. Articles stream through in batches: a batch is extracted and mapped
 * in parallel on all cores while the one before is written, so memory stays flat whatever the corpus size
 * (two batches in hand at most). New articles go
 * through the store's bulk load ({@link GraphStore#bulkLoad}: Jena's sequential TDB2 loader, committed every
 * {@value #COMMIT_EVERY} articles); a changed article's graph is replaced in a batch transaction. A bad article is reported and skipped; the rest are stored. An article whose content and
 * extraction code are unchanged is skipped, so re-running a build on the same input changes nothing.
 *
 * <p>Events are reconciled after the articles are stored. Into an empty store, where the whole build is one
 * transaction, each event's quads are held back ({@link ReportBuckets}) and written once its IRI is decided;
 * otherwise the events are written under their initial IRIs and the reconciliation renames those that join an
 * event of another article ({@link EventReconciler}). Into a store that holds articles, only the identity groups
 * (type and participants) of the events the build added, changed or removed are reconciled again, so a day's
 * articles added to a large store read the events of the persons they name, not every event stored.
 */
public final class Builder {
    /**
     * Articles per batch and thread: enough to keep the cores busy and to keep TDB2's copy-on-write
     * growth per transaction low (bench: 64 articles a transaction left 3x the store size of 1,024),
     * small enough for a flat heap (a batch of quads is tens of MB).
     */
    public static final int BATCH_PER_THREAD = 256;

    /**
     * New articles per bulk-load transaction when the store already holds articles. Into an empty store a
     * build is one transaction from start to end instead: Jena's sequential loader then fills only the primary
     * index and builds the secondary ones once at the commit, 2.3x faster than adding to every index (bench,
     * 10,000 articles: 23 s as one transaction, 53 s in transactions of 512 articles, 82 s in batches through
     * replaceGraphs). A kill loses the uncommitted articles' work; the store keeps what it held before and
     * the re-run adds them.
     */
    public static final int COMMIT_EVERY = 10_000;

    /** A commit of this many new articles takes long enough (bench: 36 s for 20,000) to say so before it starts. */
    private static final int ANNOUNCE_COMMIT_OF = 10_000;

    /** After replacing at least this many articles' graphs, the store is compacted to give back copied blocks. */
    private static final int COMPACT_AFTER = 1_000;

    /**
     * Identity groups a build into a store that holds articles reconciles on their own; a build touching more
     * reconciles the whole store, reading every report once instead of looking the groups up.
     */
    static final int MAX_TOUCHED_GROUPS = 20_000;

    private final Pipeline pipeline;
    private final RdfMapper mapper;
    private final int threads;
    private final int batchSize;
    private final int commitEvery;

    public Builder(Pipeline pipeline, RdfMapper mapper) {
        this(pipeline, mapper, Runtime.getRuntime().availableProcessors(), 0, 0);
    }

    /**
     * @param threads     extraction threads
     * @param batchSize   articles extracted together (and changed articles replaced in one transaction), or 0
     *                    for {@value #BATCH_PER_THREAD} per thread
     * @param commitEvery new articles per bulk-load transaction, or 0 for the default: the whole build in one
     *                    transaction when the store is empty at the start, else {@value #COMMIT_EVERY}
     */
    public Builder(Pipeline pipeline, RdfMapper mapper, int threads, int batchSize, int commitEvery) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.threads = Math.max(1, threads);
        this.batchSize = batchSize > 0 ? batchSize : this.threads * BATCH_PER_THREAD;
        this.commitEvery = Math.max(0, commitEvery);
    }

    /** Receives what happens to each article, in input order (for progress output). */
    public interface Listener {
        void article(String location, String outcome);

        /** The new articles reported so far are durable: {@code added} of them in this build. */
        default void committed(int added) {
        }

        /** A long step begins (a large commit), so that a silent terminal is not mistaken for a hang. */
        default void starting(String what) {
        }

        /** A step after extraction finished, and how long it took (commits, event reconciliation, compaction). */
        default void phase(String what, Duration took) {
        }

        Listener NONE = (location, outcome) -> { };
    }

    private enum Outcome { ADDED, UPDATED, UNCHANGED, FAILED }

    /**
     * What preparing one input produced: quads to store, or why not. {@code quads} are written at once; each of
     * {@code events} is an event report, with its event's quads when they are held back (see {@link #build}).
     * {@code triples} counts both.
     */
    private record Prepared(String location, Article article, String graph, List<Quad> quads, Outcome outcome,
                            String problem, List<String> warnings, List<ReportBuckets.Entry> events, int triples,
                            Set<String> catalogKeys) {
        Prepared(String location, Article article, String graph, List<Quad> quads, Outcome outcome, String problem,
                 List<String> warnings) {
            this(location, article, graph, quads, outcome, problem, warnings, List.of(), quads.size(), Set.of());
        }
    }

    /**
     * The graphs of {@code articles}, with the catalogue graphs of the entities they name that this build has
     * not written yet and, unless their events are held back, the marker that their events are not reconciled
     * yet: all for one transaction.
     */
    private static List<GraphStore.GraphContent> contents(List<Prepared> articles, CatalogGraphs catalog,
                                                          boolean pendingMarker) {
        List<GraphStore.GraphContent> graphs = new ArrayList<>(articles.size() + 1);
        articles.forEach(p -> graphs.add(new GraphStore.GraphContent(p.graph(), p.quads())));
        Set<String> named = new TreeSet<>();
        articles.forEach(p -> named.addAll(p.catalogKeys()));
        graphs.addAll(catalog.firstWritten(named));
        if (pendingMarker) {
            graphs.add(EventReconciler.pendingMarker());
        }
        return graphs;
    }

    /**
     * Builds {@code inputs} into {@code store}.
     *
     * @param fresh remove everything stored before
     */
    public BuildSummary build(GraphStore store, List<Path> inputs, boolean fresh, Listener listener) {
        long t0 = System.nanoTime();
        if (fresh) {
            store.clear();
        }
        // an empty store has no content hashes to compare with: every article is new
        boolean empty = fresh || store.isEmpty();
        // a build killed after storing articles and before reconciling their events: finished by this one
        boolean pendingBefore = !fresh && EventReconciler.pending(store);
        long commitAfter = commitEvery > 0 ? commitEvery : empty ? Long.MAX_VALUE : COMMIT_EVERY;
        Tally tally = new Tally();
        CatalogGraphs catalog = new CatalogGraphs(mapper);
        int merged;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "diplograph-extract");
            t.setDaemon(true);
            return t;
        });
        // into an empty store, every event report is written by this build: kept to reconcile without a query
        try (Stream<ReadResult> results = ArticleSources.read(inputs); BulkLoad bulk = store.bulkLoad();
             ReportBuckets reports = empty ? new ReportBuckets() : null) {
            // the whole build in one open transaction: each event is held back until its IRI is decided, then
            // written once under it, instead of being written under its initial IRI and renamed (a million
            // articles rename over a hundred thousand events, hours of random writes on a large store)
            boolean holdEvents = reports != null && commitAfter == Long.MAX_VALUE && !pendingBefore
                    && bulk.holdsUntilCommit();
            Iterator<ReadResult> it = results.iterator();
            Uncommitted uncommitted = new Uncommitted();
            GraphStore compareWith = empty ? null : store;
            // into a store that holds articles: the identity groups whose reports this build adds, changes or
            // removes, the only ones to reconcile again (null past the limit: then the whole store is)
            Set<EventIdentity.Group> touched = empty ? null : new HashSet<>();
            List<Future<Prepared>> batch = submit(it, pool, compareWith, holdEvents);
            while (!batch.isEmpty()) {
                // the next batch is extracted while this one is written: the cores never wait for the store
                List<Future<Prepared>> next = submit(it, pool, compareWith, holdEvents);
                List<Prepared> prepared = new ArrayList<>(batch.size());
                for (Future<Prepared> f : batch) {
                    prepared.add(await(f));
                }
                batch = next;
                List<Prepared> added = prepared.stream().filter(p -> p.outcome() == Outcome.ADDED).toList();
                if (!added.isEmpty()) {
                    store(bulk, added, catalog, tally, !holdEvents);
                }
                if (prepared.stream().anyMatch(p -> p.outcome() == Outcome.UPDATED)) {
                    // one writer at a time: what the bulk load holds is committed before graphs are replaced
                    uncommitted.commit(bulk, tally, listener);
                    if (touched != null) {
                        // the groups of the events the changed articles reported before: they may lose a report
                        touched.addAll(EventReconciler.groupsIn(store, prepared.stream()
                                .filter(p -> p.outcome() == Outcome.UPDATED).map(Prepared::graph).toList()));
                    }
                    write(store, prepared, catalog);
                }
                for (Prepared p : prepared) {
                    uncommitted.report(p, tally, listener);
                    if (reports != null && p.outcome() == Outcome.ADDED) {
                        p.events().forEach(e -> reports.add(e.report(), e.quads()));
                    }
                    if (touched != null && (p.outcome() == Outcome.ADDED || p.outcome() == Outcome.UPDATED)) {
                        for (ReportBuckets.Entry e : p.events()) {
                            touched.add(EventIdentity.Group.of(e.report()));
                        }
                    }
                }
                if (touched != null && touched.size() > MAX_TOUCHED_GROUPS) {
                    touched = null;
                }
                if (uncommitted.added >= commitAfter) {
                    uncommitted.commit(bulk, tally, listener);
                }
            }
            EventReconciler.Progress progress = (assigned, total, renamed) -> listener.starting(String.format(
                    Locale.ROOT, "reconciling events: %,d of %,d reports assigned, %,d merged", assigned, total,
                    renamed));
            merged = 0;
            if (holdEvents) {
                long t1 = System.nanoTime();
                if (reports.size() >= ANNOUNCE_COMMIT_OF) {
                    listener.starting("reconciling " + reports.size() + " event reports across articles");
                }
                try {
                    merged = EventReconciler.addAssigned(reports, bulk, progress);
                } catch (RuntimeException e) {
                    throw new StoreException("cannot store the events of the new articles (" + e.getMessage()
                            + "); nothing of this build is stored, and running it again adds everything", e);
                }
                listener.phase("events reconciled across articles (" + merged + " reports merged)", since(t1));
            }
            uncommitted.commit(bulk, tally, listener);
            if (!empty && tally.added + tally.updated > 0) {
                long t4 = System.nanoTime();
                store.replaceGraphs(catalog.all());
                if (tally.updated > 0) {
                    catalog.dropUnmentioned(store);
                }
                listener.phase("catalogue graphs rewritten", since(t4));
            }
            if (!holdEvents) {
                long t1 = System.nanoTime();
                if (reports != null && reports.size() >= ANNOUNCE_COMMIT_OF) {
                    listener.starting("reconciling " + reports.size() + " event reports across articles");
                }
                boolean changed = tally.added + tally.updated > 0;
                if (reports != null) {
                    merged = EventReconciler.reconcile(store, reports, progress);
                } else if (pendingBefore || changed && touched == null) {
                    // a build killed before reconciling left groups nobody knows, or this one touched too many
                    merged = EventReconciler.reconcile(store, progress);
                } else if (changed) {
                    merged = EventReconciler.reconcile(store, touched, progress);
                }
                listener.phase("events reconciled across articles (" + merged + " reports merged)", since(t1));
            }
        } finally {
            pool.shutdownNow();
        }
        if (tally.updated >= COMPACT_AFTER) {
            long t2 = System.nanoTime();
            store.compact();
            listener.phase("store compacted", since(t2));
        }
        long t3 = System.nanoTime();
        StoreCounts counts = StoreCounts.of(store);
        listener.phase("store counted", since(t3));
        return new BuildSummary(tally.added, tally.updated, tally.unchanged, tally.problems, tally.warnings, merged,
                counts, since(t0));
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    /** Starts extracting the next batch of articles. */
    private List<Future<Prepared>> submit(Iterator<ReadResult> it, ExecutorService pool, GraphStore compareWith,
                                          boolean holdEvents) {
        List<Future<Prepared>> batch = new ArrayList<>(batchSize);
        while (it.hasNext() && batch.size() < batchSize) {
            ReadResult r = it.next();
            batch.add(pool.submit(() -> prepare(compareWith, r, holdEvents)));
        }
        return batch;
    }

    /** Hands new article graphs to the bulk load; a store that refuses them ends the build (nothing is lost). */
    private static void store(BulkLoad bulk, List<Prepared> added, CatalogGraphs catalog, Tally tally,
                              boolean pendingMarker) {
        try {
            bulk.add(contents(added, catalog, pendingMarker));
        } catch (RuntimeException e) {
            throw new StoreException("cannot store new articles (" + e.getMessage() + "); the " + tally.added
                    + " committed before are kept, and running the build again adds the rest", e);
        }
    }

    /**
     * Articles handed to the bulk load but not committed yet. Each is reported to the listener when it has been
     * processed; {@link Listener#committed} says when the new ones are durable.
     */
    private final class Uncommitted {
        int added;

        void report(Prepared p, Tally tally, Listener listener) {
            if (p.outcome() == Outcome.ADDED) {
                added++;
            }
            tally.count(p, listener);
        }

        void commit(BulkLoad bulk, Tally tally, Listener listener) {
            if (added == 0) {
                return;
            }
            if (added >= ANNOUNCE_COMMIT_OF) {
                listener.starting("committing " + added + " new articles (the store builds its indexes)");
            }
            long t0 = System.nanoTime();
            try {
                bulk.commit();
            } catch (RuntimeException e) {
                throw new StoreException("cannot store new articles (" + e.getMessage() + "); the "
                        + (tally.added - added) + " committed before are kept, and running the build again adds"
                        + " the rest", e);
            }
            listener.committed(tally.added);
            listener.phase("committed " + added + " new articles", since(t0));
            added = 0;
        }
    }

    /**
     * @param store      the store to compare content hashes with, or null when it is known to be empty
     * @param holdEvents take the events' quads out of the article's quads, to be written once reconciled
     */
    private Prepared prepare(GraphStore store, ReadResult result, boolean holdEvents) {
        return switch (result) {
            case ReadResult.Failed f -> new Prepared(f.location(), null, null, List.of(), Outcome.FAILED, f.reason(),
                    List.of());
            case ReadResult.Ok ok -> {
                Article a = ok.article();
                String graph = RdfMapper.articleIri(a.id());
                String hash = Fingerprint.of(a);
                Optional<String> stored = store == null ? Optional.empty() : store.contentHash(graph);
                if (stored.isPresent() && stored.get().equals(hash)) {
                    yield new Prepared(a.origin(), a, graph, List.of(), Outcome.UNCHANGED, null, ok.warnings());
                }
                try {
                    AnnotatedArticle doc = pipeline.run(a);
                    List<String> warnings = new ArrayList<>(ok.warnings());
                    int unresolved = a.published() == null ? DateExtractor.unresolvedRelative(doc) : 0;
                    if (unresolved > 0) {
                        warnings.add(a.origin() + ": no publication date, so " + unresolved + " relative date"
                                + (unresolved == 1 ? "" : "s") + " (am Donnerstag, gestern, ...) left undated;"
                                + " give \"published\" in its metadata");
                    }
                    List<Quad> quads = toQuads(doc, hash);
                    Outcome outcome = stored.isPresent() ? Outcome.UPDATED : Outcome.ADDED;
                    // into an empty store the reports in hand are all there is to reconcile; into a store that
                    // holds articles they say which identity groups to reconcile again (see build)
                    if (holdEvents) {
                        EventReconciler.HeldEvents held = EventReconciler.holdEvents(graph, quads);
                        yield new Prepared(a.origin(), a, graph, held.rest(), outcome, null, warnings, held.events(),
                                quads.size(), mapper.catalogKeys(quads));
                    }
                    List<ReportBuckets.Entry> events = EventReconciler.reportsOf(graph, quads).stream()
                            .map(r -> new ReportBuckets.Entry(r, List.of())).toList();
                    yield new Prepared(a.origin(), a, graph, quads, outcome, null, warnings, events, quads.size(),
                            mapper.catalogKeys(quads));
                } catch (DiplographException | IllegalStateException | IllegalArgumentException e) {
                    yield new Prepared(a.origin(), a, graph, List.of(), Outcome.FAILED,
                            "extraction failed: " + e.getMessage(), ok.warnings());
                }
            }
        };
    }

    /**
     * Replaces the changed articles' graphs in one transaction; if that fails, article by article so one bad
     * graph costs only itself.
     */
    private void write(GraphStore store, List<Prepared> batch, CatalogGraphs catalog) {
        List<Prepared> toStore = batch.stream().filter(p -> p.outcome() == Outcome.UPDATED).toList();
        if (toStore.isEmpty()) {
            return;
        }
        try {
            store.replaceGraphs(contents(toStore, catalog, true));
        } catch (RuntimeException batchFailure) {
            for (int i = 0; i < batch.size(); i++) {
                Prepared p = batch.get(i);
                if (p.outcome() == Outcome.UPDATED) {
                    try {
                        // the failed transaction wrote no catalogue graph either: each article takes its own along
                        store.replaceGraphs(contents(List.of(p), new CatalogGraphs(mapper), true));
                    } catch (RuntimeException e) {
                        batch.set(i, new Prepared(p.location(), p.article(), p.graph(), List.of(), Outcome.FAILED,
                                "cannot store: " + e.getMessage(), p.warnings()));
                    }
                }
            }
        }
    }

    private static Prepared await(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplographException("build interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new DiplographException("extraction failed: " + cause, cause);
        }
    }

    /** Extracts and maps one article; the quads are all in the article's graph. */
    public List<Quad> toQuads(Article article, String contentHash) {
        return toQuads(pipeline.run(article), contentHash);
    }

    private List<Quad> toQuads(AnnotatedArticle doc, String contentHash) {
        List<Quad> quads = new ArrayList<>();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        mapper.map(doc, contentHash, sink);
        // immutable here, on the extraction thread, so that GraphContent's defensive copy costs nothing later
        return List.copyOf(quads);
    }

    private static final class Tally {
        int added;
        int updated;
        int unchanged;
        final List<String> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        void count(Prepared p, Listener listener) {
            warnings.addAll(p.warnings());
            switch (p.outcome()) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case FAILED -> problems.add(p.location() + ": " + p.problem());
            }
            String detail = switch (p.outcome()) {
                case FAILED -> (p.article() == null ? "skipped: " : "failed: ") + p.problem();
                case UNCHANGED -> "unchanged";
                default -> p.outcome().name().toLowerCase(Locale.ROOT) + " (" + p.triples() + " triples)";
            };
            listener.article(p.location(), detail);
        }
    }
}
