package org.diplograph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.diplograph.DiplographException;
import org.diplograph.article.Article;
import org.diplograph.article.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationRunTest {
    private static final List<GoldFile> GOLD = List.of(gold("001", "001_cef.txt"), gold("00", null),
            gold("002", null), gold("news-7", null));

    static GoldFile gold(String article, String file) {
        return new GoldFile(article, file, null, List.of("Donald Trump"), List.of(), List.of(), List.of(), null, null);
    }

    static Article article(String id, String origin) {
        return new Article(id, "Text.", null, null, null, null, "de", origin);
    }

    @ParameterizedTest(name = "{0} from {1} -> gold {2}")
    @CsvSource(nullValues = "none", value = {
            "renamed,      data/001_cef.txt, 001",
            "001_cef,      other/place.txt,  001",
            "002,          x.txt,            002",
            "002_abc,      x.txt,            002",
            "002.v2,       x.txt,            002",
            "0021,         x.txt,            none",
            "00_x,         x.txt,            00",
            "003,          x.txt,            none",
            "news-7,       news.jsonl:7,     news-7",
            "news-70,      news.jsonl:70,    none"})
    void articlesFindTheirGoldByFileNameIdOrIdPrefix(String id, String origin, String expected) {
        assertThat(EvaluationRun.goldFor(article(id, origin), GOLD).map(GoldFile::article).orElse(null))
                .isEqualTo(expected);
    }

    @Test
    void runScoresPairedArticlesAndWarnsAboutTheRest() {
        Stream<ReadResult> inputs = Stream.of(
                new ReadResult.Ok(article("001_cef", "data/001_cef.txt")),
                new ReadResult.Failed("data/bad.txt", "empty file"),
                new ReadResult.Ok(article("999", "data/999.txt")),
                new ReadResult.Ok(article("001_again", "data/001_again.txt")));
        EvaluationRun.Result r = EvaluationRun.run(List.of(gold("001", null), gold("004", "004_x.txt")), inputs,
                a -> new ArticlePrediction(a.id(), Set.of("person/donald-trump"), Set.of(), List.of(), List.of()),
                new Evaluator(GoldKeys.slugsOnly()));
        assertThat(r.report().articles()).extracting(ArticleScore::articleId).containsExactly("001_cef");
        assertThat(r.report().persons()).isEqualTo(new Counts(1, 0, 0));
        assertThat(r.failed()).isEqualTo(1);
        assertThat(r.warnings()).containsExactly(
                "data/bad.txt: empty file",
                "data/999.txt: no gold file for article 999; not scored",
                "data/001_again.txt: gold 001 is already used for article 001_cef; not scored",
                "gold 004 (004_x.txt): no input article; not scored");
    }

    @Test
    void noPairedArticleIsAnError() {
        assertThatThrownBy(() -> EvaluationRun.run(List.of(gold("001", null)),
                Stream.of(new ReadResult.Ok(article("777", "777.txt"))), a -> null, new Evaluator(GoldKeys.slugsOnly())))
                .isInstanceOf(DiplographException.class)
                .hasMessage("no input article has a gold file (gold ids: 001)");
    }

    @Test
    void anUndatedArticleIsDatedByItsGoldFileAndSaysSo() {
        GoldFile dated = new GoldFile("001", null, "2025-07-04", List.of(), List.of(), List.of(), List.of(), null, null);
        GoldFile undated = gold("002", null);
        Article own = new Article("002", "Text.", LocalDate.of(2024, 1, 2), null, null, null, "de", "data/002.txt");
        List<LocalDate> seen = new ArrayList<>();
        EvaluationRun.Result r = EvaluationRun.run(List.of(dated, undated),
                Stream.of(new ReadResult.Ok(article("001", "seeds/001.txt")), new ReadResult.Ok(own)),
                a -> {
                    seen.add(a.published());
                    return new ArticlePrediction(a.id(), Set.of(), Set.of(), List.of(), List.of());
                },
                new Evaluator(GoldKeys.slugsOnly()));
        // the bare text takes the gold's date; an article with its own date keeps it, whatever the gold says
        assertThat(seen).containsExactly(LocalDate.of(2025, 7, 4), LocalDate.of(2024, 1, 2));
        assertThat(r.warnings()).containsExactly("seeds/001.txt: no publication date (no .meta.json beside it);"
                + " relative dates resolved against the gold file's \"published\" 2025-07-04");
    }

    @Test
    void aGoldDateThatIsNoDateLeavesTheArticleUndated() {
        GoldFile bad = new GoldFile("001", null, "4. Juli", List.of(), List.of(), List.of(), List.of(), null, null);
        List<String> warnings = new ArrayList<>();
        Article a = article("001", "seeds/001.txt");
        assertThat(EvaluationRun.datedByGold(a, bad, warnings)).isSameAs(a);
        assertThat(warnings).containsExactly("gold 001: \"published\" is not a date YYYY-MM-DD: 4. Juli;"
                + " article 001 is scored without a publication date");
    }
}
