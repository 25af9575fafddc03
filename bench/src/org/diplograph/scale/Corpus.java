package org.diplograph.scale;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.diplograph.article.Article;
import org.diplograph.article.ArticleSources;
import org.diplograph.article.ReadResult;

/** Reads a whole (benchmark-sized) corpus into memory, so that timing measures work, not disk reads. */
final class Corpus {
    final List<Article> articles;
    final long bytes;

    private Corpus(List<Article> articles, long bytes) {
        this.articles = articles;
        this.bytes = bytes;
    }

    static Corpus read(Path path, int limit) {
        List<Article> out = new ArrayList<>();
        long bytes = 0;
        try (Stream<ReadResult> s = ArticleSources.read(List.of(path))) {
            for (ReadResult r : (Iterable<ReadResult>) s::iterator) {
                if (r instanceof ReadResult.Ok ok) {
                    out.add(ok.article());
                    bytes += ok.article().text().getBytes(StandardCharsets.UTF_8).length;
                    if (out.size() >= limit) {
                        break;
                    }
                }
            }
        }
        return new Corpus(out, bytes);
    }

    static int intArg(String[] args, String name, int dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return dflt;
    }

    static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }
}
