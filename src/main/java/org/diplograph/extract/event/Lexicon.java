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
 *
 * <p>Extractors resolve the sections they use once ({@link #section(String)}) and ask an
 * {@link ArticleView} about a token ({@link ArticleView#is(Section, int)}): the view looks each
 * token up once in the {@link WordTable} of all loaded lexicons (its bits in every section of
 * every file, in one walk) and answers later questions from that memo.
 */
final class Lexicon {
    private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();
    /** Lexicons loaded so far, by {@link #id()}; guarded by itself. */
    private static final List<Lexicon> LOADED = new ArrayList<>();
    /** The word table of all lexicons loaded so far. */
    private static volatile WordTable table = new WordTable(List.of());
    /** Sections per file: each is one bit of a {@code long}. */
    private static final int MAX_SECTIONS = 64;

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

    /** Receives the first token of every entry ({@link #forEachFirstToken}). */
    interface FirstTokenConsumer {
        /**
         * @param pattern the token pattern ("telefonat", "telefonier*")
         * @param single  the entry's section bit when the entry is this one token, else 0
         * @param start   the entry's section bit
         */
        void accept(String pattern, long single, long start);
    }

    /**
     * One section, resolved once: look-ups through it skip the section name. One-token entries
     * as a set of words plus the few prefix patterns ("telefonier*"), and all entries by their
     * first token, so that a look-up costs a hash probe instead of a pass over the section.
     */
    static final class Section {
        final Lexicon lexicon;
        /** This section's bit in the lexicon's words of a {@link WordTable} row. */
        final long bit;
        private final List<Entry> entries;
        private final Set<String> singleWords = new HashSet<>();
        private final List<String> singlePrefixes = new ArrayList<>();
        private final Map<String, List<Compiled>> byFirstWord = new HashMap<>();
        private final List<Compiled> byFirstPrefix = new ArrayList<>();

        private Section(Lexicon lexicon, long bit, List<Entry> entries) {
            this.lexicon = lexicon;
            this.bit = bit;
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

        /** True when the single lower-case word {@code lower} matches a one-token entry. */
        boolean has(String lower) {
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

        /**
         * The number of tokens of the longest entry matching at token {@code i} (tokens up to
         * {@code limit}, exclusive), or 0.
         */
        int matchAt(List<Tok> toks, int i, int limit) {
            if (i >= limit) {
                return 0;
            }
            List<Compiled> sameFirst = byFirstWord.get(toks.get(i).lower());
            int best = sameFirst == null ? 0 : longest(sameFirst, toks, i, limit, 0);
            return longest(byFirstPrefix, toks, i, limit, best);
        }
    }

    /** Several sections of one lexicon, as one mask of their bits ({@link ArticleView#mayStart}). */
    record Sections(Lexicon lexicon, long bits) {
    }

    /** The sections {@code sections}, which must all be of one lexicon, as one mask. */
    static Sections anyOf(Section... sections) {
        Lexicon lexicon = sections[0].lexicon;
        long bits = 0;
        for (Section x : sections) {
            if (x.lexicon != lexicon) {
                throw new IllegalArgumentException("sections of " + lexicon.file + " and " + x.lexicon.file);
            }
            bits |= x.bit;
        }
        return new Sections(lexicon, bits);
    }

    private final String file;
    private final int id;
    /** Sections in file order. */
    private final Map<String, Section> index = new LinkedHashMap<>();

    private Lexicon(String file, Map<String, List<Entry>> sections, int id) {
        this.file = file;
        this.id = id;
        long bit = 1;
        for (Map.Entry<String, List<Entry>> section : sections.entrySet()) {
            index.put(section.getKey(), new Section(this, bit, section.getValue()));
            bit <<= 1;
        }
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
        if (sections.size() > MAX_SECTIONS) {
            throw new DiplographException("event lexicon " + path + " has " + sections.size()
                    + " sections; at most " + MAX_SECTIONS + " are supported");
        }
        synchronized (LOADED) {
            Lexicon lexicon = new Lexicon(name, sections, LOADED.size());
            LOADED.add(lexicon);
            table = new WordTable(List.copyOf(LOADED));
            return lexicon;
        }
    }

    /** The word table of every lexicon loaded so far (each lexicon is in it once {@link #of} returns it). */
    static WordTable table() {
        return table;
    }

    /** The section {@code section} of this file, for repeated look-ups; fails when the file has no such section. */
    Section section(String section) {
        Section x = index.get(section);
        if (x == null) {
            throw new DiplographException("event lexicon " + file + " has no section [" + section + "]");
        }
        return x;
    }

    /** The entries of {@code section}; fails when the file has no such section. */
    List<Entry> entries(String section) {
        return section(section).entries;
    }

    /** True when the single lower-case word {@code lower} matches a one-token entry of {@code section}. */
    boolean has(String section, String lower) {
        return section(section).has(lower);
    }

    /** The value of the first one-token entry matching {@code lower}, or null. */
    String value(String section, String lower) {
        for (Entry e : entries(section)) {
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
        return section(section).matchAt(toks, i, limit);
    }

    /** This lexicon's number among those loaded (0, 1, 2, ...): its place in a {@link WordTable} row. */
    int id() {
        return id;
    }

    /** Hands the first token of every entry, with the entry's section bit, to {@code out}. */
    void forEachFirstToken(FirstTokenConsumer out) {
        for (Section section : index.values()) {
            for (Entry e : section.entries) {
                out.accept(e.tokens().get(0), e.length() == 1 ? section.bit : 0, section.bit);
            }
        }
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
