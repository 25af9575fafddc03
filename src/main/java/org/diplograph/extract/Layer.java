package org.diplograph.extract;

import java.util.Objects;

/**
 * A named, typed list of results in an {@link AnnotatedArticle}: what one stage produces and
 * later stages read. The constants below are the pipeline's layers, in pipeline order.
 */
public final class Layer<T extends Spanned> {
    public static final Layer<Sentence> SENTENCES = new Layer<>("sentences", Sentence.class);
    public static final Layer<EntityMention> PERSONS = new Layer<>("persons", EntityMention.class);
    public static final Layer<EntityMention> COUNTRIES = new Layer<>("countries", EntityMention.class);
    /** Cities, regions and organizations. */
    public static final Layer<EntityMention> PLACES = new Layer<>("places", EntityMention.class);
    public static final Layer<TimeMention> DATES = new Layer<>("dates", TimeMention.class);
    public static final Layer<DurationMention> DURATIONS = new Layer<>("durations", DurationMention.class);
    /** All entity mentions after resolution: keys filled in, surnames and role phrases resolved. */
    public static final Layer<EntityMention> ENTITIES = new Layer<>("entities", EntityMention.class);
    public static final Layer<EventMention> CALLS = new Layer<>("calls", EventMention.class);
    public static final Layer<EventMention> ROUNDS = new Layer<>("rounds", EventMention.class);
    /** In-person meetings, visits and summits of persons (never calls or delegation rounds). */
    public static final Layer<EventMention> MEETINGS = new Layer<>("meetings", EventMention.class);

    private final String name;
    private final Class<T> type;

    public Layer(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
