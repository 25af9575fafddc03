package org.diplograph.article;

import com.fasterxml.jackson.core.JsonFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a {@code .txt} file as one article, with optional metadata from {@code NAME.meta.json}
 * beside it. The id is the file name without {@code .txt} ({@link Article#sanitizeId sanitized});
 * the text is the file's content exactly as written, minus a UTF-8 byte order mark.
 *
 * <p>Rejected, each as one {@link ReadResult.Failed}: files over the size limit, empty files,
 * binary files, whitespace-only text, and a malformed or wrong-typed sidecar (located at its line
 * and column). Text that is not valid UTF-8 is decoded as windows-1252 and the result carries a
 * warning.
 */
public final class TextArticleReader implements ArticleReader {

    /** The sidecar ending: {@code NAME.txt} has its metadata in {@code NAME.meta.json}. */
    public static final String META_SUFFIX = ".meta.json";

    private static final Logger LOG = LoggerFactory.getLogger(TextArticleReader.class);

    private final long maxBytes;
    private final JsonFactory json;

    /** A reader with the default size limit ({@link ArticleSources#DEFAULT_MAX_BYTES}). */
    public TextArticleReader() {
        this(ArticleSources.DEFAULT_MAX_BYTES);
    }

    /** A reader that rejects files larger than {@code maxBytes}. */
    public TextArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.json = JsonFields.factory(maxBytes);
    }

    @Override
    public List<String> extensions() {
        return List.of(".txt");
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        return Stream.of(file).map(this::readOne);
    }

    /** The sidecar metadata path for {@code txtFile}: {@code NAME.txt} → {@code NAME.meta.json}. */
    public static Path sidecar(Path txtFile) {
        return txtFile.resolveSibling(stem(txtFile) + META_SUFFIX);
    }

    /** The article; never throws for bad input. */
    public ReadResult readOne(Path file) {
        String where = file.toString();
        List<String> warnings = new ArrayList<>();
        String text;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return new ReadResult.Failed(where, TextBytes.tooLarge("file", size, maxBytes));
            }
            byte[] bytes = Files.readAllBytes(file);
            int bom = TextBytes.bomLength(bytes, 0, bytes.length);
            if (bytes.length - bom == 0) {
                return new ReadResult.Failed(where, "empty file");
            }
            String binary = TextBytes.binaryReason(bytes, bom, bytes.length - bom);
            if (binary != null) {
                return new ReadResult.Failed(where, binary);
            }
            TextBytes.Decoded decoded = TextBytes.decode(bytes, bom, bytes.length - bom);
            if (decoded.fellBack()) {
                warnings.add(warn(where, "not valid UTF-8 at byte offset " + (decoded.badByte() + bom)
                        + ", decoded as windows-1252"));
            }
            text = decoded.text();
        } catch (IOException e) {
            return new ReadResult.Failed(where, TextBytes.ioReason(e));
        }
        if (TextBytes.isBlank(text)) {
            return new ReadResult.Failed(where, "whitespace-only text");
        }

        Metadata meta = new Metadata(null, null, null, null, null);
        Path metaFile = sidecar(file);
        if (Files.exists(metaFile)) {
            try {
                meta = readSidecar(metaFile, warnings);
            } catch (SidecarProblem p) {
                return p.failed;
            }
        }
        String id = Article.sanitizeId(stem(file));
        return new ReadResult.Ok(new Article(id, text, meta.published(), meta.title(), meta.source(),
                meta.url(), meta.language(), where), warnings);
    }

    private Metadata readSidecar(Path metaFile, List<String> warnings) throws SidecarProblem {
        String where = metaFile.toString();
        String content;
        try {
            long size = Files.size(metaFile);
            if (size > maxBytes) {
                throw new SidecarProblem(where, TextBytes.tooLarge("file", size, maxBytes));
            }
            byte[] bytes = Files.readAllBytes(metaFile);
            int bom = TextBytes.bomLength(bytes, 0, bytes.length);
            if (bytes.length - bom == 0) {
                throw new SidecarProblem(where, "empty file");
            }
            String binary = TextBytes.binaryReason(bytes, bom, bytes.length - bom);
            if (binary != null) {
                throw new SidecarProblem(where, binary);
            }
            TextBytes.Decoded decoded = TextBytes.decode(bytes, bom, bytes.length - bom);
            if (decoded.fellBack()) {
                warnings.add(warn(where, "not valid UTF-8 at byte offset " + (decoded.badByte() + bom)
                        + ", decoded as windows-1252"));
            }
            content = decoded.text();
        } catch (IOException e) {
            throw new SidecarProblem(where, TextBytes.ioReason(e));
        }
        try {
            JsonFields fields = JsonFields.parse(json, content);
            for (String name : fields.names()) {
                if (!Metadata.KEYS.contains(name)) {
                    warnings.add(warn(where, "unknown key \"" + JsonFields.oneLine(name, 40)
                            + "\" ignored (known: published, title, source, url, language)"));
                }
            }
            return Metadata.from(fields);
        } catch (JsonFields.Problem p) {
            String at = p.line() > 0 ? where + ":" + p.line() + ":" + p.column() : where;
            throw new SidecarProblem(at, p.reason());
        }
    }

    private static String warn(String where, String message) {
        String line = where + ": " + message;
        LOG.warn(line);
        return line;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.length() > 4 && name.regionMatches(true, name.length() - 4, ".txt", 0, 4)
                ? name.substring(0, name.length() - 4) : name;
    }

    private static final class SidecarProblem extends Exception {
        final ReadResult.Failed failed;

        SidecarProblem(String location, String reason) {
            super(reason, null, false, false);
            this.failed = new ReadResult.Failed(location, reason);
        }
    }
}
