package org.diplograph.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.article.Article;
import org.diplograph.build.Builder;
import org.diplograph.build.Fingerprint;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.store.BulkLoad;
import org.diplograph.store.Tdb2Store;

/**
 * The write path of a fresh build, measured alone: the same pre-extracted article graphs written into an empty
 * TDB2 store (a) in batch transactions of 64 article graphs through Tdb2Store.replaceGraphs (how Builder
 * writes changed articles, and wrote every article before it used the bulk loader), (b-d) through Jena's TDB2
 * loaders (LoaderFactory parallel, phased, sequential; the sequential one in one transaction is what a build into
 * an empty store does) fed through DataLoader.streamRDF(), and on request (e) Tdb2Store.bulkLoad committed per
 * batch ({@code --only sequential-batches}). Prints {@code key=value} lines (quads/s per path).
 *
 * <p>Usage: {@code LoadProbe --corpus articles.jsonl --dir WORKDIR [--batch 64] [--only batches,parallel,phased,sequential,sequential-batches]}
 */
public final class LoadProbe {
    public static void main(String[] args) throws Exception {
        Corpus c = Corpus.read(Path.of(Corpus.arg(args, "--corpus", "articles.jsonl")), Integer.MAX_VALUE);
        Path work = Path.of(Corpus.arg(args, "--dir", "loadprobe"));
        int batch = Corpus.intArg(args, "--batch", 64);
        EntityCatalog catalog = EntityCatalog.bundled();
        Builder builder = new Builder(GermanPipeline.create(catalog), new RdfMapper(catalog));
        List<Tdb2Store.GraphContent> graphs = c.articles.parallelStream()
                .map(a -> new Tdb2Store.GraphContent(graphIri(a), builder.toQuads(a, Fingerprint.of(a)))).toList();
        long quads = graphs.stream().mapToLong(g -> g.quads().size()).sum();
        System.out.printf(Locale.ROOT, "load.articles=%d%nload.quads=%d%n", graphs.size(), quads);

        List<String> only = List.of(Corpus.arg(args, "--only", "batches,parallel,phased,sequential").split(","));
        if (only.contains("batches")) run(work.resolve("batches"), "batches", quads, dir -> {
            try (Tdb2Store store = Tdb2Store.open(dir)) {
                for (int from = 0; from < graphs.size(); from += batch) {
                    store.replaceGraphs(graphs.subList(from, Math.min(graphs.size(), from + batch)));
                }
                return store.tripleCount();
            }
        });
        if (only.contains("sequential-batches")) run(work.resolve("sequential-batches"), "sequential-batches", quads, dir -> {
            // the store's own bulk load, committed per batch: what build --commit-every N does
            try (Tdb2Store store = Tdb2Store.open(dir); BulkLoad bulk = store.bulkLoad()) {
                for (int from = 0; from < graphs.size(); from += batch) {
                    bulk.add(graphs.subList(from, Math.min(graphs.size(), from + batch)));
                    bulk.commit();
                }
                return store.tripleCount();
            }
        });
        for (String plan : List.of("parallel", "phased", "sequential")) {
            if (!only.contains(plan)) {
                continue;
            }
            run(work.resolve(plan), plan, quads, dir -> {
                DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
                MonitorOutput quiet = (fmt, a) -> { };
                BiFunction<DatasetGraph, MonitorOutput, DataLoader> factory = switch (plan) {
                    case "parallel" -> LoaderFactory::parallelLoader;
                    case "phased" -> LoaderFactory::phasedLoader;
                    default -> LoaderFactory::sequentialLoader;
                };
                DataLoader loader = factory.apply(dsg, quiet);
                loader.startBulk();
                try {
                    StreamRDF s = loader.streamRDF();
                    s.start();
                    for (Tdb2Store.GraphContent g : graphs) {
                        g.quads().forEach(s::quad);
                    }
                    s.finish();
                    loader.finishBulk();
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
                long n = Txn.calculateRead(dsg, () -> {
                    long k = 0;
                    for (var it = dsg.find(); it.hasNext(); it.next()) {
                        k++;
                    }
                    return k;
                });
                TDBInternal.expel(dsg);
                return n;
            });
        }
    }

    interface Load {
        long into(Path dir) throws Exception;
    }

    private static void run(Path dir, String name, long expected, Load load) throws Exception {
        delete(dir);
        Files.createDirectories(dir);
        System.gc();
        long t0 = System.nanoTime();
        long stored = load.into(dir);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "load.%s.wall_s=%.3f%nload.%s.quads_per_s=%.0f%nload.%s.stored=%d%s%n", name, s,
                name, expected / s, name, stored, stored == expected ? "" : " (expected " + expected + ")");
        System.out.printf(Locale.ROOT, "load.%s.bytes=%d%n", name, size(dir));
        delete(dir);
    }

    private static String graphIri(Article a) {
        return RdfMapper.articleIri(a.id());
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private LoadProbe() {
    }
}
