package org.diplograph.scale.corenlp;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The baseline for extraction throughput: Stanford CoreNLP's German pipeline with the annotators tokenize,
 * ssplit and ner (the German CRF model, no numeric classifiers, no SUTime, no fine-grained NER), on the same
 * texts and with the same measurement as org.diplograph.scale.ExtractThroughput (warm-up, then all threads;
 * MB per CPU-second). Prints {@code key=value} lines.
 *
 * <p>Usage: {@code CoreNlpThroughput --corpus articles.jsonl [--threads N] [--limit N] [--warmup N]}
 */
public final class CoreNlpThroughput {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(arg(args, "--corpus", "articles.jsonl"));
        int threads = Integer.parseInt(arg(args, "--threads", "" + Runtime.getRuntime().availableProcessors()));
        int limit = Integer.parseInt(arg(args, "--limit", "" + Integer.MAX_VALUE));
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null && texts.size() < limit; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String text = n.path("text").asText(n.path("maintext").asText(""));
                texts.add(text);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Properties props = new Properties();
        props.load(StanfordCoreNLP.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-german.properties"));
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("tokenize.language", "de");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("enforceRequirements", "false");
        props.setProperty("threads", "1");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        int warmup = Math.min(texts.size(), Integer.parseInt(arg(args, "--warmup", "200")));
        for (int i = 0; i < warmup; i++) {
            pipeline.annotate(new Annotation(texts.get(i)));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpu = new AtomicLong();
        AtomicLong entities = new AtomicLong();
        Thread[] workers = new Thread[threads];
        long t0 = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            workers[w] = new Thread(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                long found = 0;
                for (int i; (i = next.getAndIncrement()) < texts.size(); ) {
                    Annotation a = new Annotation(texts.get(i));
                    pipeline.annotate(a);
                    for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
                        if (!"O".equals(t.ner())) {
                            found++;
                        }
                    }
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                entities.addAndGet(found);
            });
            workers[w].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpuS = cpu.get() / 1e9;
        double mb = bytes / 1e6;
        System.out.printf(Locale.ROOT, "corenlp.articles=%d%n", texts.size());
        System.out.printf(Locale.ROOT, "corenlp.mb=%.3f%n", mb);
        System.out.printf(Locale.ROOT, "corenlp.wall_s=%.3f%n", wall);
        System.out.printf(Locale.ROOT, "corenlp.cpu_s=%.3f%n", cpuS);
        System.out.printf(Locale.ROOT, "corenlp.articles_per_s=%.1f%n", texts.size() / wall);
        System.out.printf(Locale.ROOT, "corenlp.mb_per_s=%.4f%n", mb / wall);
        System.out.printf(Locale.ROOT, "corenlp.mb_per_cpu_s=%.4f%n", mb / cpuS);
        System.out.printf(Locale.ROOT, "corenlp.entity_tokens=%d%n", entities.get());
    }

    private static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }

    private CoreNlpThroughput() {
    }
}
