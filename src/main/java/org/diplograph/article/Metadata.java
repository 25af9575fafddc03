package org.diplograph.article;

import java.time.LocalDate;
import java.util.Set;

/**
 * Article metadata as read from a {@code .meta.json} sidecar or a JSONL line. Where a key has a
 * news-please alias ({@code date_publish}, {@code source_domain}) our own key wins when both are
 * present. Null and blank values count as absent.
 */
record Metadata(LocalDate published, String title, String source, String url, String language) {

    /** Every metadata key understood, ours and news-please's. */
    static final Set<String> KEYS = Set.of("published", "date_publish", "title", "source", "source_domain",
            "url", "language");

    static Metadata from(JsonFields fields) throws JsonFields.Problem {
        return new Metadata(
                fields.date("published", "date_publish"),
                fields.label("title"),
                fields.label("source", "source_domain"),
                fields.label("url"),
                fields.label("language"));
    }
}
