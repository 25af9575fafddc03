package org.diplograph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.Sentence;
import org.diplograph.extract.time.SentenceText.SentenceMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cheap checks the time extractors run before their patterns must never skip a match: the
 * literal scanner answers exactly like {@link String#contains}, and a pattern tried only at the
 * positions a {@link Starts} allows finds what its ordinary find loop over the sentence finds.
 */
class PrecheckTest {

    private static final LiteralScanner UNITS = new LiteralScanner(
            List.of(List.of("viertelstunde"), List.of("stunde", "std.", "minute", "min."), List.of("tägig")), true);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Das Gespräch dauerte 50 Minuten.                     | 2
            Eine Dreiviertelstunde sprachen sie.                 | 3
            Der Minister reiste ab.                              | 0
            Die zweitägigen Gespräche in Genf.                   | 4
            Nach 2 Std. war Schluss.                             | 2
            Gut 45 MIN. lang.                                    | 2
            Die Stundenzahl blieb geheim.                        | 2
            Ministerin Baerbock traf den Amtskollegen.           | 0
            """)
    void literalScannerFindsUnitsCaseInsensitively(String text, long groups) {
        assertThat(UNITS.scan(text, 0, text.length())).isEqualTo(groups);
    }

    @Test
    void literalScannerAgreesWithContains() {
        List<String> literals = List.of("Tag", "Tages", "ag", "Jahr", "Vorjahr", "ahr", "darauf", "rauf", "März", "Mai");
        LiteralScanner scanner = new LiteralScanner(literals.stream().map(List::of).toList(), false);
        Random random = new Random(7);
        String alphabet = "TagesJhrVoMäzidu f.";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            long expected = 0;
            for (int g = 0; g < literals.size(); g++) {
                expected |= s.contains(literals.get(g)) ? 1L << g : 0;
            }
            assertThat(scanner.scan(s, 0, s.length())).as(s).isEqualTo(expected);
        }
    }

    @Test
    void firstWordsAgreeWithStartsWith() {
        List<List<String>> groups = List.of(List.of("ein", "eine", "einer"), List.of("Jan.", "Januar"), List.of("Tag"),
                List.of("Tages", "Tag"), List.of("ä", "\uD835\uDC00x"), List.of("e"));
        FirstWords words = new FirstWords(groups);
        Random random = new Random(5);
        String alphabet = "einrJa.uTgsä \uD835\uDC00x";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            int q = random.nextInt(s.length());
            long expected = 0;
            for (int g = 0; g < groups.size(); g++) {
                for (String w : groups.get(g)) {
                    expected |= s.startsWith(w, q) ? 1L << g : 0;
                }
            }
            assertThat(words.at(s, q)).as(s + "@" + q).isEqualTo(expected);
        }
    }

    @Test
    void sentenceGatePassesWhereSentenceTextFindsADigitOrAGateWord() {
        List<List<String>> groups = List.of(List.of("Mai", "März", "Jan."), List.of("Tag", "Tages"),
                List.of("am", "im", "ein"), List.of("heute", "Heute"));
        FirstWords words = new FirstWords(groups);
        long gate = 1L | 1L << 1 | 1L << 3; // not group 2
        SentenceGate gates = new SentenceGate(words, gate, SentenceGate.wordsOf(groups, gate));
        Random random = new Random(3);
        String[] parts = {"Mai", "März", "Jan.", "Tag", "Tages", "heute", "Heute", "am", "im", "ein", "Ma", "Ta", "x",
            "Jan", "7", " ", " ", "-", "ä", "\uD835\uDC00", "Dienstag", "Amtstag", "vorheute"};
        int passing = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder("Vorher. ");
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String article = b.append(" Nachher Mai").toString();
            int end = article.length() - " Nachher Mai".length();
            Sentence sentence = new Sentence(0, 8, end, article.substring(8, end));
            SentenceText st = new SentenceText(article, sentence, words);
            boolean expected = st.longestDigitRun() > 0 || (st.literals() & gate) != 0;
            boolean passes = gates.passes(article, 8, end);
            if (expected) {
                assertThat(passes).as(sentence.text()).isTrue();
                passing++;
            } else if (passes) {
                // only a word that runs on past the sentence's end may make it pass where the sentence has none
                assertThat(passesOnlyAcrossTheEnd(article, end)).as(sentence.text()).isTrue();
            }
        }
        assertThat(passing).as("the random texts exercise the gate").isGreaterThan(1_000);
    }

    /** Whether a gate word of the test begins before {@code end} and runs on past it. */
    private static boolean passesOnlyAcrossTheEnd(String article, int end) {
        for (String w : List.of("Mai", "März", "Jan.", "Tag", "Tages", "heute", "Heute")) {
            for (int i = Math.max(8, end - w.length() + 1); i < end; i++) {
                if (article.startsWith(w, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void sentenceGateSkipsSentencesWithoutDigitsOrGateWords() {
        FirstWords words = new FirstWords(List.of(List.of("Mai", "Tag")));
        SentenceGate gates = new SentenceGate(words, 1L, List.of("Mai", "Tag"));
        assertThat(gates.passes("Der Minister sprach mit Macron.", 0, 31)).isFalse();
        assertThat(gates.passes("Am Dienstag sprach er lange.", 0, 28)).isFalse(); // "tag" is not at a word start
        assertThat(gates.passes("Am Tag danach.", 0, 14)).isTrue();
        assertThat(gates.passes("Es waren 3 Leute.", 0, 17)).isTrue();
        assertThat(gates.passes("", 0, 0)).isFalse();
    }

    /** Word lists of the shapes the date patterns use: prefixes of each other, phrases, abbreviations. */
    private static final List<List<String>> TRIE_LISTS = List.of(
            List.copyOf(TimeLexicon.months().keySet()), List.copyOf(TimeLexicon.holidays().keySet()),
            List.copyOf(TimeLexicon.numberWords().keySet()),
            List.of("Tag", "Tages", "Tag der Arbeit", "Tag des Sieges", "Tagung", "T.", "ein", "eine", "einer", "eins"));

    @Test
    void trieAlternationMatchesWhatTheFlatAlternationMatches() {
        Random random = new Random(13);
        for (List<String> words : TRIE_LISTS) {
            List<String> pieces = new ArrayList<>();
            for (String w : words) {
                pieces.add(w);
                pieces.add(w.substring(0, 1 + random.nextInt(w.length())));
            }
            pieces.addAll(List.of(" ", "  ", "\n", ".", "x", "2025", "s", "es", "n"));
            // the shapes around the alternation in the patterns: a lookahead after it, a group after it
            String[] shapes = {"(?<![\\p{L}])(?<w>%s)(?![\\p{L}])", "(?<w>%s)(?:\\s+(?<y>\\d{4}))?", "(?<w>%s)(?:es|s)?\\."};
            for (String shape : shapes) {
                Pattern flat = Pattern.compile(String.format(shape, TimeLexicon.alternation(words)));
                Pattern trie = Pattern.compile(String.format(shape, TimeLexicon.trieAlternation(words)));
                for (int i = 0; i < 1_500; i++) {
                    StringBuilder b = new StringBuilder();
                    for (int k = 1 + random.nextInt(6); k > 0; k--) {
                        b.append(pieces.get(random.nextInt(pieces.size())));
                    }
                    String text = b.toString();
                    assertThat(groupsFound(trie, text)).as(text + " / " + shape).isEqualTo(groupsFound(flat, text));
                }
            }
        }
    }

    /** Every match with the spans of its named groups. */
    private static List<String> groupsFound(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
            for (String g : pattern.namedGroups().keySet().stream().sorted().toList()) {
                b.append(' ').append(g).append('=').append(m.start(g)).append('-').append(m.end(g));
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void groupNamesAnswerLikeTheMatchersNamedGroups() {
        Pattern p = Pattern.compile("(?<d>\\d{1,2})\\.\\s*(?<m>Mai|Juni)(?:\\s+(?<y>\\d{4}))?");
        Matcher m = p.matcher("am 16. Mai und 3. Juni 2025");
        while (m.find()) {
            for (String g : List.of("d", "m", "y")) {
                assertThat(GroupNames.group(m, g)).isEqualTo(m.group(g));
                assertThat(GroupNames.start(m, g)).isEqualTo(m.start(g));
                assertThat(GroupNames.end(m, g)).isEqualTo(m.end(g));
                assertThat(GroupNames.group(m, new String(g))).as("a name equal but not identical").isEqualTo(m.group(g));
            }
        }
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> GroupNames.group(m, "x"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            am 16. Mai trafen sie sich, am 3.Juni erneut      | 2 | 16
            Vom 100. Mai ist nicht die Rede.                  | 0 | 0
            Am 7. Juli und 8. Juli                            | 2 | 7
            X16. Mai                                          | 0 | 0
            Ab 1.Mai                                          | 1 | 1
            """)
    void dayStartsAllowOneOrTwoDigitsAndAFullStop(String text, int count, int firstDay) {
        Pattern day = Pattern.compile("(?<![\\p{L}\\d.])(?<d>\\d{1,2})\\.\\s*(?:Mai|Juni|Juli)");
        List<String> found = findAll(text, day, Starts.of("0123456789.", Starts.Number.DAY, 0), List.of());
        assertThat(found).hasSize(count).isEqualTo(plainFind(text, day));
        if (count > 0) {
            assertThat(found.get(0)).startsWith(firstDay + ".");
        }
    }

    /**
     * Patterns of the shapes the date extractor uses, each with the starts written for it and the
     * words of its {@link FirstWords} group 0.
     */
    private static final List<Object[]> CASES = List.of(
            new Object[] {Pattern.compile("(?<![\\p{L}])(?:(?<mod>Anfang|Mitte|Ende)\\s+|(?:im|Im|seit|bis)\\s+)"
                    + "(?<m>März|Mai|Juni)(?![\\p{L}])"),
                    Starts.of("", Starts.Number.NONE, 1L), List.of("Anfang", "Mitte", "Ende", "im", "Im", "seit", "bis")},
            new Object[] {Pattern.compile("(?<![\\p{L}])(?:(?<mod>Anfang|Ende)\\s+|(?<jahr>(?:\\p{Lu}\\p{L}*j|J)ahr)\\s+"
                    + "|(?:seit|Seit)\\s+)(?<y>\\d{4})(?![\\d]|[.,]\\d)"), Starts.wordThenNumber(), List.of()},
            new Object[] {Pattern.compile("(?<![\\p{L}\\d.,])(?<y>\\d{4})\\s*(?:–|-|/|bis)\\s*(?<y2>\\d{4}|\\d{2})"),
                    Starts.of("0123456789.,", Starts.Number.YEAR_RANGE, 0), List.of()},
            new Object[] {Pattern.compile("(?<![\\p{L}\\d.,])(?<y>1[89]\\d{2}|20\\d{2})(?![\\d]|[.,]\\d)"),
                    Starts.of("0123456789.,", Starts.Number.YEAR, 0), List.of()},
            new Object[] {Pattern.compile("(?<![\\p{L}\\d.,])(?<n>\\d{1,3}|zwei)\\s+(?<unit>Tage|Jahre)"),
                    Starts.of("0123456789.,", Starts.Number.ANY, 1L), List.of("zwei")},
            new Object[] {Pattern.compile("(?<![\\p{L}])(?<rel>selben|folgenden|(?<=(?:am|Am)\\s)nächsten)\\s+"
                    + "(?<unit>Tag|Jahr)(?![\\p{L}])"),
                    Starts.of("", Starts.Number.NONE, 1L), List.of("selben", "folgenden", "nächsten")},
            new Object[] {Pattern.compile("(?<![\\p{L}-])(?:(?<cue>am|an|bis)\\s+)?(?<h>Weihnachten|Neujahr)"
                    + "(?:\\s+(?<y>\\d{4}))?(?![\\p{L}\\d-])"),
                    Starts.of("-", Starts.Number.NONE, 1L), List.of("am", "an", "bis", "Weihnachten", "Neujahr")},
            new Object[] {Pattern.compile("(?<![\\p{L}])(?:bis|Bis|seit|in|im)\\s+(?<y>\\d{4})(?![\\d]|[.,]\\d)"),
                    Starts.wordThenNumber(1L), List.of("bis", "Bis", "seit", "in", "im")},
            new Object[] {Pattern.compile("(?<![\\p{L}\\d.,])(?:(?<wd>Montag|Mai),?\\s+)?(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\."
                    + "(?<y>\\d{4}|\\d{2}(?!\\d))?(?!\\d)"),
                    Starts.of("0123456789.,", Starts.Number.DAY_MONTH, 1L), List.of("Montag", "Mai")});

    @Test
    void startsFindWhatTheFindLoopFinds() {
        String[] words = {"am", "Am", "im", "seit", "Seit", "bis", "an", "Anfang", "Ende", "Mitte", "März", "Mai", "Juni",
            "Jahr", "Kalenderjahr", "jahr", "2025", "1939", "19", "1.", "selben", "folgenden", "nächsten", "Tag",
            "Jahres", "Weihnachten", "Neujahr", "Nach-", "x", "–", "-", "/", ",", ".", "(", "Mai2025", "ä", "\uD835\uDC00",
            "16.05.", "3.7.2025", "1.1", "12.", "Montag", "in", "im", "zwei", "Tage", "Jahre", "bis"};
        String[] gaps = {" ", " ", "  ", "\n", "", ",", ".", "-", "\u00a0"};
        Random random = new Random(11);
        int matches = 0;
        for (int i = 0; i < 4_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                b.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String text = b.toString();
            for (Object[] c : CASES) {
                List<String> expected = plainFind(text, (Pattern) c[0]);
                @SuppressWarnings("unchecked") List<String> startWords = (List<String>) c[2];
                assertThat(findAll(text, (Pattern) c[0], (Starts) c[1], startWords)).as(text + " / " + c[0])
                        .isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).as("the random texts exercise the patterns").isGreaterThan(1_000);
    }

    /**
     * The matches as "text@start" through a SentenceText of "Vorher. " + text, as the extractor runs
     * it, with {@code words} as the group 0 its starts refer to.
     */
    private static List<String> findAll(String text, Pattern pattern, Starts starts, List<String> words) {
        String article = "Vorher. " + text;
        Sentence sentence = new Sentence(0, 8, article.length(), text);
        SentenceText st = new SentenceText(article, sentence, new FirstWords(List.of(words, List.of("Mai"))));
        SentenceMatcher m = st.matcher(pattern, starts);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group() + "@" + (m.start() - 8) + "-" + (m.end() - 8));
        }
        return out;
    }

    /** The matches of the ordinary find loop over the same region. */
    private static List<String> plainFind(String text, Pattern pattern) {
        String article = "Vorher. " + text;
        Matcher m = pattern.matcher(article).region(8, article.length());
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group() + "@" + (m.start() - 8) + "-" + (m.end() - 8));
        }
        return out;
    }
}
