package org.diplograph.extract.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into {@link Token}s and marks hyphenated compounds ("US-Präsident",
 * "Putin-Trump-Gesprächs", "Saudi-Arabien") so extractors can match a name inside a compound
 * and still know the compound it belongs to.
 */
final class EntityTokens {
    private EntityTokens() {
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static List<Token> tokenize(String text) {
        List<int[]> raw = new ArrayList<>(); // start, end, kind
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK)) {
                    j++;
                }
                raw.add(new int[] {i, j, 0});
                i = j;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else {
                boolean hyphen = isHyphen(c) && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
                raw.add(new int[] {i, i + 1, hyphen ? 1 : 2});
                i++;
            }
        }
        // compounds: WORD (HYPHEN WORD)* with no space in between
        int m = raw.size();
        int[] first = new int[m];
        int[] last = new int[m];
        for (int k = 0; k < m; k++) {
            first[k] = k;
            last[k] = k;
        }
        int k = 0;
        while (k < m) {
            if (raw.get(k)[2] != 0) {
                k++;
                continue;
            }
            int e = k;
            while (e + 2 < m && raw.get(e + 1)[2] == 1 && raw.get(e + 2)[2] == 0
                    && raw.get(e + 1)[0] == raw.get(e)[1] && raw.get(e + 2)[0] == raw.get(e + 1)[1]) {
                e += 2;
            }
            // a trailing hyphen ("US- und EU-Staaten") belongs to the compound too
            int lastWord = e;
            for (int x = k; x <= e; x++) {
                first[x] = k;
                last[x] = lastWord;
            }
            k = e + 1;
        }
        List<Token> out = new ArrayList<>(m);
        for (int x = 0; x < m; x++) {
            int[] r = raw.get(x);
            Token.Kind kind = r[2] == 0 ? Token.Kind.WORD : r[2] == 1 ? Token.Kind.HYPHEN : Token.Kind.PUNCT;
            out.add(new Token(x, r[0], r[1], text.substring(r[0], r[1]), kind, first[x], last[x]));
        }
        return out;
    }
}
