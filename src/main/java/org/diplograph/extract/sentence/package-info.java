/**
 * Splits German news text into sentences: the first stage of the pipeline. A line break always
 * ends a sentence (headlines stand on their own lines); inside a line, a full stop, question or
 * exclamation mark followed by whitespace and an upper-case letter, an opening quote or a digit
 * ends one, unless the full stop belongs to an abbreviation ({@code abbreviations.txt}), an
 * initial ("Donald J. Trump") or an ordinal ("am 16. Mai", "1. Runde").
 */
package org.diplograph.extract.sentence;
