package org.diplograph.extract.entity;

import java.util.List;
import java.util.Set;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Layer;
import org.diplograph.resolve.EntityCatalog;

/**
 * What the person, country and place extractors share: the catalog, the sentence layer they need, and
 * one {@link EntityScan} of the article (built once per article and thread, reused by all three).
 */
abstract class CatalogExtractor implements Extractor<EntityMention> {
    final EntityCatalog catalog;
    private final Layer<EntityMention> produces;

    CatalogExtractor(EntityCatalog catalog, Layer<EntityMention> produces) {
        this.catalog = catalog;
        this.produces = produces;
    }

    @Override
    public final Layer<EntityMention> produces() {
        return produces;
    }

    @Override
    public final Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public final List<EntityMention> extract(AnnotatedArticle article) {
        return extract(EntityScan.of(article, catalog));
    }

    /** The mentions in a scanned article, in text order. */
    abstract List<EntityMention> extract(EntityScan scan);
}
