package org.diplograph.article;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Expands the inputs a user names (files and directories) into one lazy stream of
 * {@link ReadResult}s, using the first registered {@link ArticleReader} that accepts each file.
 *
 * <ul>
 *   <li>Inputs are read in the order given. A directory means every file below it that a reader
 *       accepts, depth first, each directory's entries sorted by name (so runs are deterministic);
 *       hidden files and directories (name starting with '.') and files no reader accepts (such as
 *       {@code *.meta.json} sidecars) are skipped silently.</li>
 *   <li>A missing input, or a file no reader accepts named explicitly, is a {@link ReadResult.Failed}.</li>
 *   <li>An article whose id was already read in this stream is a {@link ReadResult.Failed}
 *       ({@code duplicate article id X (also in Y)}); the first one wins.</li>
 * </ul>
 * The stream opens one file at a time, only when the caller gets to it, and never loads a JSONL file
 * whole; close it (try-with-resources) to release the file being read.
 *
 * <pre>{@code
 * try (Stream<ReadResult> results = ArticleSources.read(List.of(Path.of("data")))) {
 *     results.forEach(r -> { switch (r) {
 *         case ReadResult.Ok ok -> process(ok.article());
 *         case ReadResult.Failed f -> System.err.println(f.message());
 *     }});
 * }
 * }</pre>
 */
public final class ArticleSources {

    /** The default limit for one {@code .txt} file or one JSONL line: 50 MB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleSources.class);

    private final List<ArticleReader> readers;

    private ArticleSources(List<ArticleReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The standard readers ({@code .txt}, {@code .jsonl}) with the default size limit. */
    public static ArticleSources create() {
        return create(DEFAULT_MAX_BYTES);
    }

    /** The standard readers, rejecting a {@code .txt} file or JSONL line over {@code maxBytes}. */
    public static ArticleSources create(long maxBytes) {
        return new ArticleSources(List.of(new TextArticleReader(maxBytes), new JsonlArticleReader(maxBytes)));
    }

