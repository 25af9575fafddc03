package org.diplograph.extract.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Sentence;
import org.diplograph.extract.time.TimeLexicon;

/**
 * Splits German news text into sentences ({@link Layer#SENTENCES}).
 * <ul>
 *   <li>A line break always ends a sentence: headlines, captions and teasers stand on their own
 *       lines. Blank lines produce nothing.</li>
 *   <li>Inside a line, {@code . ! ? …} (possibly followed by closing quotes or brackets) ends a
 *       sentence when whitespace and then an upper-case letter, an opening quote or a digit follow.
 *       So „… gespielt hat.“, sagte er stays one sentence, while „… hat.“ Er … is split after the quote.</li>
 *   <li>A single full stop does not end a sentence after an abbreviation from
 *       {@code abbreviations.txt} ("Dr.", "z. B.", "Mio.", "US-Präs."), a single letter (initials:
 *       "Donald J. Trump"), a dotted abbreviation ("z.B."), or an ordinal number: one or two digits
 *       followed by a month ("am 16. Mai"), preceded by a cue word from {@code ordinal-cues.txt}
 *       ("die 6. Runde", "im 19. Jahrhundert"), or at the start of a sentence ("1. Runde in Istanbul").</li>
 * </ul>
 * Sentence offsets exclude surrounding whitespace. Stateless and thread-safe.
 */
public final class SentenceSplitter implements Extractor<Sentence> {

    public SentenceSplitter() {
        Abbreviations.get(); // fail at construction if the word list is missing
    }

    @Override
    public Layer<Sentence> produces() {
        return Layer.SENTENCES;
    }

    @Override
    public List<Sentence> extract(AnnotatedArticle article) {
        return split(article.text());
    }

    /** The sentences of {@code text}, numbered from 0, in text order. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            splitLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, List<Sentence> out) {
        int segStart = skipSpace(text, from, to);
        int i = segStart;
        while (i < to) {
            char c = text.charAt(i);
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && isTerminator(text.charAt(j))) {
                j++;
            }
            int afterPunct = j;
            while (j < to && isCloser(text.charAt(j))) {
                j++;
            }
            if (j >= to || !isSpace(text.charAt(j))) {
                i = j;
                continue;
            }
            int k = skipSpace(text, j, to);
            if (k >= to || !startsSentence(text.charAt(k))) {
                i = k;
                continue;
            }
            boolean singleStop = c == '.' && afterPunct == i + 1 && j == afterPunct;
            if (singleStop && keepsSentence(text, segStart, i, k, to)) {
                i = k;
                continue;
            }
            add(text, segStart, j, out);
            segStart = k;
            i = k;
        }
        add(text, segStart, to, out);
    }

    /** True when the full stop at {@code dot} does not end the sentence; {@code next} starts the next word. */
    private static boolean keepsSentence(String text, int segStart, int dot, int next, int lineEnd) {
        int w = dot;
        while (w > segStart && isWordChar(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        boolean numberFollows = Character.isDigit(text.charAt(next));
        Abbreviations abbr = Abbreviations.get();
        if (allDigits(word)) {
            return isOrdinal(text, segStart, w, word, next, lineEnd, abbr);
        }
        String last = word.substring(word.lastIndexOf('-') + 1);
        if (last.length() == 1 && Character.isLetter(last.charAt(0))) {
            return true; // initial or one-letter abbreviation ("J.", "z. B.", "u. a.")
        }
        if (abbr.isAbbreviation(word, numberFollows) || abbr.isAbbreviation(last, numberFollows)) {
            return true;
        }
        return DOTTED.matcher(last).matches(); // "z.B", "U.S", "i.d.R"
    }

    /** A dotted abbreviation without its final full stop: "z.B", "U.S", "i.d.R". */
    private static final Pattern DOTTED = Pattern.compile("(\\p{L}{1,2}\\.)+\\p{L}{1,2}");

    private static boolean allDigits(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isDigit(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOrdinal(String text, int segStart, int numStart, String number, int next, int lineEnd,
                                     Abbreviations abbr) {
        if (number.length() > 3) {
            return false;
        }
        int e = next;
        while (e < lineEnd && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.')) {
            e++;
        }
        String nextWord = text.substring(next, e);
        if (number.length() <= 2 && isMonth(nextWord)) {
            return true;
        }
        if (number.length() <= 2 && numStart == segStart) {
            return true; // "1. Runde in Istanbul" at the start of a sentence
        }
        int p = numStart;
        while (p > segStart && isSpace(text.charAt(p - 1))) {
            p--;
        }
        int q = p;
        while (q > segStart && Character.isLetter(text.charAt(q - 1))) {
            q--;
        }
        return q < p && abbr.isOrdinalCue(text.substring(q, p));
    }

    private static boolean isMonth(String word) {
        if (TimeLexicon.month(word) != null) {
            return true;
        }
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return TimeLexicon.month(bare) != null || TimeLexicon.month(bare + ".") != null;
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        if (start < end) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
        }
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '“' || c == '”' || c == '"' || c == '\'' || c == '’' || c == '‘' || c == '»' || c == '«'
                || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)
                || c == '„' || c == '“' || c == '"' || c == '»' || c == '«' || c == '‚' || c == '\'' || c == '‘'
                || c == '(' || c == '[' || c == '–';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }
}
