package org.diplograph.resolve;

import java.util.List;
import java.util.Objects;

import org.diplograph.extract.EntityType;

/**
 * One entry of the entity catalog: a person, country, city, region or organization with its
 * canonical English name (which its key is made from), its German name and every spelling the
 * extractors look for.
 *
 * @param key     "person/vladimir-putin", "country/united-states": {@link EntityCatalog#keyFor}
 * @param aliases German and English spellings, transliteration variants and inflected forms
 * @param qid     verified Wikidata QID such as "Q7747", or null when none is verified
 * @param roles   roles the person is known by ("Präsident", "Außenminister"); empty for non-persons
 * @param country key of the country a person represents or a city lies in, or null
 */
public record Entity(String key, EntityType type, String nameEn, String nameDe, List<String> aliases,
                     String qid, List<String> roles, String country) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameDe, "nameDe");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        if (qid != null && !qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata QID: " + qid);
        }
    }
}
