package org.diplograph.extract.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a match of a date pattern can begin, written down by hand from the pattern so that a
 * {@link SentenceText.SentenceMatcher} tries the pattern only there instead of at every char of a
 * sentence. Every pattern given one begins with a negative lookbehind that excludes letters
 * ({@code (?<![\p{L}])}, {@code (?<![\p{L}\d.,])} ...) or a positive one that requires whitespace,
 * so a match begins at one of the sentence's {@link SentenceText#wordStarts() word starts}; a
 * {@code Starts} further says which other chars the lookbehind excludes before it and what the
 * match's text begins with: one of a list of words (the literal first words of the pattern's
 * alternatives, as prefixes) or a number. A {@code Starts} must allow at least every position where
 * the pattern can match: it only saves the regex engine attempts that would fail. Immutable.
 */
final class Starts {

    /** What a match may begin with besides the words. */
    enum Number {
        /** Never a digit. */
        NONE,
        /** Any ASCII digit ({@code \d}). */
        ANY,
        /** One or two ASCII digits and a full stop: a day ({@code \d{1,2}\.}). */
        DAY
    }

    /** Chars the pattern's lookbehind excludes before a match besides letters. */
    private final String notAfter;
    private final Number number;
    /** Only {@link SentenceText#wordsBeforeNumbers()}: see {@link #wordThenNumber()}. */
    private final boolean wordThenNumber;
    /** The words by their first char (chars above 0xFF share buckets; each word is compared whole). */
    private final String[][] byFirst = new String[256][];

    private Starts(String notAfter, Number number, Iterable<String> words, boolean wordThenNumber) {
        this.notAfter = notAfter;
        this.number = number;
        this.wordThenNumber = wordThenNumber;
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            buckets.add(new ArrayList<>());
        }
        for (String w : shortest(words)) {
            buckets.get(w.charAt(0) & 0xFF).add(w);
        }
        for (int i = 0; i < 256; i++) {
            byFirst[i] = buckets.get(i).isEmpty() ? null : buckets.get(i).toArray(String[]::new);
        }
    }

    /**
     * A match begins after a char that is neither a letter nor in {@code notAfter}, with one of
     * {@code words} or with the {@code number}.
     */
    static Starts of(String notAfter, Number number, Iterable<String> words) {
        return new Starts(notAfter, number, words, false);
    }

    /**
     * A match begins after a char that is not a letter, with a word of letters ({@code \p{L}})
     * followed by whitespace ({@code \s}) and an ASCII digit: patterns such as
     * {@code (?:seit|Jahr|Ende)\s+(?<y>\d{4})} whose every alternative before the number is letters only.
     */
    static Starts wordThenNumber() {
        return new Starts("", Number.NONE, List.of(), true);
    }

    /** Whether the candidates are {@link SentenceText#wordsBeforeNumbers()} rather than all word starts. */
    boolean wordThenNumberOnly() {
        return wordThenNumber;
    }

    /** Whether a match may begin at {@code q}, a word start of {@code s} (see {@link SentenceText#wordStarts()}). */
    boolean allows(String s, int q) {
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
            };
        }
        String[] words = byFirst[c & 0xFF];
        if (words != null) {
            for (String w : words) {
                if (startsWith(s, q, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The words without those another word is a prefix of ("eine" when there is "ein"): a text
     * begins with one of them exactly when it begins with one of all the words.
     */
    static List<String> shortest(Iterable<String> words) {
        List<String> all = new ArrayList<>();
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("empty start word");
            }
            all.add(w);
        }
        List<String> out = new ArrayList<>();
        for (String w : all) {
            boolean covered = false;
            for (String v : all) {
                covered |= w.startsWith(v) && (v.length() < w.length() || v.equals(w) && out.contains(v));
            }
            if (!covered) {
                out.add(w);
            }
        }
        return out;
    }

    /** {@code s.startsWith(w, q)}, quicker for the short words here. */
    static boolean startsWith(String s, int q, String w) {
        if (q + w.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (s.charAt(q + i) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
