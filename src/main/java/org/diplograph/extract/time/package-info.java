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
 * are data files read by {@link org.diplograph.extract.time.TimeLexicon}.
 */
package org.diplograph.extract.time;
