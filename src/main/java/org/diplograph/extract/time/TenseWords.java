package org.diplograph.extract.time;

import java.util.Arrays;

import org.diplograph.extract.time.TimeLexicon.Tense;

/**
 * The tense cue words ({@code tense-cues.txt}) of one sentence, for the date extractor's tense
 * rule, which asks for the strongest cue in several stretches of the same sentence (the clause
 * before and after each mention, else the sentence). The sentence's words (runs of letters, by code
 * point) are looked up once; {@link #cues(int, int)} then answers from them what
 * {@link #cuesIn(String, int, int)} finds walking the stretch, walking itself only the words the
 * stretch cuts. Not thread-safe; one per sentence scan.
 */
final class TenseWords {
    private final String text;
    private final int start;
    private final int end;
    /** The words of text[start, end): [wordStart[k], wordEnd[k]) with its cue (null for none). */
    private int[] wordStart;
    private int[] wordEnd;
    private Tense[] wordCue;
    private int count = -1;

    /** The sentence text[start, end); its words are looked up on the first question. */
    TenseWords(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /**
     * The strongest cue among the words of text[from, to) (within the sentence): FUTURE beats PAST,
     * UNKNOWN when there is none. Exactly {@link #cuesIn(String, int, int)}: a word of the sentence
     * that lies inside the stretch is the same word there (a stretch's walk is in step with the
     * sentence's from its first whole code point on, and only letters continue a word), so only the
     * part before the first whole word and a word cut by {@code to} are walked again.
     */
    Tense cues(int from, int to) {
        if (count < 0) {
            lookUpWords();
        }
        int k = 0;
        while (k < count && wordStart[k] < from) {
            k++;
        }
        int head = k < count ? Math.min(wordStart[k], to) : to;
        Tense t = cuesIn(text, from, head);
        if (t == Tense.FUTURE) {
            return Tense.FUTURE;
        }
        boolean past = t == Tense.PAST;
        for (; k < count && wordStart[k] < to; k++) {
            t = wordEnd[k] <= to ? wordCue[k] : cuesIn(text, wordStart[k], to);
            if (t == Tense.FUTURE) {
                return Tense.FUTURE;
            }
            past |= t == Tense.PAST;
        }
        return past ? Tense.PAST : Tense.UNKNOWN;
    }

    private void lookUpWords() {
        wordStart = new int[8];
        wordEnd = new int[8];
        wordCue = new Tense[8];
        int n = 0;
        for (int i = nextLetter(text, start, end); i < end; i = nextLetter(text, i, end)) {
            int w = i;
            i = letterRunEnd(text, i, end);
            if (n == wordStart.length) {
                wordStart = Arrays.copyOf(wordStart, n * 2);
                wordEnd = Arrays.copyOf(wordEnd, n * 2);
                wordCue = Arrays.copyOf(wordCue, n * 2);
            }
            wordStart[n] = w;
            wordEnd[n] = i;
            wordCue[n++] = TimeLexicon.tenseCue(text, w, i);
        }
        count = n;
    }

    /** The first index at or after {@code i} where a letter (by code point) starts, or {@code end}. */
    private static int nextLetter(String text, int i, int end) {
        while (i < end) {
            int cp = codePointAt(text, i, end);
            if (Letters.isLetter(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return end;
    }

    /** The end of the run of letters (by code point) that starts at {@code i}. */
    private static int letterRunEnd(String text, int i, int end) {
        int cp;
        while (i < end && Letters.isLetter(cp = codePointAt(text, i, end))) {
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The strongest cue among the words (runs of letters, by code point) of text[from, to), walking them. */
    static Tense cuesIn(String text, int from, int to) {
        boolean past = false;
        for (int i = nextLetter(text, from, to); i < to; i = nextLetter(text, i, to)) {
            int w = i;
            i = letterRunEnd(text, i, to);
            Tense t = TimeLexicon.tenseCue(text, w, i);
            if (t == Tense.FUTURE) {
                return Tense.FUTURE;
            }
            past |= t == Tense.PAST;
        }
        return past ? Tense.PAST : Tense.UNKNOWN;
    }

    /** The code point at {@code i}, a surrogate pair only when both halves are before {@code to}. */
    private static int codePointAt(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return c;
    }
}
