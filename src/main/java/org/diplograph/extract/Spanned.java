package org.diplograph.extract;

/**
 * Anything found in an article text: a half-open character range [start, end) into
 * {@code Article.text()} and the text it covers. The shared extractor contract test checks
 * {@code article.text().substring(start(), end()).equals(text())} for every result.
 */
public interface Spanned {
    int start();

    int end();

    String text();

    default boolean contains(Spanned other) {
        return start() <= other.start() && other.end() <= end();
    }

    default boolean overlaps(Spanned other) {
        return start() < other.end() && other.start() < end();
    }
}
