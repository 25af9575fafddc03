/**
 * Finding persons, countries, cities, regions and organizations in German news text. Three
 * rule-based extractors share one scan of the article ({@code EntityScan}): the lexicon in
 * {@link org.diplograph.resolve.EntityCatalog}, role words, first names and the other word lists
 * under {@code org/diplograph/extract/entity/} (documented in {@code docs/lexicons.md}). They
 * report what the text says at each place; who a surname or a role phrase stands for is decided
 * afterwards by {@link org.diplograph.resolve.EntityResolver}.
 */
package org.diplograph.extract.entity;
