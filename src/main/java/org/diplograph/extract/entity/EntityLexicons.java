package org.diplograph.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplograph.DiplographException;

/**
 * The word lists the entity extractors share, loaded once from
 * {@code org/diplograph/extract/entity/} (format in {@code docs/lexicons.md}): role words, first
 * names, closed-compound heads, blocked names, compound blockers and the words that decide
 * whether a capital names a place or stands for its state. Missing files fail loudly.
 */
final class EntityLexicons {
    private static final String BASE = "org/diplograph/extract/entity/";
    private static volatile EntityLexicons instance;
    /** The endings a compound head takes: "Ukrainekrieg", "Ukrainekriegs", "Ukrainekrieges", ... */
    static final List<String> COMPOUND_HEAD_ENDINGS = List.of("", "s", "es", "e", "en", "n");

    /** A role word: its base form, the role it is compared as, the country it implies, whether it refers. */
    record Role(String surface, String canonical, String country, boolean refers) {
    }

    /** How a capital right after a word is used. */
    enum Use { LOCATION, ACTOR, ACTOR_AFTER }

    private final Map<String, Role> roleForms = new HashMap<>();
    /** The first characters of {@link #roleForms}' keys. */
    private final BitSet roleStarts = new BitSet();
    private final Set<String> firstNames = new HashSet<>();
    /**
     * Inflected compound heads ("krieg", "kriegs", ...) by their last {@link #tailKeyLength}
     * characters, in lexicon order: see {@link #tailBucket}. The last two characters alone would
     * put some seventy tails ending in "en" into one bucket, all tried on every capitalised noun
     * ending so ("Verhandlungen"); four keep a bucket to the tails that can match.
     */
    private String[][] compoundTails;
    /** The length of the shortest tail, at most four (every head has two letters at least). */
    private int tailKeyLength;
    private static final int TAIL_BUCKETS = 4096;
    private static final String[] EMPTY = {};
    /**
     * Blocked names as phrases (words joined by one space), by their first two characters: see
     * {@link #bucket}. Every phrase has at least two characters.
     */
    private final String[][] blockedPhrases = emptyBuckets(BUCKETS);
    private final List<String> compoundBlockers = new ArrayList<>();
    /**
     * The last two characters of every compound blocker, by {@link #bucket}: a compound whose
     * last part ends in two ASCII characters no blocker ends with is blocked by none, found
     * without lower-casing the part. Null when some blocker is shorter than two characters.
     */
    private boolean[] blockerEnds = new boolean[BUCKETS];
    private final Map<String, Use> placeContext = new HashMap<>();

    static EntityLexicons get() {
        EntityLexicons l = instance;
        if (l == null) {
            synchronized (EntityLexicons.class) {
                l = instance;
                if (l == null) {
                    l = new EntityLexicons();
                    l.load();
                    instance = l;
                }
            }
        }
        return l;
    }

    private void load() {
        boolean header = true;
        for (Line line : lines("roles.tsv")) {
            String[] c = line.split(4);
            if (header) {
                header = false;
                continue;
            }
            if (!c[3].equals("yes") && !c[3].equals("no")) {
                throw line.error("refers must be 'yes' or 'no'");
            }
            String country = c[2].isBlank() ? null : (c[2].contains("/") ? c[2] : "country/" + c[2]);
            Role role = new Role(c[0], c[1], country, c[3].equals("yes"));
            for (String form : inflections(c[0])) {
                roleForms.putIfAbsent(form, role);
            }
            roleForms.put(c[0], role);
        }
        for (String form : roleForms.keySet()) {
            if (!form.isEmpty()) {
                roleStarts.set(form.charAt(0));
            }
        }
        for (Line line : lines("firstnames.txt")) {
            firstNames.add(line.text().trim());
        }
        List<String> tails = new ArrayList<>();
        for (Line line : lines("compound-heads.txt")) {
            String head = line.text().trim();
            if (head.length() < 2) {
                throw line.error("a compound head needs at least two letters");
            }
            for (String ending : COMPOUND_HEAD_ENDINGS) {
                tails.add(head + ending);
            }
        }
        tailKeyLength = 4;
        for (String tail : tails) {
            tailKeyLength = Math.min(tailKeyLength, tail.length());
        }
        compoundTails = emptyBuckets(TAIL_BUCKETS);
        for (String tail : tails) {
            add(compoundTails, tailBucket(tail, tail.length()), tail);
        }
        for (Line line : lines("blocked-names.txt")) {
            String phrase = String.join(" ", line.text().trim().split("\\s+"));
            if (phrase.length() < 2) {
                throw line.error("a blocked name needs at least two characters");
            }
            if (!Character.isLetterOrDigit(phrase.charAt(0))) {
                throw line.error("a blocked name starts with a letter or digit"); // where EntityScan looks for them
            }
            add(blockedPhrases, bucket(phrase.charAt(0), phrase.charAt(1)), phrase);
        }
        for (Line line : lines("compound-blockers.txt")) {
            String blocker = line.text().trim().toLowerCase(Locale.ROOT);
            compoundBlockers.add(blocker);
            if (blocker.length() < 2) {
                blockerEnds = null;
            } else if (blockerEnds != null) {
                blockerEnds[bucket(blocker.charAt(blocker.length() - 2), blocker.charAt(blocker.length() - 1))] = true;
            }
        }
        header = true;
        for (Line line : lines("place-context.tsv")) {
            String[] c = line.split(2);
            if (header) {
                header = false;
                continue;
            }
            Use use = switch (c[1]) {
                case "location" -> Use.LOCATION;
                case "actor" -> Use.ACTOR;
                case "actor-after" -> Use.ACTOR_AFTER;
                default -> throw line.error("use must be location, actor or actor-after");
            };
            placeContext.put(c[0], use);
        }
    }

