package org.diplograph.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.diplograph.rdf.RdfMapper;
import org.diplograph.store.EventReconciler;
import org.diplograph.store.Tdb2Store;

/**
 * The whole job, top to bottom: read articles, extract, map to RDF, store each article's graph in its
 * own transaction, then reconcile events across articles. A bad article is reported and skipped; the
 * rest are stored. An article whose content and extraction code are unchanged is skipped, so
 * re-running a build on the same input changes nothing.
 */
public final class Builder {
    private final Pipeline pipeline;
    private final RdfMapper mapper;

    public Builder(Pipeline pipeline, RdfMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
    }

    /** Receives one line per article as the build goes (for progress output). */
    public interface Listener {
        void article(String location, String outcome);

        Listener NONE = (location, outcome) -> { };
    }

    /**
     * Builds {@code inputs} into {@code store}.
     *
     * @param fresh remove everything stored before
     */
    public BuildSummary build(Tdb2Store store, List<Path> inputs, boolean fresh, Listener listener) {
        long t0 = System.nanoTime();
        if (fresh) {
            store.clear();
        }
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int[] added = {0};
        int[] updated = {0};
        int[] unchanged = {0};
        try (Stream<ReadResult> results = ArticleSources.read(inputs)) {
            results.forEach(result -> {
                switch (result) {
                    case ReadResult.Failed f -> {
                        problems.add(f.message());
                        listener.article(f.location(), "skipped: " + f.reason());
                    }
                    case ReadResult.Ok ok -> {
                        warnings.addAll(ok.warnings());
                        store(store, ok.article(), problems, listener, outcome -> {
                            switch (outcome) {
                                case ADDED -> added[0]++;
                                case UPDATED -> updated[0]++;
                                case UNCHANGED -> unchanged[0]++;
                                case FAILED -> { }
                            }
                        });
                    }
                }
            });
        }
        int merged = added[0] + updated[0] > 0 || fresh ? EventReconciler.reconcile(store) : 0;
        return new BuildSummary(added[0], updated[0], unchanged[0], problems, warnings, merged,
                StoreCounts.of(store.datasetGraph()), Duration.ofNanos(System.nanoTime() - t0));
    }

    private enum Outcome { ADDED, UPDATED, UNCHANGED, FAILED }

    private void store(Tdb2Store store, Article article, List<String> problems, Listener listener,
                       Consumer<Outcome> count) {
        String graph = RdfMapper.articleIri(article.id());
        String hash = Fingerprint.of(article);
        Optional<String> stored = store.contentHash(graph);
        if (stored.isPresent() && stored.get().equals(hash)) {
            count.accept(Outcome.UNCHANGED);
            listener.article(article.origin(), "unchanged");
            return;
        }
        try {
            List<Quad> quads = toQuads(article, hash);
            store.replaceGraph(graph, quads);
            Outcome o = stored.isPresent() ? Outcome.UPDATED : Outcome.ADDED;
            count.accept(o);
            listener.article(article.origin(), o.name().toLowerCase(java.util.Locale.ROOT) + " (" + quads.size() + " triples)");
        } catch (DiplographException | IllegalStateException | IllegalArgumentException e) {
            problems.add(article.origin() + ": " + e.getMessage());
            count.accept(Outcome.FAILED);
            listener.article(article.origin(), "failed: " + e.getMessage());
        }
    }

    /** Extracts and maps one article; the quads are all in the article's graph. */
    public List<Quad> toQuads(Article article, String contentHash) {
        AnnotatedArticle doc = pipeline.run(article);
        List<Quad> quads = new ArrayList<>();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        mapper.map(doc, contentHash, sink);
        return quads;
    }
}
