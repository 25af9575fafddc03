package org.diplograph.article;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading one article: either the {@link Ok article} (with any warnings about how it
 * was read) or a {@link Failed problem} naming where it occurred and why. Readers return failures
 * as values rather than throwing, so a bad file or line never stops the others.
 */
public sealed interface ReadResult permits ReadResult.Ok, ReadResult.Failed {

    /** Where this result comes from, e.g. {@code data/000.txt}, {@code news.jsonl:17} or {@code x.meta.json:3:14}. */
    String location();

    /**
     * An article read successfully.
     *
     * @param article  the article
     * @param warnings one-line messages, each starting with the location, about problems that did not
     *                 prevent reading it (e.g. text that was not UTF-8 and was decoded as windows-1252);
     *                 also logged at WARN level. Empty when all was well.
     */
    record Ok(Article article, List<String> warnings) implements ReadResult {
        public Ok {
            Objects.requireNonNull(article, "article");
            warnings = List.copyOf(warnings);
        }

        public Ok(Article article) {
            this(article, List.of());
        }

        @Override
        public String location() {
            return article.origin();
        }
    }

    /**
     * An article (a file or one JSONL line) that could not be read.
     *
     * @param location file, {@code file:line} or {@code file:line:column}
     * @param reason   what is wrong, one line, e.g. {@code empty file}
     */
    record Failed(String location, String reason) implements ReadResult {
        public Failed {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
        }

        /** {@code location: reason}, ready to print as one line. */
        public String message() {
            return location + ": " + reason;
        }
    }
}
