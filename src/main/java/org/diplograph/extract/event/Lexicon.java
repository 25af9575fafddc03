package org.diplograph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.diplograph.DiplographException;

/**
 * One word-list file of this package: named sections of entries, each a sequence of lower-case
 * token patterns ({@code "ging es um"}, {@code "telefonier*"}), optionally with a value
 * ({@code "erst = 1"}). Files load lazily from the classpath, once, and fail loudly when missing
 * or malformed. The format is documented in {@code docs/lexicons-events.md}.
 */
final class Lexicon {
    private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();

    /** One entry: its token patterns and its value (null when the line has none). */
    record Entry(List<String> tokens, String value) {
        int length() {
            return tokens.size();
        }
    }

    private final String file;
    private final Map<String, List<Entry>> sections;

    private Lexicon(String file, Map<String, List<Entry>> sections) {
        this.file = file;
        this.sections = sections;
    }

    /** The lexicon file {@code name} of this package's resource folder. */
    static Lexicon of(String name) {
        return CACHE.computeIfAbsent(name, Lexicon::load);
    }

    private static Lexicon load(String name) {
        String path = "/org/diplograph/extract/event/" + name;
        InputStream in = Lexicon.class.getResourceAsStream(path);
        if (in == null) {
            throw new DiplographException("event lexicon " + path + " is missing from the classpath");
        }
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String section = null;
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[")) {
                    if (!s.endsWith("]") || s.length() < 3) {
                        throw new DiplographException(path + ":" + lineNo + ": bad section header '" + s + "'");
                    }
                    section = s.substring(1, s.length() - 1).strip();
                    sections.computeIfAbsent(section, k -> new ArrayList<>());
                    continue;
                }
                if (section == null) {
                    throw new DiplographException(path + ":" + lineNo + ": entry '" + s + "' before any [section]");
                }
                String value = null;
                int eq = s.indexOf(" = ");
                if (eq >= 0) {
                    value = s.substring(eq + 3).strip();
                    s = s.substring(0, eq).strip();
                }
                List<String> toks = List.of(s.toLowerCase(Locale.ROOT).split("\\s+"));
                sections.get(section).add(new Entry(toks, value));
            }
        } catch (IOException e) {
            throw new DiplographException("cannot read event lexicon " + path + ": " + e.getMessage(), e);
        }
        return new Lexicon(name, sections);
    }

    /** The entries of {@code section}; fails when the file has no such section. */
    List<Entry> section(String section) {
        List<Entry> list = sections.get(section);
        if (list == null) {
            throw new DiplographException("event lexicon " + file + " has no section [" + section + "]");
        }
        return list;
    }

    /** True when the single lower-case word {@code lower} matches a one-token entry of {@code section}. */
    boolean has(String section, String lower) {
        for (Entry e : section(section)) {
            if (e.length() == 1 && tokenMatches(e.tokens().get(0), lower)) {
                return true;
            }
        }
        return false;
    }

    /** The value of the first one-token entry matching {@code lower}, or null. */
    String value(String section, String lower) {
        for (Entry e : section(section)) {
            if (e.length() == 1 && tokenMatches(e.tokens().get(0), lower)) {
                return e.value();
            }
        }
        return null;
    }

    /**
     * The number of tokens of the longest entry of {@code section} matching at token {@code i}
     * (tokens up to {@code limit}, exclusive), or 0.
     */
    int matchAt(String section, List<Tok> toks, int i, int limit) {
        int best = 0;
        for (Entry e : section(section)) {
            int n = e.length();
            if (i + n > limit || n <= best) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = tokenMatches(e.tokens().get(k), toks.get(i + k).lower());
            }
            if (ok) {
                best = n;
            }
        }
        return best;
    }

    static boolean tokenMatches(String pattern, String lower) {
        if (pattern.endsWith("*")) {
            return lower.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(lower);
    }
}
