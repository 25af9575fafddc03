package org.diplograph.extract.entity;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.Layer;
import org.diplograph.extract.MentionKind;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityCatalog;

/**
 * Finds countries: names and their genitives ("Russland", "Russlands", "Vereinigten Staaten"),
 * names opening compounds ("US-Präsident", "Ukraine-Krieg", "Ukrainekrieg"), inflected adjectives
 * ("russischen", "US-amerikanische"), and capitals or seats used for the state ("Moskau sagte",
 * "Druck auf Kiew", "der Kreml") as {@link MentionKind#METONYM}. A capital used as a place
 * ("in Moskau") is left to {@link PlaceExtractor}. Every mention carries its country key.
 */
public final class CountryExtractor extends CatalogExtractor {
    public CountryExtractor(EntityCatalog catalog) {
        super(catalog, Layer.COUNTRIES);
    }

    @Override
    List<EntityMention> extract(EntityScan scan) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < scan.size()) {
            Token t = scan.tok(i);
            if (!t.word() || scan.blocked(i)) {
                i++;
                continue;
            }
            EntityScan.Match name = scan.longestAlias(i, e -> true);
            EntityScan.Match adj = scan.countryAdjective(i);
            if (adj != null && (name == null || adj.to() > name.to())) {
                out.add(mention(scan, adj, adj.entity().key(), MentionKind.ADJECTIVE));
                i = adj.to() + 1;
                continue;
            }
            if (name != null) {
                Entity country = first(name, EntityType.COUNTRY);
                if (country != null) {
                    out.add(mention(scan, name, country.key(), prefixUse(scan, name) ? MentionKind.ADJECTIVE : MentionKind.NAME));
                } else {
                    Entity seat = seat(name);
                    if (seat != null && (seat.type() != EntityType.CITY || scan.actorUse(name))) {
                        out.add(mention(scan, name, catalog.standsFor(seat.key()).orElseThrow(), MentionKind.METONYM));
                    } else if (name.to() > name.from() && scan.hyphenAfter(name.from())) {
                        // "US-Verteidigungsministerium": the longer name is an organization, "US" still a country
                        EntityScan.Match inner = scan.longestAlias(i, e -> e.type() == EntityType.COUNTRY);
                        if (inner != null && inner.to() == i) {
                            out.add(mention(scan, inner, inner.entity().key(), MentionKind.ADJECTIVE));
                        }
                    }
                }
                i = name.to() + 1;
                continue;
            }
            EntityScan.Match compound = scan.closedCompound(i, e -> e.type() == EntityType.COUNTRY);
            if (compound != null) {
                out.add(mention(scan, compound, compound.entity().key(), MentionKind.ADJECTIVE));
            }
            i++;
        }
        return out;
    }

    /** A name glued to a following word ("US-Präsident", "Ukraine-Krieg") stands as a prefix. */
    private static boolean prefixUse(EntityScan scan, EntityScan.Match m) {
        return scan.hyphenAfter(m.to());
    }

    private Entity seat(EntityScan.Match m) {
        for (Entity e : m.entities()) {
            if (e.type() != EntityType.PERSON && catalog.standsFor(e.key()).isPresent()) {
                return e;
            }
        }
        return null;
    }

    private static Entity first(EntityScan.Match m, EntityType type) {
        for (Entity e : m.entities()) {
            if (e.type() == type) {
                return e;
            }
        }
        return null;
    }

    private static EntityMention mention(EntityScan scan, EntityScan.Match m, String key, MentionKind kind) {
        return new EntityMention(m.start(), m.end(), scan.text.substring(m.start(), m.end()), EntityType.COUNTRY,
                kind, key, m.surface(), null, null);
    }
}
