package org.diplograph.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: its stable id, full text and metadata. Character offsets everywhere in
 * Diplograph count Java {@code char}s into {@link #text()}.
 *
 * @param id        stable identifier (file name without extension, or the {@code id} of a JSONL line);
 *                  letters, digits, '-', '_' and '.' only, so it can end an IRI
 * @param text      the article text (first line may be the headline)
 * @param published publication date, or null when unknown
 * @param title     headline, or null
 * @param source    outlet name or domain, or null
 * @param url       original URL, or null
 * @param language  ISO 639-1 code, "de" when unknown
 * @param origin    where it was read from, e.g. "data/000.txt" or "news.jsonl:17" (for messages)
 */
public record Article(String id, String text, LocalDate published, String title, String source,
                      String url, String language, String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("article id must match [A-Za-z0-9._-]+: " + id);
        }
        language = language == null || language.isBlank() ? "de" : language;
        origin = origin == null ? id : origin;
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** True when {@code id} is safe as the last segment of an IRI. */
    public static boolean isValidId(String id) {
        return id != null && !id.isEmpty() && id.matches("[A-Za-z0-9._-]+");
    }

    /** Makes a valid id from an arbitrary string (file names, URLs): other characters become '_'. */
    public static String sanitizeId(String raw) {
        String s = raw.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() ? "_" : s;
    }
}
