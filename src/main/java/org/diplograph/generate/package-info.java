/**
 * Generated corpora for scale runs: {@link org.diplograph.generate.CorpusGenerator} writes any number of
 * realistic German diplomacy articles (persons and countries from the bundled entity catalog, calls and
 * negotiation rounds in the phrasings the extractors handle, filler, quotes, sources, background calls,
 * negated topics, planned events) together with their gold files in the evaluation format, so that a build of
 * a million articles can also be scored. Every article is a pure function of the seed and its index, so a
 * corpus is reproducible and is written as a stream in constant memory; the sentence templates are data
 * ({@code templates.txt}, {@code countries-de.tsv} under {@code org/diplograph/generate/}).
 */
package org.diplograph.generate;
