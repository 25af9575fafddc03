package org.diplograph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.diplograph.DiplographException;
import org.diplograph.extract.EntityType;

/**
 * The lexicon of known entities: persons, all sovereign countries, and the cities, regions and
 * organizations German diplomacy news names. Loaded once from three data files in the jar
 * ({@code persons.tsv}, {@code countries.tsv}, {@code places.tsv} under
 * {@code org/diplograph/resolve/}; format in {@code docs/lexicons.md}); a missing or malformed
 * file fails loudly, naming the file and line. Immutable and thread-safe once built.
 */
public final class EntityCatalog {
    static final String BASE = "org/diplograph/resolve/";
    private static final String[] ADJECTIVE_ENDINGS = {"", "e", "en", "er", "es", "em"};

    private static volatile EntityCatalog bundled;

    private final Map<String, Entity> byKey = new LinkedHashMap<>();
    private final Map<String, Entity> byEnglish = new HashMap<>();
    private final Map<String, List<Entity>> byAlias = new HashMap<>();
    private final Map<String, List<Entity>> bySurname = new HashMap<>();
    private final Set<String> ambiguousSurnames = new HashSet<>();
    /** Every surname, ambiguous or not: the keys of {@link #bySurname} and {@link #ambiguousSurnames}. */
    private final Set<String> allSurnames = new HashSet<>();
    private final Map<String, List<String>> surnamesByKey = new HashMap<>();
    private final Map<String, Entity> adjectives = new HashMap<>();
    private final Map<String, String> standsFor = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();
    /** Per first word of a name or alias: the most words such a name has. */
    private final Map<String, Integer> aliasWordsByFirstWord = new HashMap<>();
    /** Per first word of a surname: the most words such a surname has. */
    private final Map<String, Integer> surnameWordsByFirstWord = new HashMap<>();
    private int maxAliasWords = 1;
    /**
     * Whether some key of the word maps above (names and aliases, their first words, surnames,
     * adjectives) starts with a pair of characters, by {@link #pairBucket}. Extractors look up
     * nearly every word of an article, and most are no key: a string whose first two characters
     * fall in an empty bucket is none, decided without hashing it.
     */
    private final boolean[] keyStarts = new boolean[1024];
    /** Every key of the word maps above: see {@link #vocabulary()}. */
    private Set<String> vocabulary = Set.of();

    private EntityCatalog() {
    }

    /** The catalog bundled in the jar, loaded on first use. */
    public static EntityCatalog bundled() {
        EntityCatalog c = bundled;
        if (c == null) {
            synchronized (EntityCatalog.class) {
                c = bundled;
                if (c == null) {
                    c = new EntityCatalog();
                    c.loadCountries(BASE + "countries.tsv");
                    c.loadPlaces(BASE + "places.tsv");
                    c.loadPersons(BASE + "persons.tsv");
                    c.validate();
                    c.indexKeyStarts();
                    bundled = c;
                }
            }
        }
        return c;
    }

