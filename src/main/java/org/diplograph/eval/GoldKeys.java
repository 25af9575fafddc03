package org.diplograph.eval;

import org.diplograph.extract.EntityType;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityCatalog;

/**
 * Turns a gold file's canonical English name into the entity key predictions use: the catalog's key when
 * it knows the name ("Middle East" -> "region/middle-east", whatever type the caller expects), else
 * {@link EntityCatalog#keyFor(EntityType, String)} with the expected type.
 */
@FunctionalInterface
public interface GoldKeys {

    String key(EntityType expected, String englishName);

    /** Keys from {@code catalog}, falling back to {@code keyFor}. */
    static GoldKeys of(EntityCatalog catalog) {
        return (type, name) -> catalog.byEnglishName(name).map(Entity::key)
                .orElseGet(() -> EntityCatalog.keyFor(type, name));
    }

    /** Keys from the bundled catalog. */
    static GoldKeys bundled() {
        return of(EntityCatalog.bundled());
    }

    /** Only {@code keyFor}: for tests that do not want the catalog. */
    static GoldKeys slugsOnly() {
        return EntityCatalog::keyFor;
    }
}
