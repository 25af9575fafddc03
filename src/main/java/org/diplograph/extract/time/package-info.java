/**
 * Finds dates and durations in German text. {@link org.diplograph.extract.time.DateExtractor}
 * turns "am 16. Mai", "03.07.2025", "im März", "Ende 2024", "am Donnerstag", "gestern", "vor zwei
 * Tagen", "vergangene Woche", "an Weihnachten" or "am selben Tag" into a
 * {@link org.diplograph.extract.TimeValue} at day, month or year precision, anchoring relative and
 * year-less expressions on the publication date (news) or on the last date mentioned (narratives);
 * {@link org.diplograph.extract.time.DurationExtractor} turns "knapp 90 Minuten" or "zweieinhalb
 * Stunden" into a {@link java.time.Duration} with its qualifier; {@link org.diplograph.extract.time.ClockTime}
 * recognises times of day so that they are never taken for either. {@link org.diplograph.extract.time.TimexTagger}
 * gives every temporal expression a TIMEX2 value for benchmarks. The German words all of them rely on
 * are data files read by {@link org.diplograph.extract.time.TimeLexicon}. For speed the patterns run
 * only where they can match: a sentence without a digit or a date word at all is skipped after one
 * cheap pass ({@code SentenceGate}); the others are scanned once for the words or units every match
 * of a pattern needs ({@code FirstWords}, {@code LiteralScanner}), and a pattern is tried only at the word
 * starts where a match can begin ({@code Starts}, {@code SentenceText}), which finds exactly what
 * its ordinary find loop over the sentence finds; the tense cues of a sentence are looked up once
 * for all its mentions ({@code TenseWords}); word lists enter the patterns as tries
 * ({@code TimeLexicon.trieAlternation}), and named groups are read by number ({@code GroupNames}).
 */
package org.diplograph.extract.time;
