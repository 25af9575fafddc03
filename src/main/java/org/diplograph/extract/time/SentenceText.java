package org.diplograph.extract.time;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.Sentence;

/**
 * One sentence of an article as the date patterns see it: its own text, and what one pass over it
 * finds for the cheap checks before the patterns: the word starts where a match of a
 * {@link Starts} pattern can begin (those with a word of some {@link FirstWords word group} or a
 * digit: a {@link Starts} allows no other), the groups found at each of them and its longest run of
 * digits. A matcher on the sentence's own text finds what
 * {@code pattern.matcher(text).region(start, end)} finds on the whole article (a region's opaque
 * bounds behave like the ends of the input); {@link SentenceMatcher} gives its offsets in the
 * article's text. Not thread-safe; one per sentence scan.
 */
final class SentenceText {
    private final String text;
    private final int offset;
    private final long literals;
    private final int longestDigitRun;
    private final FirstWords gates;
    /** The word starts that begin with a word of some {@link FirstWords} group or with a digit. */
    private final int[] wordStarts;
    /** The {@link FirstWords} groups the sentence has a word of at each of {@link #wordStarts}. */
    private final long[] wordGroups;
    private final int wordCount;
    private int[] wordsBeforeNumbers;
    /** The word groups at each of {@link #wordsBeforeNumbers}. */
    private long[] wordsBeforeNumbersGroups;
    private int wordsBeforeNumbersCount = -1;

