/**
 * Finds dates and durations in German news text. {@link org.diplograph.extract.time.DateExtractor}
 * turns "am 16. Mai", "03.07.2025", "im März", "Ende 2024", "am Donnerstag" or "gestern" into a
 * {@link org.diplograph.extract.TimeValue} at day, month or year precision, anchoring relative and
 * year-less expressions on the publication date; {@link org.diplograph.extract.time.DurationExtractor}
 * turns "fast eine Stunde", "zweieinhalb Stunden" or "90-minütige" into a {@link java.time.Duration}.
 * The German words both rely on are data files read by {@link org.diplograph.extract.time.TimeLexicon}.
 */
package org.diplograph.extract.time;
