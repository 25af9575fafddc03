package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diplograph.DiplographException;

/**
 * Where an article's own text ends: web pages append teasers of other articles ("Related Articles",
 * "Lesen Sie auch", "Mehr zum Thema") whose people, countries and calls are not this article's. The
 * markers are a data file ({@code boilerplate.txt}); every stage that reports facts ignores what follows.
 */
public final class ArticleBody {
    /** The longest line (stripped) that can be a footer marker line. */
    private static final int MAX_FOOTER_LINE = 60;
    private static final String RESOURCE = "/org/diplograph/extract/boilerplate.txt";

    private static final class Markers {
        static final List<String> LIST = load();
    }

    private ArticleBody() {
    }

    /** Offset where a boilerplate footer line starts, or the text length when there is none. */
    public static int end(String text) {
        List<String> markers = Markers.LIST;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int from = pos;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            // a footer line is short (lower-casing at most halves a length: a surrogate pair to one char)
            if (pos > 0 && from < to && to - from <= 2 * MAX_FOOTER_LINE) {
                String line = text.substring(from, to).toLowerCase(Locale.ROOT);
                if (line.length() <= MAX_FOOTER_LINE) {
                    for (String marker : markers) {
                        // the marker alone, or followed by a space or a colon ("Mehr zum Thema: ...")
                        if (line.startsWith(marker) && (line.length() == marker.length()
                                || line.charAt(marker.length()) == ' ' || line.charAt(marker.length()) == ':')) {
                            return pos;
                        }
                    }
                }
            }
            pos = end + 1;
        }
        return text.length();
    }

    private static List<String> load() {
        InputStream in = ArticleBody.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new DiplographException("missing bundled word list " + RESOURCE + " (a broken build?)");
        }
        List<String> markers = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    markers.add(s.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new DiplographException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return List.copyOf(markers);
    }
}