    /** Exactly these readers, tried in order. */
    public static ArticleSources of(List<ArticleReader> readers) {
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("at least one reader is needed");
        }
        return new ArticleSources(readers);
    }

    /** A copy with {@code reader} tried after the present ones. */
    public ArticleSources withReader(ArticleReader reader) {
        List<ArticleReader> all = new ArrayList<>(readers);
        all.add(Objects.requireNonNull(reader, "reader"));
        return new ArticleSources(all);
    }

    /** The readers, in the order they are tried. */
    public List<ArticleReader> readers() {
        return readers;
    }

    /** Shorthand for {@code create().stream(inputs)}. */
    public static Stream<ReadResult> read(List<Path> inputs) {
        return create().stream(inputs);
    }

    /** Shorthand for {@code create(maxBytes).stream(inputs)}. */
    public static Stream<ReadResult> read(List<Path> inputs, long maxBytes) {
        return create(maxBytes).stream(inputs);
    }

    /** Every article in {@code inputs}, lazily, in a deterministic order. The caller closes the stream. */
    public Stream<ReadResult> stream(List<Path> inputs) {
        Results results = new Results(List.copyOf(inputs));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(results::close);
    }

    /** The reader for {@code file}, or null. */
    public ArticleReader readerFor(Path file) {
        for (ArticleReader r : readers) {
            if (r.accepts(file)) {
                return r;
            }
        }
        return null;
    }

    /** {@code unsupported file type .pdf (expected .txt, .jsonl or a directory)}. */
    String unsupported(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> exts = extensions();
        String expected = "(expected " + String.join(", ", exts) + " or a directory)";
        if (name.toLowerCase(Locale.ROOT).endsWith(TextArticleReader.META_SUFFIX)) {
            return "a metadata sidecar is not an article; name the .txt file beside it " + expected;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1
                ? "unsupported file type " + name.substring(dot) + " " + expected
                : "unsupported file type, no extension " + expected;
    }

    private List<String> extensions() {
        return readers.stream().flatMap(r -> r.extensions().stream()).distinct().toList();
    }

    /**
     * One entry to visit: a path and whether the user named it (explicit) or a directory walk found
     * it; or, with {@code filesBefore >= 0}, the end of a directory the user named, to check that
     * something was found in it.
     */
    private record Pending(Path path, boolean explicit, long filesBefore) {
        Pending(Path path, boolean explicit) {
            this(path, explicit, -1);
        }

        boolean isEndOfDirectory() {
            return filesBefore >= 0;
        }
    }

    private final class Results extends Lookahead<ReadResult> {
        private final Deque<Pending> pending = new ArrayDeque<>();
        private final IdRegistry seenIds = new IdRegistry();
        private final Set<Path> seenDirs = new HashSet<>();
        private Stream<ReadResult> currentStream;
        private Iterator<ReadResult> current;
        private String currentFile;
        private long filesOpened;
        private boolean closed;

        Results(List<Path> inputs) {
            for (Path p : inputs) {
                pending.add(new Pending(p, true));
            }
        }

        @Override
        ReadResult computeNext() {
            if (closed) {
                return null;
            }
            while (true) {
                if (current != null) {
                    try {
                        if (current.hasNext()) {
                            return checkDuplicate(current.next());
                        }
                    } catch (RuntimeException e) {
                        // a reader bug must not end the run: report it and go on with the next file
                        LOG.error("{}: reader failed", currentFile, e);
                        ReadResult.Failed failed = new ReadResult.Failed(currentFile, "cannot read: " + e);
                        closeCurrent();
                        return failed;
                    }
                    closeCurrent();
                }
                Pending p = pending.poll();
                if (p == null) {
                    return null;
                }
                ReadResult problem = visit(p);
                if (problem != null) {
                    return problem;
                }
            }
        }

        /** Opens a file, expands a directory, or returns a problem; null when there is nothing to report. */
        private ReadResult visit(Pending p) {
            Path path = p.path();
            if (p.isEndOfDirectory()) {
                return filesOpened > p.filesBefore() ? null
                        : new ReadResult.Failed(path.toString(), "no " + String.join(" or ", extensions()) + " files found");
            }
            if (Files.isDirectory(path)) {
                return expand(path, p.explicit());
            }
            if (!Files.exists(path)) {
                return p.explicit() ? new ReadResult.Failed(path.toString(), "no such file or directory") : null;
            }
            if (!p.explicit() && isHidden(path)) {
                return null;
            }
            ArticleReader reader = readerFor(path);
            if (reader == null) {
                return p.explicit() ? new ReadResult.Failed(path.toString(), unsupported(path)) : null;
            }
            if (!Files.isRegularFile(path)) {
                return p.explicit() ? new ReadResult.Failed(path.toString(), "not a regular file") : null;
            }
            currentFile = path.toString();
            seenIds.enterFile(currentFile);
            filesOpened++;
            try {
                currentStream = reader.read(path);
                current = currentStream.iterator();
            } catch (RuntimeException e) {
                LOG.error("{}: reader failed", currentFile, e);
                closeCurrent();
                return new ReadResult.Failed(currentFile, "cannot read: " + e);
            }
            return null;
        }

        private ReadResult expand(Path dir, boolean explicit) {
            try {
                if (!seenDirs.add(dir.toRealPath())) {
                    LOG.debug("{}: directory already visited (symbolic link loop?), skipped", dir);
                    return null;
                }
                List<Path> children = new ArrayList<>();
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                    for (Path child : entries) {
                        if (!isHidden(child)) {
                            children.add(child);
                        }
                    }
                }
                children.sort(Comparator.comparing(c -> c.getFileName().toString()));
                if (explicit) {
                    pending.addFirst(new Pending(dir, true, filesOpened));
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.addFirst(new Pending(children.get(i), false));
                }
                return null;
            } catch (IOException e) {
                return new ReadResult.Failed(dir.toString(), "cannot list directory: " + TextBytes.ioReason(e));
            }
        }

        private ReadResult checkDuplicate(ReadResult r) {
            if (r instanceof ReadResult.Ok ok) {
                String id = ok.article().id();
                String first = seenIds.register(id, ok.article().origin());
                if (first != null) {
                    return new ReadResult.Failed(ok.article().origin(),
                            "duplicate article id " + id + " (also in " + first + ")");
                }
            }
            return r;
        }

        private void closeCurrent() {
            if (currentStream != null) {
                try {
                    currentStream.close();
                } catch (RuntimeException e) {
                    LOG.warn("{}: closing failed: {}", currentFile, e.toString());
                }
            }
            currentStream = null;
            current = null;
        }

        void close() {
            closed = true;
            discardPending();
            closeCurrent();
            pending.clear();
        }
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    @Override
    public String toString() {
        return "ArticleSources" + readers.stream().map(r -> r.getClass().getSimpleName())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
