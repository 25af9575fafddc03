package org.diplograph.extract.time;

/**
 * Where a match of a date pattern can begin, written down by hand from the pattern so that a
 * {@link SentenceText.SentenceMatcher} tries the pattern only there instead of at every char of a
 * sentence. Every pattern given one begins with a negative lookbehind that excludes letters
 * ({@code (?<![\p{L}])}, {@code (?<![\p{L}\d.,])} ...) or a positive one that requires whitespace,
 * so a match begins at one of the sentence's word starts (see {@link SentenceText}); a
 * {@code Starts} further says which other chars the lookbehind excludes before it and what the
 * match's text begins with: a word of some {@link FirstWords} groups (the literal first words of the
 * pattern's alternatives, as prefixes), which the sentence has looked up once at each word start,
 * or a number. A {@code Starts} must allow at least every position where the pattern can match: it
 * only saves the regex engine attempts that would fail. Immutable.
 */
final class Starts {

    /** What a match may begin with besides the words. */
    enum Number {
        /** Never a digit. */
        NONE,
        /** Any ASCII digit ({@code \d}). */
        ANY,
        /** One or two ASCII digits and a full stop: a day ({@code \d{1,2}\.}). */
        DAY,
        /** A day and the first digit of a month: {@code \d{1,2}\.\d}. */
        DAY_MONTH,
        /** Four ASCII digits: a year ({@code \d{4}}). */
        YEAR,
        /** A year, whitespace if any and "–", "-", "/" or "bis": {@code \d{4}\s*(?:–|-|/|bis)}. */
        YEAR_RANGE
    }

    /** Chars the pattern's lookbehind excludes before a match besides letters. */
    private final String notAfter;
    private final Number number;
    /** Only {@link SentenceText#wordsBeforeNumbers()}: see {@link #wordThenNumber()}. */
    private final boolean wordThenNumber;
    /** The {@link FirstWords} groups (bit g for group g) whose words a match may begin with. */
    private final long words;

    private Starts(String notAfter, Number number, long words, boolean wordThenNumber) {
        this.notAfter = notAfter;
        this.number = number;
        this.words = words;
        this.wordThenNumber = wordThenNumber;
    }

    /**
     * A match begins after a char that is neither a letter nor in {@code notAfter}, with a word of one
     * of the {@link FirstWords} groups {@code words} (bit g for group g) or with the {@code number}.
     */
    static Starts of(String notAfter, Number number, long words) {
        return new Starts(notAfter, number, words, false);
    }

    /**
     * A match begins after a char that is not a letter, with a word of letters ({@code \p{L}})
     * followed by whitespace ({@code \s}) and an ASCII digit: patterns such as
     * {@code (?:seit|Jahr|Ende)\s+(?<y>\d{4})} whose every alternative before the number is letters only.
     */
    static Starts wordThenNumber() {
        return new Starts("", Number.NONE, 0, true);
    }

    /**
     * As {@link #wordThenNumber()}, and the word is one of the {@link FirstWords} groups {@code words}
     * (bit g for group g): {@code (?:seit|bis|ab)\s+(?<y>\d{4})}.
     */
    static Starts wordThenNumber(long words) {
        return new Starts("", Number.NONE, words, true);
    }

    /** Whether {@link #allows} has anything to check beyond the candidates: a {@link #wordThenNumber()} without words has not. */
    boolean checks() {
        return !wordThenNumber || words != 0;
    }

    /** Whether the candidates are {@link SentenceText#wordsBeforeNumbers()} rather than all word starts. */
    boolean wordThenNumberOnly() {
        return wordThenNumber;
    }

    /**
     * Whether a match may begin at {@code q}, a word start of {@code s} (see {@link SentenceText})
     * where {@code s} begins with words of the {@link FirstWords} groups {@code wordsAtQ}.
     */
    boolean allows(String s, int q, long wordsAtQ) {
        if (q > 0 && notAfter.indexOf(s.charAt(q - 1)) >= 0) {
            return false;
        }
        char c = s.charAt(q);
        if (c >= '0' && c <= '9') {
            return switch (number) {
                case NONE -> false;
                case ANY -> true;
                case DAY -> q + 1 < s.length() && (s.charAt(q + 1) == '.' || isDigit(s.charAt(q + 1))
                        && q + 2 < s.length() && s.charAt(q + 2) == '.');
                case DAY_MONTH -> dayThenDigit(s, q);
                case YEAR -> isYear(s, q);
                case YEAR_RANGE -> isYear(s, q) && isRangeDash(s, q + 4);
            };
        }
        return (wordsAtQ & words) != 0;
    }

    /** {@code \d{1,2}\.\d} at {@code q}, where there is a digit. */
    private static boolean dayThenDigit(String s, int q) {
        int dot = q + 1 < s.length() && isDigit(s.charAt(q + 1)) ? q + 2 : q + 1;
        return dot + 1 < s.length() && s.charAt(dot) == '.' && isDigit(s.charAt(dot + 1));
    }

    /** Four ASCII digits at {@code q}, where there is one. */
    private static boolean isYear(String s, int q) {
        return q + 3 < s.length() && isDigit(s.charAt(q + 1)) && isDigit(s.charAt(q + 2)) && isDigit(s.charAt(q + 3));
    }

    /** {@code \s*(?:–|-|/|bis)} at {@code i}. */
    private static boolean isRangeDash(String s, int i) {
        while (i < s.length() && SentenceText.isSpace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && (s.charAt(i) == '–' || s.charAt(i) == '-' || s.charAt(i) == '/' || s.startsWith("bis", i));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
