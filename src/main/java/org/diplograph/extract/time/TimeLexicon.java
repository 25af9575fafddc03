package org.diplograph.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplograph.DiplographException;
import org.diplograph.extract.DurationMention;

/**
 * The German calendar and duration words the time extractors use, read lazily from the data files
 * in {@code src/main/resources/org/diplograph/extract/time/} (formats in each file's header and in
 * {@code docs/lexicons-time.md}). A missing or malformed file fails loudly, naming file and line.
 */
public final class TimeLexicon {
    static final String DIR = "org/diplograph/extract/time/";

    /** Whether a clause speaks about the past or the future; see {@code tense-cues.txt}. */
    enum Tense { PAST, FUTURE, UNKNOWN }

    private TimeLexicon() {
    }

    private static final class Months {
        static final Map<String, Integer> MAP = Collections.unmodifiableMap(
                intMap("months.txt", 1, 12));
    }

    private static final class Weekdays {
        static final Map<String, Integer> MAP = Collections.unmodifiableMap(intMap("weekdays.txt", 1, 7));
    }

    private static final class RelativeDays {
        static final Map<String, Integer> MAP = Collections.unmodifiableMap(intMap("relative-days.txt", -7, 7));
    }

    private static final class Dayparts {
        static final Set<String> SET = Collections.unmodifiableSet(words("dayparts.txt"));
    }

    private static final class YearBlockers {
        static final Set<String> SET = Collections.unmodifiableSet(words("year-blockers.txt"));
    }

    private static final class TenseCues {
        static final Map<String, Tense> MAP = Collections.unmodifiableMap(map("tense-cues.txt", (v) -> {
            if (v.equals("FUTURE")) {
                return Tense.FUTURE;
            }
            if (v.equals("PAST")) {
                return Tense.PAST;
            }
            throw new IllegalArgumentException("expected FUTURE or PAST");
        }, true));

        /*
         * MAP again as an open-addressing table (linear probing, at most a quarter full) indexed by
         * the words' String.hashCode, so that tenseCue can look a word of the text up without making
         * a String of it.
         */
        static final String[] KEYS;
        static final Tense[] VALUES;

        static {
            int size = Integer.highestOneBit(Math.max(1, MAP.size()) * 4) * 2;
            KEYS = new String[size];
            VALUES = new Tense[size];
            MAP.forEach((word, tense) -> {
                int k = slot(word.hashCode(), size);
                while (KEYS[k] != null) {
                    k = (k + 1) & (size - 1);
                }
                KEYS[k] = word;
                VALUES[k] = tense;
            });
        }

        static int slot(int hash, int size) {
            return (hash ^ hash >>> 16) & (size - 1);
        }
    }

    private static final class NumberWords {
        static final Map<String, Double> MAP = Collections.unmodifiableMap(map("number-words.txt", Double::valueOf, true));
    }

    private static final class Hedges {
        static final Map<String, DurationMention.Qualifier> MAP = Collections.unmodifiableMap(
                map("hedges.txt", DurationMention.Qualifier::valueOf, true));
    }

    private static final class Holidays {
        static final Map<String, String> MAP = Collections.unmodifiableMap(map("holidays.txt", v -> {
            if (!v.matches("\\?\\p{L}+") && !v.matches("(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])")) {
                throw new IllegalArgumentException("expected MM-DD or ?KEY");
            }
            return v;
        }, false));
    }

    private static final class BareYear {
        static final Map<String, Set<String>> MAP = loadPairs("bare-year.txt", "follower", "quantity");
    }

    private static final class DurationBlockers {
        static final Map<String, Set<String>> MAP = loadPairs("duration-blockers.txt", "before", "after");
    }

    /** The month (1-12) a German month word stands for ("Mai" 5, "Jan." 1), or null. Case-sensitive. */
    public static Integer month(String word) {
        return Months.MAP.get(word);
    }

    /** All month words, full names and abbreviations with their full stop. */
    public static Map<String, Integer> months() {
        return Months.MAP;
    }

    /** Weekday names to ISO day numbers (Montag 1 ... Sonntag 7). */
    public static Map<String, Integer> weekdays() {
        return Weekdays.MAP;
    }

