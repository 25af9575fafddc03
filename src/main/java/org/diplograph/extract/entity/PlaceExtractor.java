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
 * Finds cities, regions and organizations from the catalog: "Istanbul", "Nahen Osten",
 * "Nahostkonflikt", "Nato-Gipfel", "Weißen Hauses", "der Kreml". A capital used for its state
 * ("Moskau sagte") is not a city here: {@link CountryExtractor} reports it as a country. The
 * Kremlin is both an organization (here) and Russia (there).
 */
public final class PlaceExtractor extends CatalogExtractor {
    public PlaceExtractor(EntityCatalog catalog) {
        super(catalog, Layer.PLACES);
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
            if (name != null) {
                Entity place = place(name);
                if (place != null) {
                    boolean capitalAsActor = place.type() == EntityType.CITY
                            && catalog.standsFor(place.key()).isPresent() && scan.actorUse(name);
                    if (!capitalAsActor) {
                        out.add(mention(scan, name, place));
                    }
                }
                i = name.to() + 1;
                continue;
            }
            EntityScan.Match compound = scan.closedCompound(i, PlaceExtractor::isPlace);
            if (compound != null) {
                out.add(mention(scan, compound, compound.entity()));
            }
            i++;
        }
        return out;
    }

    private static boolean isPlace(Entity e) {
        return e.type() == EntityType.CITY || e.type() == EntityType.REGION || e.type() == EntityType.ORGANIZATION;
    }

    private static Entity place(EntityScan.Match m) {
        for (Entity e : m.entities()) {
            if (isPlace(e)) {
                return e;
            }
        }
        return null;
    }

    private static EntityMention mention(EntityScan scan, EntityScan.Match m, Entity e) {
        return new EntityMention(m.start(), m.end(), scan.text.substring(m.start(), m.end()), e.type(),
                MentionKind.NAME, e.key(), m.surface(), null, null);
    }
}