    /**
     * The sentence of {@code articleText}, its word starts looked up in {@code gates}.
     * Word starts are the positions of an ASCII digit, a letter or a surrogate that do not follow a
     * letter: where a match of a pattern beginning with a lookbehind that excludes letters can begin
     * (a letter as Java's {@code \p{L}} tests the char before in a lookbehind,
     * {@link Character#isLetter(char)}, which a surrogate is not; a surrogate may start a
     * supplementary letter).
     */
    SentenceText(String articleText, Sentence sentence, FirstWords gates) {
        // the sentence's own text when it holds it (as SentenceSplitter's do): the same chars, not copied again
        String own = sentence.text();
        int length = sentence.end() - sentence.start();
        this.text = own != null && own.length() == length && articleText.regionMatches(sentence.start(), own, 0, length)
                ? own : articleText.substring(sentence.start(), sentence.end());
        this.offset = sentence.start();
        this.gates = gates;
        int[] starts = new int[16];
        long[] groups = new long[16];
        int n = 0;
        long found = 0;
        int run = 0;
        int longest = 0;
        boolean afterLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            run = digit ? run + 1 : 0;
            longest = Math.max(longest, run);
            boolean letter = Letters.isLetter(c);
            if (!afterLetter && (letter || digit || Character.isSurrogate(c))) {
                long here = gates.at(text, i);
                if (here != 0 || digit) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                        groups = Arrays.copyOf(groups, n * 2);
                    }
                    starts[n] = i;
                    groups[n++] = here;
                    found |= here;
                }
            }
            afterLetter = letter;
        }
        this.literals = found;
        this.longestDigitRun = longest;
        this.wordStarts = starts;
        this.wordGroups = groups;
        this.wordCount = n;
    }

    String text() {
        return text;
    }

    /** The word groups (bit g for group g) the sentence has a word of at a word start. */
    long literals() {
        return literals;
    }

    /** The length of the longest run of ASCII digits (what a pattern's {@code \d} matches). */
    int longestDigitRun() {
        return longestDigitRun;
    }

    /** A find loop over the whole sentence, as the pattern's own. */
    SentenceMatcher matcher(Pattern pattern) {
        return new SentenceMatcher(pattern, text, offset, null, null, null, 0);
    }

    /** A find loop that tries {@code pattern} only where {@code starts} allows a match to begin. */
    SentenceMatcher matcher(Pattern pattern, Starts starts) {
        if (starts.wordThenNumberOnly()) {
            wordsBeforeNumbers();
            return new SentenceMatcher(pattern, text, offset, starts.checks() ? starts : null, wordsBeforeNumbers,
                    wordsBeforeNumbersGroups, wordsBeforeNumbersCount);
        }
        return new SentenceMatcher(pattern, text, offset, starts, wordStarts, wordGroups, wordCount);
    }

    /**
     * The word starts where a word of letters begins that whitespace and a digit follow ("seit 2022"),
     * for {@link Starts#wordThenNumber()}: found from each digit after whitespace, walking back over
     * the whitespace and then over letters and surrogates (more than a letter, so none is missed).
     * A position of that stretch is a word start when no letter comes before it. A digit after
     * whitespace is a word start, so the digits are found among {@link #wordStarts}.
     */
    private void wordsBeforeNumbers() {
        if (wordsBeforeNumbersCount >= 0) {
            return;
        }
        int[] out = new int[4];
        long[] groups = new long[4];
        int n = 0;
        for (int w = 0; w < wordCount; w++) {
            int d = wordStarts[w];
            if (d == 0 || !isDigit(text.charAt(d)) || !isSpace(text.charAt(d - 1))) {
                continue;
            }
            int end = d - 1;
            while (end > 0 && isSpace(text.charAt(end - 1))) {
                end--;
            }
            int begin = end;
            while (begin > 0 && (Letters.isLetter(text.charAt(begin - 1))
                    || Character.isSurrogate(text.charAt(begin - 1)))) {
                begin--;
            }
            for (int q = begin; q < end; q++) {
                if (q > 0 && Letters.isLetter(text.charAt(q - 1))) {
                    continue;
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                    groups = Arrays.copyOf(groups, n * 2);
                }
                groups[n] = gates.at(text, q);
                out[n++] = q;
            }
        }
        wordsBeforeNumbers = out;
        wordsBeforeNumbersGroups = groups;
        wordsBeforeNumbersCount = n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Java's {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The find loop of a pattern over a {@link SentenceText} with offsets in the article's text.
     * Given candidate positions it emulates {@link Matcher#find()}: it tries
     * {@link Matcher#lookingAt()} at each candidate (that its {@link Starts} allows, if any) from
     * where the last match ended, with transparent bounds so that lookbehinds and lookaheads still
     * see the whole sentence, and without anchoring bounds so that {@code ^} and {@code $} still mean
     * the sentence's ends. The first candidate that matches is where {@code find()} would have found
     * a match, since {@code find()} tries the positions in order too and no match begins elsewhere.
     * Given candidates, the {@link Matcher} is made only when a candidate is tried (for most patterns
     * most sentences have none).
     */
    static final class SentenceMatcher {
        private final Pattern pattern;
        /** The pattern's group numbers by name (see {@link GroupNames}), looked up on the first match. */
        private GroupNames names;
        private Matcher m;
        private final String sentence;
        private final int offset;
        private final Starts starts;
        private final int[] candidates;
        /** With {@code starts}: the word groups at each candidate. */
        private final long[] groups;
        private final int count;
        private int next;
        private int from;

        private SentenceMatcher(Pattern pattern, String sentence, int offset, Starts starts, int[] candidates,
                                long[] groups, int count) {
            this.pattern = pattern;
            this.sentence = sentence;
            this.offset = offset;
            this.starts = starts;
            this.candidates = candidates;
            this.groups = groups;
            this.count = count;
            if (candidates == null) {
                m = pattern.matcher(sentence);
            }
        }

        boolean find() {
            if (candidates == null) {
                return m.find();
            }
            while (next < count) {
                int k = next++;
                int q = candidates[k];
                if (q < from || starts != null && !starts.allows(sentence, q, groups[k])) {
                    continue;
                }
                if (m == null) {
                    m = pattern.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(q, sentence.length());
                if (m.lookingAt()) {
                    from = m.end() == m.start() ? m.end() + 1 : m.end();
                    return true;
                }
            }
            return false;
        }

        /** {@link Matcher#lookingAt()} at the sentence's start; for a find loop over the whole sentence only. */
        boolean lookingAt() {
            return m.lookingAt();
        }

        int start() {
            return m.start() + offset;
        }

        int end() {
            return m.end() + offset;
        }

        /** The start of a group in the article's text, or -1 when it took no part in the match. */
        int start(String group) {
            int s = m.start(number(group));
            return s < 0 ? s : s + offset;
        }

        /** The end of a group in the article's text, or -1 when it took no part in the match. */
        int end(String group) {
            int e = m.end(number(group));
            return e < 0 ? e : e + offset;
        }

        private int number(String group) {
            if (names == null) {
                names = GroupNames.of(pattern);
            }
            return names.number(group);
        }

        String group() {
            return m.group();
        }

        String group(String group) {
            return m.group(number(group));
        }
    }
}
