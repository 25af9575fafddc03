package org.diplograph.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.diplograph.article.Article;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Pipeline;
import org.diplograph.resolve.EntityCatalog;

/**
 * Extraction throughput of the German pipeline (sentences, dates, durations, persons, countries, places,
 * resolution, calls, rounds) on a corpus held in memory: wall-clock rate on all threads, and MB of text per
 * CPU-second (per core), which a loaded machine does not distort. Prints {@code key=value} lines.
 *
 * <p>Usage: {@code ExtractThroughput --corpus articles.jsonl [--threads N] [--limit N] [--warmup N]}
 */
public final class ExtractThroughput {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(Corpus.arg(args, "--corpus", "articles.jsonl"));
        int threads = Corpus.intArg(args, "--threads", Runtime.getRuntime().availableProcessors());
        Corpus c = Corpus.read(corpus, Corpus.intArg(args, "--limit", Integer.MAX_VALUE));
        Pipeline pipeline = GermanPipeline.create(EntityCatalog.bundled());
        int warmup = Math.min(c.articles.size(), Corpus.intArg(args, "--warmup", 1000));
        for (int i = 0; i < warmup; i++) {
            pipeline.run(c.articles.get(i));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong mentions = new AtomicLong();
        Thread[] workers = new Thread[threads];
        long t0 = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            workers[w] = new Thread(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long found = 0;
                for (int i; (i = next.getAndIncrement()) < c.articles.size(); ) {
                    Article a = c.articles.get(i);
                    AnnotatedArticle doc = pipeline.run(a);
                    found += doc.get(Layer.CALLS).size() + doc.get(Layer.ROUNDS).size();
                }
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                mentions.addAndGet(found);
            });
            workers[w].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = cpuNanos.get() / 1e9;
        double mb = c.bytes / 1e6;
        System.out.printf(Locale.ROOT, "extract.articles=%d%n", c.articles.size());
        System.out.printf(Locale.ROOT, "extract.mb=%.3f%n", mb);
        System.out.printf(Locale.ROOT, "extract.threads=%d%n", threads);
        System.out.printf(Locale.ROOT, "extract.wall_s=%.3f%n", wall);
        System.out.printf(Locale.ROOT, "extract.cpu_s=%.3f%n", cpu);
        System.out.printf(Locale.ROOT, "extract.articles_per_s=%.1f%n", c.articles.size() / wall);
        System.out.printf(Locale.ROOT, "extract.mb_per_s=%.3f%n", mb / wall);
        System.out.printf(Locale.ROOT, "extract.mb_per_cpu_s=%.3f%n", mb / cpu);
        System.out.printf(Locale.ROOT, "extract.articles_per_cpu_s=%.1f%n", c.articles.size() / cpu);
        System.out.printf(Locale.ROOT, "extract.events=%d%n", mentions.get());
    }
}
