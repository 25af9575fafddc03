package org.diplograph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.DiplographException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Look-ups in the event word lists: whole words, prefix patterns and the longest multi-word entry. */
class LexiconTest {
    private static final Lexicon CALLS = Lexicon.of("call-triggers.txt");

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            strong, telefonat, true
            strong, telefonierten, true
            strong, telefonisch, true
            strong, telefon, false
            strong, telefonate, false
            plural, telefonate, true
            plural, telefonat, false
            strong, '', false
            """)
    void oneWordEntriesAndPrefixes(String section, String word, boolean expected) {
        assertThat(CALLS.has(section, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            'griff zum telefonhörer und', 1, 2
            'griff zum telefon', 1, 2
            'sie telefonierten gestern', 1, 1
            'sie waren am telefon', 2, 2
            'sie waren am', 2, 0
            'am telefon', 1, 0
            """)
    void longestEntryAtAToken(String words, int at, int expected) {
        List<Tok> toks = toks(words);
        assertThat(CALLS.matchAt("strong", toks, at, toks.size())).isEqualTo(expected);
    }

    @Test
    void aMatchMustEndBeforeTheLimit() {
        List<Tok> toks = toks("sie waren am telefon");
        assertThat(CALLS.matchAt("strong", toks, 2, 3)).isZero();
        assertThat(CALLS.matchAt("strong", toks, 2, 2)).isZero();
    }

    @Test
    void anUnknownSectionFailsLoudly() {
        assertThatThrownBy(() -> CALLS.has("no-such-section", "telefonat"))
                .isInstanceOf(DiplographException.class).hasMessageContaining("no-such-section");
    }

    private static List<Tok> toks(String words) {
        List<Tok> out = new ArrayList<>();
        ArticleView.tokenize(words, out);
        return out;
    }
}
