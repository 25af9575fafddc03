package org.diplograph.eval;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.Layer;

/** Reduces a pipeline result to the {@link ArticlePrediction} the evaluator scores. */
public final class Predictions {
    private Predictions() {
    }

    /**
     * Persons and countries: distinct keys of the resolved PERSON and COUNTRY mentions in
     * {@link Layer#ENTITIES}; calls and rounds: {@link Layer#CALLS} and {@link Layer#ROUNDS}.
     */
    public static ArticlePrediction from(AnnotatedArticle doc) {
        List<EntityMention> entities = doc.get(Layer.ENTITIES);
        return new ArticlePrediction(doc.article().id(),
                keys(entities, EntityType.PERSON), keys(entities, EntityType.COUNTRY),
                doc.get(Layer.CALLS).stream().map(Predictions::event).toList(),
                doc.get(Layer.ROUNDS).stream().map(Predictions::event).toList());
    }

    private static Set<String> keys(List<EntityMention> mentions, EntityType type) {
        Set<String> keys = new LinkedHashSet<>();
        for (EntityMention m : mentions) {
            if (m.type() == type && m.key() != null) {
                keys.add(m.key());
            }
        }
        return keys;
    }

    static ArticlePrediction.Event event(EventMention e) {
        return new ArticlePrediction.Event(
                Set.copyOf(e.participantKeys()),
                e.date() == null ? null : e.date().lexical(),
                minutes(e.duration()),
                Set.copyOf(e.topicKeys()),
                e.ordinal(),
                e.status().name().toLowerCase(Locale.ROOT),
                e.location() == null ? null : e.location().key());
    }

    private static Integer minutes(Duration d) {
        return d == null ? null : (int) Math.round(d.toSeconds() / 60.0);
    }
}
