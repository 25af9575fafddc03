package org.diplograph.article;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads articles from one kind of file. Implementations are registered with {@link ArticleSources},
 * which picks the first reader that {@link #accepts(Path) accepts} a file.
 *
 * <p>{@link #read(Path)} never throws for bad input: every problem becomes a
 * {@link ReadResult.Failed} with a location and a one-line reason, so that one bad article does not
 * stop the others. The returned stream may hold an open file; the caller closes it.
 */
public interface ArticleReader {

    /** The file name endings this reader handles, lower-case with the dot, e.g. {@code .txt}. */
    List<String> extensions();

    /** True when this reader handles {@code file}, judged by its name alone (case-insensitive). */
    default boolean accepts(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return extensions().stream().anyMatch(lower::endsWith);
    }

    /**
     * The articles in {@code file}, lazily and in file order. Close the stream when done (use
     * try-with-resources); it may hold the file open.
     */
    Stream<ReadResult> read(Path file);
}
