package org.diplograph.generate;

import java.time.LocalDate;
import java.util.Objects;

import org.diplograph.eval.GoldFile;

/**
 * One generated article with its gold annotation.
 *
 * @param id        article id ("gen-00000042")
 * @param published publication date
 * @param title     headline (also the first line of the text)
 * @param source    outlet name
 * @param url       a stable address under example.org
 * @param text      the article text
 * @param gold      what the article reports, in the evaluation's gold format
 */
public record GeneratedArticle(String id, LocalDate published, String title, String source, String url,
                               String text, GoldFile gold) {
    public GeneratedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(gold, "gold");
    }
}
