package org.diplograph.article;

import com.fasterxml.jackson.core.JsonFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a {@code .jsonl} file: one JSON object per line, one article per object. Keys:
 * {@code id}, {@code text}, {@code published}, {@code title}, {@code source}, {@code url},
 * {@code language}; the news-please names ({@code maintext}, {@code date_publish},
 * {@code source_domain}) are accepted too, ours winning when both are present. Other keys are
 * ignored, null values count as absent. Without an {@code id}, the id is the file name without
 * {@code .jsonl} plus {@code _} and the 1-based line number ({@code news_17}), stable across runs.
 *
 * <p>The file is streamed line by line and never loaded whole; a line longer than the size limit is
 * skipped without being held in memory. Blank lines are skipped. Each line is decoded on its own,
 * strictly as UTF-8 and else as windows-1252 with a warning. Every bad line becomes a
 * {@link ReadResult.Failed} at {@code file:line} or {@code file:line:column}, and reading goes on.
 */
public final class JsonlArticleReader implements ArticleReader {

    private static final Logger LOG = LoggerFactory.getLogger(JsonlArticleReader.class);
    private static final int CHUNK = 64 * 1024;

    private final long maxBytes;
    private final JsonFactory json;

    /** A reader with the default line size limit ({@link ArticleSources#DEFAULT_MAX_BYTES}). */
    public JsonlArticleReader() {
        this(ArticleSources.DEFAULT_MAX_BYTES);
    }

    /** A reader that rejects lines longer than {@code maxBytes}. */
    public JsonlArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.json = JsonFields.factory(maxBytes);
    }

    @Override
    public List<String> extensions() {
        return List.of(".jsonl");
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        Lines lines = new Lines(file);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(lines::close);
    }

    /** The results of one file, computed one line at a time; opens the file on first use. */
    private final class Lines extends Lookahead<ReadResult> {
        private final Path file;
        private final String where;
        private final String stem;
        private InputStream in;
        private final byte[] buf = new byte[CHUNK];
        private int pos;
        private int lim;
        private boolean eof;
        private byte[] line = new byte[256];
        private int lineLen;
        private long lineNo;
        private boolean started;
        private boolean done;
        private boolean sawContent;
        private int fallbacks;

        Lines(Path file) {
            this.file = file;
            this.where = file.toString();
            String name = file.getFileName().toString();
            this.stem = name.length() > 6 && name.regionMatches(true, name.length() - 6, ".jsonl", 0, 6)
                    ? name.substring(0, name.length() - 6) : name;
        }

        @Override
        ReadResult computeNext() {
            if (done) {
                return null;
            }
            try {
                if (!started) {
                    started = true;
                    ReadResult problem = open();
                    if (problem != null) {
                        finish();
                        return problem;
                    }
                }
                while (true) {
                    long length = readLine();
                    if (length < 0) {
                        finish();
                        return sawContent ? null : new ReadResult.Failed(where, "whitespace-only file");
                    }
                    lineNo++;
                    if (length > maxBytes) {
                        sawContent = true;
                        return new ReadResult.Failed(where + ":" + lineNo, TextBytes.tooLarge("line", length, maxBytes));
                    }
                    if (!isBlank(line, lineLen)) {
                        sawContent = true;
                        return parse(Arrays.copyOf(line, lineLen));
                    }
                }
            } catch (IOException e) {
                finish();
                return new ReadResult.Failed(lineNo > 0 ? where + ":" + (lineNo + 1) : where, TextBytes.ioReason(e));
            }
        }

        /** Opens the file and checks its head; returns a problem that ends the file, or null. */
        private ReadResult open() throws IOException {
            in = Files.newInputStream(file);
            fill();
            if (lim == 0) {
                return new ReadResult.Failed(where, "empty file");
            }
            pos = TextBytes.bomLength(buf, 0, lim);
            if (pos >= lim) {
                fill();
                if (lim == 0) {
                    return new ReadResult.Failed(where, "empty file");
                }
            }
            String binary = TextBytes.binaryReason(buf, pos, lim - pos);
            return binary == null ? null : new ReadResult.Failed(where, binary);
        }

        private void fill() throws IOException {
            pos = 0;
            lim = 0;
            while (lim == 0 && !eof) {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    eof = true;
                } else {
                    lim = n;
                }
            }
        }

        /**
         * Reads the next line (without its '\n') into {@code line}, keeping at most {@code maxBytes}
         * of it; returns its full length, or -1 at the end of the file.
         */
        private long readLine() throws IOException {
            if (pos >= lim) {
                fill();
                if (lim == 0) {
                    return -1;
                }
            }
            lineLen = 0;
            long length = 0;
            while (true) {
                if (pos >= lim) {
                    fill();
                    if (lim == 0) {
                        return length;
                    }
                }
                int i = pos;
                while (i < lim && buf[i] != '\n') {
                    i++;
                }
                int n = i - pos;
                length += n;
                if (length <= maxBytes) {
                    append(buf, pos, n);
                }
                pos = i;
                if (i < lim) {
                    pos++;
                    return length;
                }
            }
        }

        private void append(byte[] b, int off, int n) {
            if (lineLen + n > line.length) {
                line = Arrays.copyOf(line, Math.max(lineLen + n, line.length * 2));
            }
            System.arraycopy(b, off, line, lineLen, n);
            lineLen += n;
        }

        private ReadResult parse(byte[] bytes) {
            String loc = where + ":" + lineNo;
            List<String> warnings = new ArrayList<>();
            TextBytes.Decoded decoded = TextBytes.decode(bytes, 0, bytes.length);
            if (decoded.fellBack()) {
                fallbacks++;
                String w = loc + ": not valid UTF-8 at byte offset " + decoded.badByte()
                        + " of the line, decoded as windows-1252";
                warnings.add(w);
                if (fallbacks == 1) {
                    LOG.warn(w);
                } else {
                    LOG.debug(w);
                }
            }
            try {
                JsonFields fields = JsonFields.parse(json, decoded.text());
                JsonFields.Field textField = fields.first("text", "maintext");
                if (textField == null) {
                    return new ReadResult.Failed(loc, "no \"text\" or \"maintext\" field");
                }
                String text = fields.string("text", "maintext");
                if (text.isEmpty()) {
                    throw new JsonFields.Problem(textField.name() + ": empty text", textField);
                }
                if (TextBytes.isBlank(text)) {
                    throw new JsonFields.Problem(textField.name() + ": whitespace-only text", textField);
                }
                String rawId = fields.id("id");
                Metadata meta = Metadata.from(fields);
                String id = Article.sanitizeId(rawId != null ? rawId : stem + "_" + lineNo);
                return new ReadResult.Ok(new Article(id, text, meta.published(), meta.title(), meta.source(),
                        meta.url(), meta.language(), loc), warnings);
            } catch (JsonFields.Problem p) {
                return new ReadResult.Failed(p.offset() >= 0 ? loc + ":" + (p.offset() + 1) : loc, p.reason());
            }
        }

        private void finish() {
            done = true;
            close();
        }

        void close() {
            if (fallbacks > 1) {
                LOG.warn("{}: {} lines were not valid UTF-8 and were decoded as windows-1252", where, fallbacks);
                fallbacks = 0;
            }
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    LOG.debug("{}: closing failed", where, e);
                }
                in = null;
            }
            done = true;
        }
    }

    private static boolean isBlank(byte[] b, int len) {
        for (int i = 0; i < len; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
                return false;
            }
        }
        return true;
    }
}