    private static List<String> inflections(String base) {
        List<String> out = new ArrayList<>(List.of(base, base + "s", base + "in", base + "innen"));
        if (base.endsWith("e")) {
            out.add(base + "n");
            out.add(base + "r");
        } else {
            out.add(base + "en");
            out.add(base + "es");
            out.add(base + "n");
        }
        return out;
    }

    /** The role a (possibly inflected) word is: "Präsidenten" -> Präsident. */
    Role role(String form) {
        // asked for nearly every word; most start with a letter no role word starts with (lower-case)
        if (!form.isEmpty() && !roleStarts.get(form.charAt(0))) {
            return null;
        }
        return roleForms.get(form);
    }

    boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    /** Every word {@link #role} or {@link #isFirstName} knows: what {@link EntityWords} indexes. */
    Set<String> roleAndFirstNameWords() {
        Set<String> out = new HashSet<>(roleForms.keySet());
        out.addAll(firstNames);
        return out;
    }

    /**
     * Compound heads with each ending of {@link #COMPOUND_HEAD_ENDINGS} ("krieg", "kriegs",
     * "kriegen", ...) in lexicon order (heads in file order, endings in their order), among them
     * every one the word {@code s[start, end)} can end with (and maybe others: callers check
     * with {@code endsWith}).
     */
    String[] compoundTails(String s, int start, int end) {
        return end - start < tailKeyLength ? EMPTY : compoundTails[tailBucket(s, end)];
    }

    /** The bucket of the {@link #tailKeyLength} characters of {@code s} before {@code end}. */
    private int tailBucket(String s, int end) {
        int h = 0;
        for (int k = end - tailKeyLength; k < end; k++) {
            h = 31 * h + s.charAt(k);
        }
        return (h ^ (h >>> 12)) & (TAIL_BUCKETS - 1);
    }

    /**
     * Blocked names as phrases (words joined by one space), among them every one that starts with
     * the two characters {@code first}, {@code second} (and maybe others: callers check with
     * {@code startsWith}). Mostly empty: the text scan for blocked names skips such positions.
     */
    String[] blockedPhrases(char first, char second) {
        return blockedPhrases[bucket(first, second)];
    }

    // ---------------------------------------------------------------- two-character buckets

    /*
     * Word lists looked up for every position or word of an article are kept in buckets by two
     * characters, an array index computed without allocating (a Map<Character, ...> would box
     * each look-up). A bucket may hold entries of other character pairs that share its index.
     */
    private static final int BUCKETS = 1024;

    /** An ASCII character as {@code toLowerCase(Locale.ROOT)} writes it. */
    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int bucket(char a, char b) {
        return (a * 31 + b) & (BUCKETS - 1);
    }

    private static String[][] emptyBuckets(int n) {
        String[][] b = new String[n][];
        Arrays.fill(b, EMPTY);
        return b;
    }

    /** Appends {@code entry} to bucket {@code k}, keeping the order entries are added in. */
    private static void add(String[][] buckets, int k, String entry) {
        String[] old = buckets[k];
        String[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = entry;
        buckets[k] = grown;
    }

    /** True when a compound ending like this names a street, building, institution or coalition. */
    boolean blocksCompound(String lastPart) {
        int n = lastPart.length();
        if (n >= 2 && blockerEnds != null) {
            // two ASCII characters at the end stay two characters at the end of the lower-cased part
            char a = lastPart.charAt(n - 2);
            char b = lastPart.charAt(n - 1);
            if (a < 0x80 && b < 0x80 && !blockerEnds[bucket(asciiLower(a), asciiLower(b))]) {
                return false;
            }
        }
        String l = lastPart.toLowerCase(Locale.ROOT);
        for (String b : compoundBlockers) {
            if (l.endsWith(b)) {
                return true;
            }
        }
        return false;
    }

    Use placeContext(String word) {
        return placeContext.get(word);
    }

    // ---------------------------------------------------------------- reading

    /** One content line of a word list, with where it stands (for messages). */
    record Line(String resource, int no, String text) {
        String[] split(int columns) {
            String[] c = text.split("\t", -1);
            if (c.length != columns) {
                throw error("expected " + columns + " tab-separated columns, found " + c.length);
            }
            return c;
        }

        DiplographException error(String msg) {
            return new DiplographException(resource + ":" + no + ": " + msg);
        }
    }

    /** The content lines (not blank, not a # comment) of the word list {@code name} of this package. */
    static List<Line> lines(String name) {
        String resource = BASE + name;
        List<Line> out = new ArrayList<>();
        try (InputStream in = EntityLexicons.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new DiplographException(resource + ": word list missing from the classpath");
            }
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String s;
            int no = 0;
            while ((s = br.readLine()) != null) {
                no++;
                if (!s.isBlank() && !s.startsWith("#")) {
                    out.add(new Line(resource, no, s));
                }
            }
        } catch (IOException e) {
            throw new DiplographException(resource + ": cannot read word list: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new DiplographException(resource + ": word list is empty");
        }
        return out;
    }
}
