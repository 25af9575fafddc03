package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diplograph.article.Article;

/**
 * An ordered list of extractors. {@link Builder#build()} checks that every stage's required
 * layers are produced by an earlier stage, so a mis-ordered pipeline fails at start-up, not on
 * the thousandth article. Thread-safe when its extractors are (the bundled ones are).
 */
public final class Pipeline {
    private final List<Extractor<?>> stages;

    private Pipeline(List<Extractor<?>> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Extractor<?>> stages() {
        return stages;
    }

    /** Runs every stage on {@code article} in order. */
    public AnnotatedArticle run(Article article) {
        AnnotatedArticle doc = new AnnotatedArticle(article);
        for (Extractor<?> stage : stages) {
            runStage(stage, doc);
        }
        return doc;
    }

    private static <T extends Spanned> void runStage(Extractor<T> stage, AnnotatedArticle doc) {
        doc.put(stage.produces(), stage.extract(doc));
    }

    public static final class Builder {
        private final List<Extractor<?>> stages = new ArrayList<>();

        public Builder add(Extractor<?> stage) {
            stages.add(stage);
            return this;
        }

        public Pipeline build() {
            Set<Layer<?>> available = new HashSet<>();
            for (Extractor<?> stage : stages) {
                for (Layer<?> needed : stage.requires()) {
                    if (!available.contains(needed)) {
                        throw new IllegalStateException(stage.getClass().getSimpleName() + " needs layer '"
                                + needed + "', which no earlier stage produces");
                    }
                }
                if (!available.add(stage.produces())) {
                    throw new IllegalStateException("layer '" + stage.produces() + "' is produced twice");
                }
            }
            return new Pipeline(stages);
        }
    }
}
