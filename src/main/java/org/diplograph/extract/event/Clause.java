package org.diplograph.extract.event;

/**
 * A clause of one sentence: tokens [{@code from}, {@code to}) of the article's token list and
 * their character range. Clauses end at ";", ":", dashes and quotes, and at a comma that opens a
 * subordinate, relative or reporting clause (", dass", ", der", ", sagte").
 */
record Clause(int sentence, int index, int from, int to, int start, int end) {

    boolean containsToken(int t) {
        return from <= t && t < to;
    }

    boolean containsOffset(int pos) {
        return start <= pos && pos < end;
    }
}
