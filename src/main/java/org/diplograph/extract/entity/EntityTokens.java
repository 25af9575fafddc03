package org.diplograph.extract.entity;

import java.util.Arrays;

/**
 * Splits an article into {@link Token}s and marks hyphenated compounds ("US-Präsident",
 * "Putin-Trump-Gesprächs", "Saudi-Arabien") so extractors can match a name inside a compound
 * and still know the compound it belongs to.
 */
final class EntityTokens {
    private static final int WORD = 0;
    private static final int HYPHEN = 1;
    private static final int PUNCT = 2;

    private EntityTokens() {
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** A letter or digit, which starts a word. */
    private static boolean startsWord(char c) {
        if (c < 0x80) { // ASCII without a table look-up
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** A combining mark (U+0300 and above), which continues a word like a letter. */
    static boolean isMark(char c) {
        return c >= '\u0300' && Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static Token[] tokenize(String text) {
        int n = text.length();
        // start, end and kind of each token, side by side
        int[] starts = new int[Math.max(16, n / 4)];
        int[] ends = new int[starts.length];
        byte[] kinds = new byte[starts.length];
        boolean[] marked = new boolean[starts.length];
        int m = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            int kind;
            boolean marks = false;
            if (startsWord(c)) {
                end = i + 1;
                while (end < n) { // letters, digits and combining marks
                    char d = text.charAt(end);
                    if (!startsWord(d)) {
                        if (!isMark(d)) {
                            break;
                        }
                        marks = true;
                    }
                    end++;
                }
                kind = WORD;
            } else if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            } else {
                end = i + 1;
                kind = isHyphen(c) && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) ? HYPHEN : PUNCT;
            }
            if (m == starts.length) {
                starts = Arrays.copyOf(starts, m * 2);
                ends = Arrays.copyOf(ends, m * 2);
                kinds = Arrays.copyOf(kinds, m * 2);
                marked = Arrays.copyOf(marked, m * 2);
            }
            starts[m] = i;
            ends[m] = end;
            kinds[m] = (byte) kind;
            marked[m] = marks;
            m++;
            i = end;
        }
        // compounds: WORD (HYPHEN WORD)* with no space in between
        Token[] out = new Token[m];
        int k = 0;
        while (k < m) {
            if (kinds[k] != WORD) {
                out[k] = token(text, k, starts, ends, kinds, marked, k, k);
                k++;
                continue;
            }
            int e = k;
            while (e + 2 < m && kinds[e + 1] == HYPHEN && kinds[e + 2] == WORD
                    && starts[e + 1] == ends[e] && starts[e + 2] == ends[e + 1]) {
                e += 2;
            }
            for (int x = k; x <= e; x++) {
                out[x] = token(text, x, starts, ends, kinds, marked, k, e);
            }
            k = e + 1;
        }
        return out;
    }

    private static Token token(String text, int x, int[] starts, int[] ends, byte[] kinds, boolean[] marked,
                               int first, int last) {
        Token.Kind kind = kinds[x] == WORD ? Token.Kind.WORD : kinds[x] == HYPHEN ? Token.Kind.HYPHEN : Token.Kind.PUNCT;
        int start = starts[x];
        int end = ends[x];
        String s = end == start + 1 ? oneChar(text.charAt(start)) : null; // longer texts cut out when asked for
        return Token.of(x, start, end, text, s, kind, first, last, marked[x]);
    }

    /**
     * One string per character below {@link #ONE_CHAR_LIMIT} (Latin letters, punctuation, German
     * quotes and dashes), made the first time it is asked for: every punctuation mark and hyphen
     * is a token of one character, about one token in eight, and needs no string of its own.
     * Filled without a lock: two threads may both make a string for a character, equal ones.
     */
    private static final int ONE_CHAR_LIMIT = 0x2100;
    private static final String[] ONE_CHAR = new String[ONE_CHAR_LIMIT];

    private static String oneChar(char c) {
        if (c >= ONE_CHAR_LIMIT) {
            return String.valueOf(c);
        }
        String s = ONE_CHAR[c];
        if (s == null) {
            s = String.valueOf(c);
            ONE_CHAR[c] = s;
        }
        return s;
    }
}