    /** The entity with this key ("country/russia"). */
    public Optional<Entity> get(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /** The entity whose canonical English name is exactly {@code name} ("Vladimir Putin"). */
    public Optional<Entity> byEnglishName(String name) {
        return Optional.ofNullable(byEnglish.get(name));
    }

    public Collection<Entity> all() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    /**
     * The entity key for {@code name}: {@code type.slug() + "/" + slug}, where the slug is the
     * lower-case ASCII form of the name (umlauts transliterated, diacritics dropped, every other
     * run of non-alphanumerics one '-').
     */
    public static String keyFor(EntityType type, String name) {
        return type.slug() + "/" + slug(name);
    }

    /** "Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan"; "Weißes Haus" -> "weisses-haus". */
    public static String slug(String name) {
        StringBuilder t = new StringBuilder();
        for (char ch : name.toCharArray()) {
            switch (ch) {
                case 'ä' -> t.append("ae");
                case 'ö' -> t.append("oe");
                case 'ü' -> t.append("ue");
                case 'Ä' -> t.append("Ae");
                case 'Ö' -> t.append("Oe");
                case 'Ü' -> t.append("Ue");
                case 'ß' -> t.append("ss");
                case 'ł', 'Ł' -> t.append('l');
                case 'ø', 'Ø' -> t.append('o');
                case 'æ', 'Æ' -> t.append("ae");
                case 'œ', 'Œ' -> t.append("oe");
                case 'đ', 'Đ' -> t.append('d');
                case 'ı' -> t.append('i');
                default -> t.append(ch);
            }
        }
        if (!isAscii(t)) {
            String ascii = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
            String s = NOT_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
            return EDGE_DASHES.matcher(s).replaceAll("");
        }
        // ASCII only (most names once umlauts are transliterated): NFD changes nothing and there
        // are no marks, so lower-case and join the alphanumeric runs with '-' in one pass
        StringBuilder out = new StringBuilder(t.length());
        boolean dash = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && !out.isEmpty()) {
                    out.append('-');
                }
                dash = false;
                out.append(c);
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Entities one of whose names or aliases is exactly {@code surface} (whitespace collapsed). */
    public List<Entity> lookup(String surface) {
        String key = collapse(surface);
        return mayBeKey(key) ? byAlias.getOrDefault(key, List.of()) : List.of();
    }

    /** Like {@link #lookup(String)}, only entities of {@code type}. */
    public List<Entity> lookup(String surface, EntityType type) {
        List<Entity> all = lookup(surface);
        if (all.isEmpty()) {
            return all;
        }
        return all.stream().filter(e -> e.type() == type).toList();
    }

    /** The most words any name or alias has: how far a longest-match scan must look ahead. */
    public int maxAliasWords() {
        return maxAliasWords;
    }

    /**
     * The most words a name or alias starting with {@code firstWord} has (0 when none does): how
     * far a longest-match scan starting at that word must look ahead. Words are counted as the
     * extractors count tokens (letter/digit runs and single punctuation marks); a first word is
     * the leading run of letters and digits.
     */
    public int maxAliasWords(String firstWord) {
        return mayBeKey(firstWord) ? aliasWordsByFirstWord.getOrDefault(firstWord, 0) : 0;
    }

    /** Like {@link #maxAliasWords(String)}, for surnames (ambiguous ones included): "von der Leyen" has 3. */
    public int maxSurnameWords(String firstWord) {
        return mayBeKey(firstWord) ? surnameWordsByFirstWord.getOrDefault(firstWord, 0) : 0;
    }

    /**
     * Persons known by {@code surname} alone ("Putin", "von der Leyen"). Surnames marked ambiguous
     * in the lexicon ("Herzog", "Kim") are not included: see {@link #isAmbiguousSurname}.
     */
    public List<Entity> personsBySurname(String surname) {
        String key = collapse(surname);
        return mayBeKey(key) ? bySurname.getOrDefault(key, List.of()) : List.of();
    }

    /**
     * True when {@code surname} is a lexicon surname, ambiguous or not: the same as
     * {@code !personsBySurname(surname).isEmpty() || isAmbiguousSurname(surname)} with one look-up.
     */
    public boolean isSurname(String surname) {
        String key = collapse(surname);
        return mayBeKey(key) && allSurnames.contains(key);
    }

    /** True for lexicon surnames that are common words or shared names ("Herzog", "Saar", "Kim"). */
    public boolean isAmbiguousSurname(String surname) {
        String key = collapse(surname);
        return mayBeKey(key) && ambiguousSurnames.contains(key);
    }

    /** Every surname a person is known by, ambiguous ones included. */
    public List<String> surnames(String personKey) {
        return surnamesByKey.getOrDefault(personKey, List.of());
    }

    /** The country an inflected adjective form stands for: "russischen" -> Russia. Case-sensitive. */
    public Optional<Entity> countryByAdjective(String form) {
        return mayBeKey(form) ? Optional.ofNullable(adjectives.get(form)) : Optional.empty();
    }

    /** The country a capital or seat stands for when used as an actor: Moscow, the Kremlin -> Russia. */
    public Optional<String> standsFor(String key) {
        return Optional.ofNullable(standsFor.get(key));
    }

    // ---------------------------------------------------------------- loading

    private void loadCountries(String resource) {
        for (Row r : read(resource, 6)) {
            String iso = r.col(0);
            String nameEn = r.col(1);
            String nameDe = r.col(2);
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(nameDe);
            aliases.addAll(r.list(4));
            if (iso.length() == 2 && List.of(Locale.getISOCountries()).contains(iso)) {
                aliases.add(Locale.of("", iso).getDisplayCountry(Locale.GERMAN));
            }
            Entity e = add(r, EntityType.COUNTRY, nameEn, nameDe, declined(aliases), r.opt(3), List.of(), null);
            for (String stem : r.list(5)) {
                for (String ending : ADJECTIVE_ENDINGS) {
                    Entity prev = adjectives.put(stem + ending, e);
                    if (prev != null && !prev.key().equals(e.key())) {
                        throw r.error("adjective '" + stem + ending + "' already stands for " + prev.key());
                    }
                }
            }
        }
    }

    private void loadPlaces(String resource) {
        for (Row r : read(resource, 8)) {
            EntityType type = switch (r.col(0)) {
                case "city" -> EntityType.CITY;
                case "region" -> EntityType.REGION;
                case "organization" -> EntityType.ORGANIZATION;
                default -> throw r.error("type must be city, region or organization, not '" + r.col(0) + "'");
            };
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(r.col(2));
            aliases.addAll(r.list(3));
            Entity e = add(r, type, r.col(1), r.col(2), declined(aliases), r.opt(6), List.of(), countryKey(r.opt(4)));
            String sf = countryKey(r.opt(5));
            if (sf != null) {
                standsFor.put(e.key(), sf);
            }
        }
    }

    private void loadPersons(String resource) {
        for (Row r : read(resource, 8)) {
            String nameEn = r.col(0);
            String nameDe = r.col(1);
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(nameDe);
            aliases.add(nameEn);
            aliases.addAll(r.list(2));
            aliases.addAll(transliterationVariants(aliases));
            String qid = r.opt(6);
            if (qid != null && !"wikidata.json".equals(r.opt(7))) {
                throw r.error("a QID needs qid_source 'wikidata.json' (verified QIDs only)");
            }
            Entity e = add(r, EntityType.PERSON, nameEn, nameDe, new ArrayList<>(aliases), qid, r.list(4),
                    countryKey(r.opt(5)));
            List<String> surnames = new ArrayList<>();
            for (String s : r.list(3)) {
                boolean ambiguous = s.startsWith("?");
                String surname = ambiguous ? s.substring(1) : s;
                Set<String> forms = new LinkedHashSet<>();
                forms.add(surname);
                forms.addAll(transliterationVariants(Set.of(surname)));
                for (String f : forms) {
                    surnames.add(f);
                    allSurnames.add(f);
                    if (ambiguous) {
                        ambiguousSurnames.add(f);
                    } else {
                        List<Entity> list = bySurname.computeIfAbsent(f, k -> new ArrayList<>());
                        if (!list.contains(e)) {
                            list.add(e);
                        }
                    }
                    maxAliasWords = Math.max(maxAliasWords, words(f));
                    surnameWordsByFirstWord.merge(firstWord(f), words(f), Math::max);
                }
            }
            if (surnames.isEmpty()) {
                throw r.error("a person needs at least one surname");
            }
            surnamesByKey.put(e.key(), List.copyOf(surnames));
        }
    }

    private Entity add(Row r, EntityType type, String nameEn, String nameDe, List<String> aliases, String qid,
                       List<String> roles, String country) {
        if (nameEn.isBlank() || nameDe.isBlank()) {
            throw r.error("name_en and name_de must not be empty");
        }
        String key = keyFor(type, nameEn);
        if (byKey.containsKey(key)) {
            throw r.error("duplicate entity key " + key);
        }
        Entity e;
        try {
            e = new Entity(key, type, nameEn, nameDe, aliases, qid, roles, country);
        } catch (IllegalArgumentException ex) {
            throw r.error(ex.getMessage());
        }
        byKey.put(key, e);
        byEnglish.put(nameEn, e);
        for (String a : aliases) {
            String k = collapse(a);
            firstWords.add(firstWord(k));
            aliasWordsByFirstWord.merge(firstWord(k), words(k), Math::max);
            List<Entity> list = byAlias.computeIfAbsent(k, x -> new ArrayList<>());
            if (!list.contains(e)) {
                list.add(e);
            }
            maxAliasWords = Math.max(maxAliasWords, words(k));
        }
        return e;
    }

    private void validate() {
        for (Entity e : byKey.values()) {
            if (e.country() != null && !byKey.containsKey(e.country())) {
                throw new DiplographException(BASE + ": entity " + e.key() + " names unknown country " + e.country());
            }
        }
        for (Map.Entry<String, String> sf : standsFor.entrySet()) {
            if (!byKey.containsKey(sf.getValue())) {
                throw new DiplographException(BASE + "places.tsv: " + sf.getKey() + " stands for unknown " + sf.getValue());
            }
        }
    }

    private static String countryKey(String value) {
        if (value == null) {
            return null;
        }
        return value.contains("/") ? value : "country/" + value;
    }

    /**
     * German declension of multi-word names: "Vereinigte Staaten" also as "Vereinigten Staaten",
     * "Weißes Haus" as "Weißen Hauses", "Naher Osten" as "Nahen Osten". Adjective-like words
     * (ending in -e, -er, -es) before the last word get the weak ending -en; the last word gets
     * genitive -s and -es.
     */
    static List<String> declined(Collection<String> aliases) {
        Set<String> out = new LinkedHashSet<>(aliases);
        for (String a : aliases) {
            String[] w = collapse(a).split(" ");
            if (w.length < 2) {
                continue;
            }
            List<String> firsts = new ArrayList<>();
            StringBuilder weak = new StringBuilder();
            boolean changed = false;
            for (int i = 0; i < w.length - 1; i++) {
                String x = w[i];
                String y = x;
                if (x.length() > 3 && Character.isUpperCase(x.charAt(0))) {
                    if (x.endsWith("er") || x.endsWith("es")) {
                        y = x.substring(0, x.length() - 2) + "en";
                    } else if (x.endsWith("e")) {
                        y = x + "n";
                    }
                }
                changed |= !y.equals(x);
                weak.append(y).append(' ');
            }
            firsts.add(String.join(" ", java.util.Arrays.copyOf(w, w.length - 1)) + " ");
            if (changed) {
                firsts.add(weak.toString());
            }
            String last = w[w.length - 1];
            for (String f : firsts) {
                out.add(f + last);
                if (Character.isLetter(last.charAt(last.length() - 1)) && !last.endsWith("s")) {
                    out.add(f + last + "s");
                    out.add(f + last + "es");
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Transliteration variants of Russian and Ukrainian names, so the lexicon need not list each:
     * -ow/-ov, -ew/-ev, -ski/-skij/-sky, -skyj/-sky, and final -j dropped or kept.
     */
    static Set<String> transliterationVariants(Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            int sp = n.lastIndexOf(' ');
            String head = n.substring(0, sp + 1);
            String last = n.substring(sp + 1);
            for (String v : lastWordVariants(last)) {
                out.add(head + v);
            }
        }
        out.removeAll(names);
        return out;
    }

    private static List<String> lastWordVariants(String w) {
        List<String> v = new ArrayList<>();
        if (w.length() < 4) {
            return v;
        }
        if (w.endsWith("ow")) {
            v.add(w.substring(0, w.length() - 2) + "ov");
        } else if (w.endsWith("ew")) {
            v.add(w.substring(0, w.length() - 2) + "ev");
        } else if (w.endsWith("skij")) {
            v.add(w.substring(0, w.length() - 1));
            v.add(w.substring(0, w.length() - 3) + "y");
        } else if (w.endsWith("ski")) {
            v.add(w + "j");
            v.add(w.substring(0, w.length() - 1) + "y");
        } else if (w.endsWith("skyj")) {
            v.add(w.substring(0, w.length() - 1));
        }
        return v;
    }

    static String collapse(String s) {
        boolean clean = true;
        for (int i = 0; i < s.length() && clean; i++) {
            char c = s.charAt(i);
            // printable ASCII is never whitespace: no call for most characters
            clean = c == ' ' ? i > 0 && i < s.length() - 1 && s.charAt(i - 1) != ' '
                    : c > ' ' && c < 0x80 || !Character.isWhitespace(c);
        }
        return clean ? s : s.trim().replaceAll("\\s+", " ");
    }

    /**
     * True when some name or alias starts with this word (letters and digits up to the first
     * space, hyphen or punctuation mark): a cheap test before trying longer matches.
     */
    public boolean startsName(String word) {
        return mayBeKey(word) && firstWords.contains(word);
    }

    // ---------------------------------------------------------------- key starts

    private void indexKeyStarts() {
        Set<String> words = new HashSet<>();
        for (Collection<String> keys : List.of(byAlias.keySet(), firstWords, aliasWordsByFirstWord.keySet(),
                bySurname.keySet(), ambiguousSurnames, allSurnames, surnameWordsByFirstWord.keySet(), adjectives.keySet())) {
            for (String k : keys) {
                words.add(k);
                if (k.length() >= 2) {
                    keyStarts[pairBucket(k.charAt(0), k.charAt(1))] = true;
                }
            }
        }
        vocabulary = Set.copyOf(words);
    }

    /**
     * Every string a word look-up of this catalog ({@link #lookup(String)}, {@link #startsName},
     * {@link #maxAliasWords(String)}, {@link #maxSurnameWords}, {@link #personsBySurname},
     * {@link #isSurname}, {@link #isAmbiguousSurname}, {@link #countryByAdjective}) can answer
     * with something other than empty, false or 0, once whitespace is collapsed. Lets a caller
     * that asks those questions about every word of a text index the answers by word once.
     */
    public Set<String> vocabulary() {
        return vocabulary;
    }

    /** False only when no key of the word maps starts with the first two characters of {@code s}. */
    private boolean mayBeKey(String s) {
        return s.length() < 2 || keyStarts[pairBucket(s.charAt(0), s.charAt(1))];
    }

    private static int pairBucket(char a, char b) {
        return (a * 31 + b) & 1023;
    }

    private static String firstWord(String alias) {
        int i = 0;
        while (i < alias.length() && Character.isLetterOrDigit(alias.charAt(i))) {
            i++;
        }
        return alias.substring(0, Math.max(i, Math.min(1, alias.length())));
    }

    private static int words(String s) {
        // words as the extractors count them: letter/digit runs and single punctuation marks
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (!inWord) {
                    n++;
                }
                inWord = true;
            } else {
                inWord = false;
                if (!Character.isWhitespace(ch)) {
                    n++;
                }
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- TSV reading

    private record Row(String resource, int line, String[] cols) {
        String col(int i) {
            String v = cols[i].trim();
            if (v.isEmpty()) {
                throw error("column " + (i + 1) + " must not be empty");
            }
            return v;
        }

        String opt(int i) {
            String v = cols[i].trim();
            return v.isEmpty() ? null : v;
        }

        List<String> list(int i) {
            List<String> out = new ArrayList<>();
            for (String p : cols[i].split("\\|")) {
                if (!p.isBlank()) {
                    out.add(p.trim());
                }
            }
            return out;
        }

        DiplographException error(String msg) {
            return new DiplographException(resource + ":" + line + ": " + msg);
        }
    }

    /** Rows of a tab-separated resource: '#' lines are comments, the first other line is the header. */
    private static List<Row> read(String resource, int columns) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = EntityCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new DiplographException(resource + ": lexicon file missing from the classpath");
            }
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            boolean header = true;
            while ((line = br.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns) {
                    throw new DiplographException(resource + ":" + no + ": expected " + columns
                            + " tab-separated columns, found " + cols.length);
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(new Row(resource, no, cols));
            }
        } catch (IOException e) {
            throw new DiplographException(resource + ": cannot read lexicon: " + e.getMessage(), e);
        }
        return rows;
    }
}
