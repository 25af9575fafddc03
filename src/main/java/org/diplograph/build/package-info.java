/**
 * The build job, end to end: read articles ({@code article}), run the German pipeline ({@code extract}),
 * map each article to its own named graph ({@code rdf}), store it in its own transaction ({@code store}),
 * then make every real event one resource across articles ({@code store.EventReconciler}). Fingerprints
 * of article content and extraction code make re-running a build idempotent.
 */
package org.diplograph.build;
