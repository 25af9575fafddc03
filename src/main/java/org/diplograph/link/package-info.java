/**
 * Proposes Wikidata links for the entities the bundled lexicon could not link, through Wikidata's public
 * API ({@code ./diplograph link --online}): every person, country, city, region or organization without
 * {@code owl:sameAs} is searched by its labels ({@code wbsearchentities}, German and English), the
 * candidates whose label or alias equals the name are fetched ({@code wbgetentities}) and one is accepted
 * only when its P31 class fits the entity type ({@code wikidata-types.tsv}) and it is the only such
 * candidate; everything else goes to a review file. Accepted links are stored in their own named graph
 * ({@link org.diplograph.link.LinkGraph#GRAPH_IRI}) with their provenance, never in an article graph, so
 * rebuilding an article keeps them. Responses are cached on disk, one file per request; when the API
 * cannot be reached nothing is changed. Reading starts at {@link org.diplograph.link.Linker}.
 */
package org.diplograph.link;