    static Map<String, Integer> relativeDays() {
        return RelativeDays.MAP;
    }

    static Set<String> dayparts() {
        return Dayparts.SET;
    }

    static Set<String> yearBlockers() {
        return YearBlockers.SET;
    }

    /** Lower-case cue word to tense. */
    static Map<String, Tense> tenseCues() {
        return TenseCues.MAP;
    }

    /**
     * The tense {@code text[from, to)} is a cue word for, or null: exactly
     * {@code tenseCues().get(text.substring(from, to).toLowerCase(Locale.ROOT))}, but without making
     * strings for a word of Latin-1 chars (ASCII, umlauts, ß), which lower-case one by one to Latin-1
     * chars, {@link Character#toLowerCase(char)} of each, as {@code toLowerCase(Locale.ROOT)} does for
     * them; a word with other chars is looked up that way.
     */
    static Tense tenseCue(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x100) {
                return TenseCues.MAP.get(text.substring(from, to).toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + latin1Lower(c);
        }
        String[] keys = TenseCues.KEYS;
        probe:
        for (int k = TenseCues.slot(hash, keys.length); keys[k] != null; k = (k + 1) & (keys.length - 1)) {
            String key = keys[k];
            if (key.length() != to - from) {
                continue;
            }
            for (int i = 0; i < key.length(); i++) {
                if (key.charAt(i) != latin1Lower(text.charAt(from + i))) {
                    continue probe;
                }
            }
            return TenseCues.VALUES[k];
        }
        return null;
    }

    /** A Latin-1 char as {@code toLowerCase(Locale.ROOT)} writes it: A-Z without a table look-up. */
    private static char latin1Lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** Lower-case number word to value ("zwei" 2, "anderthalb" 1.5). */
    static Map<String, Double> numberWords() {
        return NumberWords.MAP;
    }

    /** Lower-case hedges ("fast", "mehr als"). */
    static Set<String> hedges() {
        return Hedges.MAP.keySet();
    }

    /** What a hedge ("knapp", "mehr als"; any case, spaces collapsed) says about a duration, or null. */
    static DurationMention.Qualifier qualifier(String hedge) {
        return Hedges.MAP.get(hedge.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** Holiday names (inflected forms) to "MM-DD", or to "?KEY" when the text must state the date. */
    static Map<String, String> holidays() {
        return Holidays.MAP;
    }

    /** Lower-case words after which a bare 4-digit number may be a year ("2014 die Krim"). */
    static Set<String> bareYearFollowers() {
        return BareYear.MAP.get("follower");
    }

    /** Lower-case words before a bare 4-digit number that make it a quantity ("rund 2000"). */
    static Set<String> bareYearQuantityCues() {
        return BareYear.MAP.get("quantity");
    }

    /** Lower-case words that may not stand directly before a duration phrase. */
    static Set<String> durationBlockersBefore() {
        return DurationBlockers.MAP.get("before");
    }

    /** Lower-case words that may not stand directly after a duration phrase. */
    static Set<String> durationBlockersAfter() {
        return DurationBlockers.MAP.get("after");
    }

    /** A regex alternation of {@code words}, longest first, each quoted. */
    static String alternation(Iterable<String> words) {
        List<String> list = new ArrayList<>();
        words.forEach(list::add);
        list.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        return list.stream().map(TimeLexicon::quoteWords).collect(Collectors.joining("|"));
    }

    /**
     * The alternation of {@link #alternation} shaped as a trie ("J(?:a(?:nuar|n\\.)|u(?:ni|li))"), for a
     * case-sensitive pattern: it matches the same words and, where several match at a position,
     * tries them in the same order. Where several words match at one position, one is a prefix of the
     * other (a space, matching a run of whitespace, counting as one symbol), so they lie on one path of
     * the trie; {@link #alternation} tries the longer first, and so does the trie, which tries a node's
     * children before ending there (a greedy {@code (?:...)?}). The regex engine tries the
     * alternatives of an alternation one after the other, so the trie saves it trying every word that
     * shares no first chars with the text (the month names at each day number, the number words at
     * each "in").
     */
    static String trieAlternation(Iterable<String> words) {
        TrieNode root = new TrieNode();
        for (String w : words) {
            TrieNode n = root;
            String[] parts = w.split(" ");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    n = n.children.computeIfAbsent(TrieNode.WHITESPACE, k -> new TrieNode());
                }
                for (char c : parts[i].toCharArray()) {
                    n = n.children.computeIfAbsent((int) c, k -> new TrieNode());
                }
            }
            n.end = true;
        }
        return root.regex();
    }

