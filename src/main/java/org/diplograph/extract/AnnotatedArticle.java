package org.diplograph.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diplograph.article.Article;

/**
 * An article and the layers the pipeline has added to it so far. Each layer is written once, by
 * the stage that produces it, and is immutable afterwards.
 */
public final class AnnotatedArticle {
    private final Article article;
    private final Map<Layer<?>, List<?>> layers = new LinkedHashMap<>();

    public AnnotatedArticle(Article article) {
        this.article = article;
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    /** The results of {@code layer}; fails when no stage has produced it yet. */
    @SuppressWarnings("unchecked")
    public <T extends Spanned> List<T> get(Layer<T> layer) {
        List<?> list = layers.get(layer);
        if (list == null) {
            throw new IllegalStateException("layer '" + layer + "' has not been produced yet");
        }
        return (List<T>) list;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public <T extends Spanned> void put(Layer<T> layer, List<T> results) {
        if (layers.containsKey(layer)) {
            throw new IllegalStateException("layer '" + layer + "' is already set");
        }
        layers.put(layer, List.copyOf(results));
    }

    public Map<Layer<?>, List<?>> layers() {
        return Collections.unmodifiableMap(layers);
    }

    /** The sentence containing offset {@code pos}, if any. */
    public Optional<Sentence> sentenceAt(int pos) {
        for (Sentence s : get(Layer.SENTENCES)) {
            if (s.start() <= pos && pos < s.end()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
