package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.diplograph.article.Article;
import org.diplograph.resolve.EntityCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleBodyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text with \n for line breaks | where the body ends (-1: the whole text)
        "Putin telefonierte mit Trump.\\nRelated Articles\\nOrbán besucht Peking.|30",
        "Putin telefonierte mit Trump.\\n\\nLesen Sie auch: Orbán besucht Peking|31",
        "Putin telefonierte mit Trump.\\nMehr zum Thema\\nOrbán besucht Peking.|30",
        // not footers: the words inside a sentence, or on the first line, or a long line
        "Putin telefonierte mit Trump. Lesen Sie auch, was Orbán sagte.|-1",
        "Mehr zum Thema Ukraine\\nPutin telefonierte mit Trump.|-1",
        "Putin telefonierte mit Trump.\\nMehr zum Thema: wie die Gespräche zwischen Moskau und Kiew weitergehen sollen und wer vermittelt|-1",
    })
    void theBodyEndsAtAFooterLine(String escaped, int expected) {
        String text = escaped.replace("\\n", "\n");
        assertThat(ArticleBody.end(text)).isEqualTo(expected < 0 ? text.length() : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Putin telefonierte mit Trump.\\nRelated Articles\\nDie Niederlande verschärfen ihr Asylrecht.|country/netherlands",
        "Putin telefonierte mit Trump.\\nLesen Sie auch\\nViktor Orbán reist nach Peking.|person/viktor-orban",
    })
    void entitiesInFootersAreNotTheArticles(String escaped, String absentKey) {
        Article a = new Article("t", escaped.replace("\\n", "\n"), LocalDate.of(2025, 7, 4), null, null, null, "de", "t");
        AnnotatedArticle doc = GermanPipeline.create(EntityCatalog.bundled()).run(a);
        assertThat(doc.get(Layer.ENTITIES)).extracting(EntityMention::key)
                .contains("person/vladimir-putin", "person/donald-trump").doesNotContain(absentKey);
    }
}
