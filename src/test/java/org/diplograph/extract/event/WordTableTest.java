package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-token memo of {@link ArticleView} ({@link ArticleView#is}, {@link ArticleView#matchAt})
 * must answer exactly as the section look-ups it replaces ({@link Lexicon.Section#has},
 * {@link Lexicon.Section#matchAt}), for every section of every word list: whole words, prefix
 * patterns ("telefonier*") and multi-word entries, and for words in no list at all.
 */
class WordTableTest {
    private static final List<String> FILES = List.of("call-triggers.txt", "meeting-triggers.txt", "ordinals.txt",
            "participant-cues.txt", "round-triggers.txt", "status-cues.txt", "text-cues.txt", "topic-cues.txt");

    /** German text with many list words, their prefixes and near misses, capitalised and not. */
    private static final String TEXT = """
            Trump telefonierte am Montag mit Putin; das Telefonat dauerte rund 50 Minuten, sagte Uschakow.
            Die beiden Präsidenten hätten über die Lage in der Ukraine gesprochen, es ging auch um Iran.
            Zuletzt hatten sie im Februar telefoniert. Ein persönliches Treffen in Budapest ist geplant,
            der Gipfel wurde aber abgesagt. Die Delegationen Russlands und der Ukraine trafen sich zur
            zweiten Verhandlungsrunde in Istanbul, die dritte Runde soll folgen. Macron rief Selenskyj an.
            Telefon Telefone Telefonier telefonisch Anrufe angerufen Gespräche Gesprächsrunde Unterhaltung
            kam nicht zustande, telefonisch nicht zu erreichen, am Telefon, zum Hörer, in Aussicht gestellt.
            Verhandlungen Verhandlungsrunden Runden erstmals zum ersten Mal seit Jahren, vergangener Woche,
            am Vorabend, gestern, heute, zuvor, später, Wochen, Monate, Außenminister, Sondergesandte.
            x y z ä ö ü ß - , . ; : „ “ ( ) 12:30 16.05.2025 2025 US-Präsident Kreml-Sprecher Iran-Abkommen
            """;

    /**
     * Every word list loaded before any test takes a table row, as the extractors load theirs when their
     * classes initialise: a row taken earlier has no bits for a list loaded later (ArticleView looks such a
     * row up again), and the tests would pass or fail with the order the suite runs them in.
     */
    @BeforeAll
    static void loadEveryWordList() {
        FILES.forEach(Lexicon::of);
    }

    /** A check of one token of the fixture text against one section of one word list. */
    private interface SectionCheck {
        void check(String file, String name, Lexicon.Section section, int token);
    }

    /** Runs {@code check} for every section of every word list and every token of {@code v}; returns how many. */
    private static int everySectionAndToken(ArticleView v, SectionCheck check) throws IOException {
        int checked = 0;
        for (String file : FILES) {
            Lexicon lex = Lexicon.of(file);
            for (String name : sections(file)) {
                Lexicon.Section section = lex.section(name);
                for (int t = 0; t < v.toks.size(); t++) {
                    check.check(file, name, section, t);
                    checked++;
                }
            }
        }
        return checked;
    }

    @Test
    void everySectionAnswersAsItsLexiconForEveryToken() throws IOException {
        ArticleView v = ArticleView.of(EventFixture.article(TEXT), true);
        int checked = everySectionAndToken(v, (file, name, section, t) -> {
            String lower = v.toks.get(t).lower();
            assertThat(v.is(section, t)).as("%s [%s] '%s'", file, name, lower).isEqualTo(section.has(lower));
            for (int limit = t; limit <= Math.min(v.toks.size(), t + 4); limit++) {
                assertThat(v.matchAt(section, t, limit)).as("%s [%s] at '%s' up to %d", file, name, lower, limit)
                        .isEqualTo(section.matchAt(v.toks, t, limit));
            }
        });
        assertThat(checked).isGreaterThan(10_000);
    }

    /** The extractors skip a token when {@link ArticleView#mayStart} says no: it must never miss a match. */
    @Test
    void mayStartAdmitsEveryTokenASectionMatches() throws IOException {
        ArticleView v = ArticleView.of(EventFixture.article(TEXT), true);
        int[] admitted = {0};
        everySectionAndToken(v, (file, name, section, t) -> {
            if (v.is(section, t) || v.matchAt(section, t, v.toks.size()) > 0) {
                assertThat(v.mayStart(Lexicon.anyOf(section), t)).as("%s [%s] '%s'", file, name, v.toks.get(t).lower())
                        .isTrue();
                admitted[0]++;
            }
        });
        assertThat(admitted[0]).isGreaterThan(100);
        // "Uschakow" starts no call trigger; "Telefonat" does, and so does the first word of "am Telefon"
        Lexicon.Sections calls = Lexicon.anyOf(Lexicon.of("call-triggers.txt").section("strong"));
        assertThat(v.mayStart(calls, indexOf(v, "uschakow"))).isFalse();
        assertThat(v.mayStart(calls, indexOf(v, "telefonat"))).isTrue();
        assertThat(v.mayStart(calls, indexOf(v, "am"))).isTrue();
    }

    @Test
    void sectionsOfDifferentListsDoNotMakeOneMask() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.anyOf(
                        Lexicon.of("call-triggers.txt").section("strong"), Lexicon.of("topic-cues.txt").section("explicit")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int indexOf(ArticleView v, String lower) {
        for (Tok t : v.toks) {
            if (t.lower().equals(lower)) {
                return t.index();
            }
        }
        throw new AssertionError(lower + " not in the text");
    }

    @Test
    void everyEntryWordAndItsContinuationsAnswerAsTheLexicon() throws IOException {
        WordTable table = Lexicon.table();
        for (String file : FILES) {
            Lexicon lex = Lexicon.of(file);
            for (String name : sections(file)) {
                Lexicon.Section section = lex.section(name);
                for (String word : words(lex, name)) {
                    long[] row = Lexicon.table().row(word);
                    assertThat((row[2 * lex.id()] & section.bit) != 0).as("%s [%s] '%s'", file, name, word)
                            .isEqualTo(section.has(word));
                    assertThat(table.lexicons()).isGreaterThan(lex.id());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} [{1}] {2} -> {3}")
    @CsvSource(textBlock = """
            call-triggers.txt, strong, telefonierten, true
            call-triggers.txt, strong, telefonat, true
            call-triggers.txt, strong, telefon, false
            call-triggers.txt, plural, telefonate, true
            call-triggers.txt, strong, telefonate, false
            call-triggers.txt, weak, gespräch, true
            call-triggers.txt, weak, gipfel, false
            round-triggers.txt, round, verhandlungsrunde, true
            round-triggers.txt, round, runde, true
            status-cues.txt, planned, soll, true
            status-cues.txt, planned, sollte, true
            status-cues.txt, background, zuletzt, true
            status-cues.txt, background, trump, false
            """)
    void tableRowsSayWhichSectionsAWordIsIn(String file, String section, String word, boolean expected) {
        Lexicon lex = Lexicon.of(file);
        long[] row = Lexicon.table().row(word);
        assertThat((row[2 * lex.id()] & lex.section(section).bit) != 0).isEqualTo(expected);
        assertThat(lex.has(section, word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q", "qqqqqqqq", "trump", "washington", "ä", "ß", "12:30", ",", "telefonierxyz"})
    void wordsInNoListHaveNoBitsExceptPrefixes(String word) throws IOException {
        long[] row = Lexicon.table().row(word);
        for (String file : FILES) {
            Lexicon lex = Lexicon.of(file);
            for (String name : sections(file)) {
                Lexicon.Section section = lex.section(name);
                assertThat((row[2 * lex.id()] & section.bit) != 0).as("%s [%s] '%s'", file, name, word)
                        .isEqualTo(section.has(word));
            }
        }
    }

    /** The section names of a word list, in file order. */
    private static List<String> sections(String file) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/org/diplograph/extract/event/" + file)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (s.startsWith("[") && s.endsWith("]") && !out.contains(s.substring(1, s.length() - 1).strip())) {
                    out.add(s.substring(1, s.length() - 1).strip());
                }
            }
        }
        return out;
    }

    /** Every token of the section's entries without its '*', plus a shorter and a longer form. */
    private static Set<String> words(Lexicon lex, String section) {
        Set<String> out = new LinkedHashSet<>();
        for (Lexicon.Entry e : lex.entries(section)) {
            for (String t : e.tokens()) {
                String w = t.endsWith("*") ? t.substring(0, t.length() - 1) : t;
                out.add(w);
                out.add(w + "en");
                if (w.length() > 1) {
                    out.add(w.substring(0, w.length() - 1));
                }
            }
        }
        return out;
    }
}
