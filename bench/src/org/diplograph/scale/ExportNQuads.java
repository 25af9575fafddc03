package org.diplograph.scale;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.article.Article;
import org.diplograph.build.Builder;
import org.diplograph.build.Fingerprint;
import org.diplograph.extract.GermanPipeline;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.resolve.EntityCatalog;

/**
 * Batch extraction to N-Quads: every article's graph, exactly the quads a build stores (before cross-article
 * reconciliation), streamed to one file, followed by the catalogue graph of every catalogue entity the articles
 * name. This is the "extract on many machines" half of docs/scaling.md, and
 * the input of the Jena bulk-loader baseline. Prints {@code key=value} lines.
 *
 * <p>Usage: {@code ExportNQuads --corpus articles.jsonl --out quads.nq}
 */
public final class ExportNQuads {
    public static void main(String[] args) throws Exception {
        Corpus c = Corpus.read(Path.of(Corpus.arg(args, "--corpus", "articles.jsonl")), Integer.MAX_VALUE);
        Path out = Path.of(Corpus.arg(args, "--out", "quads.nq"));
        EntityCatalog catalog = EntityCatalog.bundled();
        RdfMapper mapper = new RdfMapper(catalog);
        Builder builder = new Builder(GermanPipeline.create(catalog), mapper);
        Set<String> named = new TreeSet<>();
        long t0 = System.nanoTime();
        long quads = 0;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            sink.start();
            int chunk = 256;
            for (int from = 0; from < c.articles.size(); from += chunk) {
                List<Article> slice = c.articles.subList(from, Math.min(c.articles.size(), from + chunk));
                List<List<Quad>> mapped = slice.parallelStream().map(a -> builder.toQuads(a, Fingerprint.of(a))).toList();
                for (List<Quad> graph : mapped) {
                    graph.forEach(sink::quad);
                    named.addAll(mapper.catalogKeys(graph));
                    quads += graph.size();
                }
            }
            for (String key : named) {
                List<Quad> described = mapper.describe(key);
                described.forEach(sink::quad);
                quads += described.size();
            }
            sink.finish();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "export.quads=%d%n", quads);
        System.out.printf(Locale.ROOT, "export.wall_s=%.3f%n", s);
        System.out.printf(Locale.ROOT, "export.bytes=%d%n", Files.size(out));
    }
}
