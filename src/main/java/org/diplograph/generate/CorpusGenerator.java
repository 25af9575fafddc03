package org.diplograph.generate;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import org.diplograph.DiplographException;
import org.diplograph.eval.GoldFile;
import org.diplograph.resolve.EntityCatalog;

/**
 * Generates a corpus of German diplomacy articles with their gold. Article {@code i} depends only on the seed
 * and {@code i}, so the same seed always gives the same corpus, byte for byte, and any slice of it can be
 * regenerated alone. Writing streams: articles are composed in parallel in small chunks and written in order,
 * so memory stays flat for a million articles.
 *
 * <p>Layout of the output directory: {@code articles.jsonl} (one article per line: id, title, published,
 * source, url, language, text) or {@code articles/ID.txt} with {@code ID.meta.json}; gold as
 * {@code gold/ID.gold.json} (one file per article, the format of {@code ../shared/eval/README.md}) or
 * {@code gold.jsonl} (the same objects, one per line) or none.
 */
public final class CorpusGenerator {
    private static final int CHUNK = 512;
    private static final JsonFactory JSON = new JsonFactory();

    /** How articles are written. */
    public enum Format { JSONL, TXT }

    /** How gold is written. */
    public enum GoldOutput { FILES, JSONL, NONE }

    /**
     * What was written.
     *
     * @param articles  number of articles
     * @param textBytes UTF-8 bytes of article text (without JSON or metadata)
     * @param calls     gold phone calls over all articles
     * @param rounds    gold negotiation rounds over all articles
     * @param articlesAt {@code articles.jsonl} or the {@code articles/} folder
     * @param goldAt    {@code gold/}, {@code gold.jsonl}, or null
     * @param took      wall time
     */
    public record Summary(long articles, long textBytes, long calls, long rounds, Path articlesAt, Path goldAt,
                          Duration took) {
    }

    private final ArticleComposer composer;

    public CorpusGenerator(EntityCatalog catalog, long seed) {
        this.composer = new ArticleComposer(Objects.requireNonNull(catalog), seed);
    }

    /** The article with this 0-based index. */
    public GeneratedArticle article(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative article index " + index);
        }
        return composer.compose(index);
    }

    /** Articles {@code 0 .. count-1}, composed lazily in order. */
    public Stream<GeneratedArticle> articles(long count) {
        return LongStream.range(0, count).mapToObj(this::article);
    }

    /**
     * Writes {@code count} articles and their gold into {@code out} (created when missing). Earlier generated
     * gold files ({@code gold/gen-*.gold.json}) are removed first so that the gold folder matches the corpus.
     *
     * @param progress called with the number of articles written so far, after each chunk
     */
    public Summary write(Path out, long count, Format format, GoldOutput gold, LongConsumer progress) {
        if (count < 0) {
            throw new IllegalArgumentException("--articles must be >= 0, not " + count);
        }
        long t0 = System.nanoTime();
        Path articlesAt = format == Format.JSONL ? out.resolve("articles.jsonl") : out.resolve("articles");
        Path goldAt = switch (gold) {
            case FILES -> out.resolve("gold");
            case JSONL -> out.resolve("gold.jsonl");
            case NONE -> null;
        };
        long textBytes = 0;
        long calls = 0;
        long rounds = 0;
        try {
            Files.createDirectories(out);
            if (format == Format.TXT) {
                Files.createDirectories(articlesAt);
            }
            if (gold == GoldOutput.FILES) {
                Files.createDirectories(goldAt);
                removeGeneratedGold(goldAt);
            }
            try (OutputStream jsonl = format == Format.JSONL ? buffered(articlesAt) : null;
                 OutputStream goldLines = gold == GoldOutput.JSONL ? buffered(goldAt) : null) {
                for (long start = 0; start < count; start += CHUNK) {
                    long end = Math.min(count, start + CHUNK);
                    List<GeneratedArticle> chunk = LongStream.range(start, end).parallel().mapToObj(this::article)
                            .toList();
                    for (GeneratedArticle a : chunk) {
                        textBytes += a.text().getBytes(StandardCharsets.UTF_8).length;
                        calls += a.gold().calls().size();
                        rounds += a.gold().rounds().size();
                        if (format == Format.JSONL) {
                            writeLine(jsonl, a);
                        } else {
                            writeTxt(articlesAt, a);
                        }
                        switch (gold) {
                            case FILES -> writeGoldFile(goldAt, a, format);
                            case JSONL -> writeGoldLine(goldLines, a);
                            case NONE -> { }
                        }
                    }
                    progress.accept(end);
                }
            }
        } catch (IOException e) {
            throw new DiplographException(out + ": cannot write the generated corpus (" + e.getMessage() + ")", e);
        }
        return new Summary(count, textBytes, calls, rounds, articlesAt, goldAt, Duration.ofNanos(System.nanoTime() - t0));
    }

    private static OutputStream buffered(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    private static void removeGeneratedGold(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "gen-*.gold.json")) {
            for (Path p : s) {
                Files.delete(p);
            }
        }
    }

    private static void writeLine(OutputStream out, GeneratedArticle a) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(nonClosing(out), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("title", a.title());
            g.writeStringField("published", a.published().toString());
            g.writeStringField("source", a.source());
            g.writeStringField("url", a.url());
            g.writeStringField("language", "de");
            g.writeStringField("text", a.text());
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeTxt(Path dir, GeneratedArticle a) throws IOException {
        Files.writeString(dir.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
        try (JsonGenerator g = JSON.createGenerator(Files.newOutputStream(dir.resolve(a.id() + ".meta.json")),
                JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("published", a.published().toString());
            g.writeStringField("title", a.title());
            g.writeStringField("source", a.source());
            g.writeStringField("url", a.url());
            g.writeStringField("language", "de");
            g.writeEndObject();
        }
    }

    private static void writeGoldFile(Path dir, GeneratedArticle a, Format format) throws IOException {
        GoldFile gold = format == Format.TXT ? withFile(a) : a.gold();
        try (JsonGenerator g = JSON.createGenerator(Files.newOutputStream(dir.resolve(a.id() + ".gold.json")),
                JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                    .withArrayIndenter(new DefaultIndenter(" ", "\n")));
            GoldJson.write(gold, g);
        }
    }

    private static GoldFile withFile(GeneratedArticle a) {
        GoldFile g = a.gold();
        return new GoldFile(g.article(), a.id() + ".txt", g.published(), g.persons(),
                g.countries(), g.calls(), g.rounds(), g.optional(), g.notes());
    }

    private static void writeGoldLine(OutputStream out, GeneratedArticle a) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(nonClosing(out), JsonEncoding.UTF8)) {
            GoldJson.write(a.gold(), g);
        }
        out.write('\n');
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** "12,345 articles, 31.2 MB of text, 10,101 calls, 2,345 rounds in 4.1 s". */
    public static String describe(Summary s) {
        return String.format(Locale.ROOT, "%,d articles, %.1f MB of text, %,d calls, %,d rounds in %.1f s",
                s.articles(), s.textBytes() / 1e6, s.calls(), s.rounds(), s.took().toMillis() / 1000.0);
    }
}