    /** A node of {@link #trieAlternation}: children by char, or {@link #WHITESPACE} for a space. */
    private static final class TrieNode {
        static final int WHITESPACE = -1;
        final Map<Integer, TrieNode> children = new java.util.TreeMap<>();
        boolean end;

        /** The regex for the rest of the words from this node. */
        String regex() {
            List<String> alternatives = new ArrayList<>();
            children.forEach((symbol, child) -> alternatives.add(
                    (symbol == WHITESPACE ? "\\s+" : quoteChar((char) (int) symbol)) + child.regex()));
            if (alternatives.isEmpty()) {
                return "";
            }
            if (end) {
                return "(?:" + String.join("|", alternatives) + ")?"; // the longer words first
            }
            return alternatives.size() == 1 ? alternatives.get(0) : "(?:" + String.join("|", alternatives) + ")";
        }

        private static String quoteChar(char c) {
            return Character.isLetterOrDigit(c) ? String.valueOf(c) : java.util.regex.Pattern.quote(String.valueOf(c));
        }
    }

    /** Quotes a word or phrase for a regex; spaces inside a phrase match any run of whitespace. */
    private static String quoteWords(String phrase) {
        return java.util.Arrays.stream(phrase.split(" "))
                .map(java.util.regex.Pattern::quote)
                .collect(Collectors.joining("\\s+"));
    }

    // ---------------------------------------------------------------- loading

    private static Map<String, Integer> intMap(String file, int min, int max) {
        return map(file, v -> {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException("value must be between " + min + " and " + max);
            }
            return n;
        }, false);
    }

    private static <V> Map<String, V> map(String file, Function<String, V> parse, boolean lowerCase) {
        Map<String, V> map = new LinkedHashMap<>();
        read(file, (no, line) -> {
            String[] f = line.split("\t");
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new DiplographException(DIR + file + ":" + no + ": expected WORD<TAB>VALUE, got '" + line + "'");
            }
            try {
                String key = f[0].strip();
                map.put(lowerCase ? key.toLowerCase(Locale.ROOT) : key, parse.apply(f[1].strip()));
            } catch (IllegalArgumentException e) {
                throw new DiplographException(DIR + file + ":" + no + ": bad value '" + f[1] + "': " + e.getMessage());
            }
        });
        return map;
    }

    private static Set<String> words(String file) {
        Set<String> set = new LinkedHashSet<>();
        read(file, (no, line) -> set.add(line.strip().replaceAll("\\s+", " ")));
        return set;
    }

    /** Reads lines "KIND WORD" with KIND one of {@code kinds}; words are lower-cased. */
    private static Map<String, Set<String>> loadPairs(String file, String... kinds) {
        Map<String, Set<String>> map = new HashMap<>();
        for (String k : kinds) {
            map.put(k, new LinkedHashSet<>());
        }
        read(file, (no, line) -> {
            String[] f = line.strip().split("\\s+");
            if (f.length != 2 || !map.containsKey(f[0])) {
                throw new DiplographException(DIR + file + ":" + no + ": expected one of " + String.join("|", kinds)
                        + " and a word, got '" + line + "'");
            }
            map.get(f[0]).add(f[1].toLowerCase(Locale.ROOT));
        });
        map.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return Collections.unmodifiableMap(map);
    }

    private interface LineHandler {
        void accept(int lineNumber, String line);
    }

    private static void read(String file, LineHandler handler) {
        String resource = DIR + file;
        InputStream in = TimeLexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new DiplographException("classpath resource " + resource + " is missing; rebuild the jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    handler.accept(no, line);
                }
            }
        } catch (IOException e) {
            throw new DiplographException("cannot read classpath resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
