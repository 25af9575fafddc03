/**
 * Resolution: from surface mentions to canonical entities and events. {@link
 * org.diplograph.resolve.EntityCatalog} is the bundled lexicon of persons, countries, cities, regions and
 * organizations with their German and English spellings and verified Wikidata QIDs (data files,
 * documented in {@code docs/lexicons.md}); {@link org.diplograph.resolve.EntityResolver} resolves surnames
 * and role phrases to the person introduced earlier in the article; {@link
 * org.diplograph.resolve.EventIdentity} decides which reports from different articles are the same real
 * event.
 */
package org.diplograph.resolve;
