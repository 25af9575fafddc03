/**
 * {@code ./diplograph serve}: an embedded Apache Jena Fuseki that publishes the store as the SPARQL 1.1
 * dataset {@code /ds} (read-only unless asked, loopback unless told otherwise, every query time-limited),
 * and the built-in web view at {@code /}: a sigma.js graph of persons, countries and events, a timeline
 * of calls and rounds, the evidence sentences behind each event, the bundled queries and a SPARQL editor.
 * The app's files ship in the jar under {@code org/diplograph/web/app/} (vendored libraries with their
 * licences, no CDN); its JSON API ({@code /api/...}) is read from the union graph by {@link
 * org.diplograph.web.GraphData}. Article text is data, never markup: the API returns plain strings and
 * the app builds the page with {@code textContent}.
 */
package org.diplograph.web;
