package org.diplograph.extract.entity;

import java.util.List;
import java.util.stream.Collectors;

import org.diplograph.article.Article;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Pipeline;
import org.diplograph.extract.sentence.SentenceSplitter;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.resolve.EntityResolver;

/** Runs the entity stages on a text, for the tests of this package and of the resolver. */
public final class EntityTestSupport {
    public static final EntityCatalog CATALOG = EntityCatalog.bundled();
    private static final Pipeline PIPELINE = Pipeline.builder()
            .add(new SentenceSplitter())
            .add(new PersonExtractor(CATALOG))
            .add(new CountryExtractor(CATALOG))
            .add(new PlaceExtractor(CATALOG))
            .add(new EntityResolver(CATALOG))
            .build();

    private EntityTestSupport() {
    }

    public static AnnotatedArticle run(String text) {
        return PIPELINE.run(new Article("test", text, null, null, null, null, null, null));
    }

    public static List<EntityMention> layer(String text, Layer<EntityMention> layer) {
        return run(text).get(layer);
    }

    /** "text=key" for each mention, e.g. "Putin=person/vladimir-putin"; "text=?" for a null key. */
    public static String show(List<EntityMention> mentions) {
        return mentions.stream().map(m -> m.text() + "=" + (m.key() == null ? "?" : m.key()))
                .collect(Collectors.joining(" | "));
    }
}
