package org.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * One stage of the German pipeline: reads the layers it {@link #requires()} and returns the
 * results of the layer it {@link #produces()}. Rule-based or statistical, every extractor shares
 * this interface, and its results are immutable records with character offsets.
 */
public interface Extractor<T extends Spanned> {

    /** The layer this stage fills. */
    Layer<T> produces();

    /** Layers that must exist before this stage runs; checked when the pipeline is built. */
    default Set<Layer<?>> requires() {
        return Set.of();
    }

    /** The results for one article, in text order. Must not modify {@code article}. */
    List<T> extract(AnnotatedArticle article);
}
