package org.diplograph.extract;

import org.diplograph.extract.entity.CountryExtractor;
import org.diplograph.extract.entity.PersonExtractor;
import org.diplograph.extract.entity.PlaceExtractor;
import org.diplograph.extract.event.CallExtractor;
import org.diplograph.extract.event.MeetingExtractor;
import org.diplograph.extract.event.RoundExtractor;
import org.diplograph.extract.sentence.SentenceSplitter;
import org.diplograph.extract.time.DateExtractor;
import org.diplograph.extract.time.DurationExtractor;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.resolve.EntityResolver;

/**
 * The German pipeline, top to bottom. Each stage reads what the stages above it produced; the order
 * is checked when the pipeline is built.
 */
public final class GermanPipeline {
    private GermanPipeline() {
    }

    public static Pipeline create(EntityCatalog catalog) {
        return Pipeline.builder()
                .add(new SentenceSplitter())          // sentences and headlines
                .add(new DateExtractor())             // "am 16. Mai", "16.05.2025", "im März", "am Donnerstag"
                .add(new DurationExtractor())         // "50 Minuten", "fast eine Stunde"
                .add(new PersonExtractor(catalog))    // lexicon names, role + name, first name + surname
                .add(new CountryExtractor(catalog))   // names, adjectives, "US-", capitals used for the state
                .add(new PlaceExtractor(catalog))     // cities, regions, organizations
                .add(new EntityResolver(catalog))     // surnames and role phrases to persons, keys for all
                .add(new CallExtractor())             // phone calls: participants, date, duration, topics, status
                .add(new RoundExtractor())            // negotiation rounds: parties, place, date, ordinal, status
                .add(new MeetingExtractor())          // in-person meetings, visits, summits: never calls or rounds
                .build();
    }
}
