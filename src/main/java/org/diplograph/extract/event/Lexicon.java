package org.diplograph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** One token pattern, ready to match: a word, or a prefix (the pattern without its '*'). */
    private record TokenPattern(String text, boolean prefix) {
        static TokenPattern of(String token) {
            boolean prefix = token.endsWith("*");
            return new TokenPattern(prefix ? token.substring(0, token.length() - 1) : token, prefix);
        }

        boolean matches(String lower) {
            return prefix ? lower.startsWith(text) : text.equals(lower);
        }
    }

    /** An entry with its patterns compiled. */
    private record Compiled(TokenPattern[] patterns) {
        static Compiled of(Entry e) {
            return new Compiled(e.tokens().stream().map(TokenPattern::of).toArray(TokenPattern[]::new));
        }

        int length() {
            return patterns.length;
        }

        boolean matchesAt(List<Tok> toks, int i) {
            for (int k = 0; k < patterns.length; k++) {
                if (!patterns[k].matches(toks.get(i + k).lower())) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String file;
    private final Map<String, Section> index = new HashMap<>();

    /**
     * One section indexed for look-ups: one-token entries as a set of words plus the few prefix
     * patterns ("telefonier*"), and all entries by their first token, so that a look-up costs a
     * hash probe instead of a pass over the section.
     */
    private static final class Section {
        final List<Entry> entries;
        final Set<String> singleWords = new HashSet<>();
        final List<String> singlePrefixes = new ArrayList<>();
        final Map<String, List<Compiled>> byFirstWord = new HashMap<>();
        final List<Compiled> byFirstPrefix = new ArrayList<>();

        Section(List<Entry> entries) {
            this.entries = entries;
            for (Entry e : entries) {
                String first = e.tokens().get(0);
                boolean prefix = first.endsWith("*");
                if (e.length() == 1) {
                    if (prefix) {
                        singlePrefixes.add(first.substring(0, first.length() - 1));
                    } else {
                        singleWords.add(first);
                    }
                }
                if (prefix) {
                    byFirstPrefix.add(Compiled.of(e));
                } else {
                    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(Compiled.of(e));
                }
            }
        }

        boolean hasWord(String lower) {
            if (singleWords.contains(lower)) {
                return true;
            }
            for (String p : singlePrefixes) {
                if (lower.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    private Lexicon(String file, Map<String, List<Entry>> sections) {
        this.file = file;
        sections.forEach((name, entries) -> index.put(name, new Section(entries)));
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
        return indexed(section).entries;
    }

    private Section indexed(String section) {
        Section x = index.get(section);
        if (x == null) {
            throw new DiplographException("event lexicon " + file + " has no section [" + section + "]");
        }
        return x;
    }

    /** True when the single lower-case word {@code lower} matches a one-token entry of {@code section}. */
    boolean has(String section, String lower) {
        return indexed(section).hasWord(lower);
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
        if (i >= limit) {
            return 0;
        }
        Section x = indexed(section);
        List<Compiled> sameFirst = x.byFirstWord.get(toks.get(i).lower());
        int best = sameFirst == null ? 0 : longest(sameFirst, toks, i, limit, 0);
        return longest(x.byFirstPrefix, toks, i, limit, best);
    }

    private static int longest(List<Compiled> entries, List<Tok> toks, int i, int limit, int best) {
        for (Compiled e : entries) {
            int n = e.length();
            if (i + n <= limit && n > best && e.matchesAt(toks, i)) {
                best = n;
            }
        }
        return best;
    }

    static boolean tokenMatches(String pattern, String lower) {
        int last = pattern.length() - 1;
        if (last >= 0 && pattern.charAt(last) == '*') {
            return lower.startsWith(pattern.substring(0, last));
        }
        return pattern.equals(lower);
    }
}
