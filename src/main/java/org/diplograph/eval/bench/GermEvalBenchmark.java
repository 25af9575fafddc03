package org.diplograph.eval.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplograph.InputException;
import org.diplograph.article.Article;
import org.diplograph.eval.Counts;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.Layer;
import org.diplograph.extract.MentionKind;
import org.diplograph.extract.Sentence;
import org.diplograph.extract.entity.CountryExtractor;
import org.diplograph.extract.entity.PersonExtractor;
import org.diplograph.extract.entity.PlaceExtractor;
import org.diplograph.resolve.EntityCatalog;
import org.diplograph.resolve.EntityResolver;

/**
 * Scores the person and place extractors on the GermEval 2014 NER test split (Benikova, Biemann &amp;
 * Reznicek 2014; CC BY 4.0): PER and LOC spans of the outer column, exact match on whole tokens,
 * over all sentences and over the news subset (sentences whose source line is not de.wikipedia.org).
 * Mapping: person mentions by name or surname → PER (role phrases like "der Kremlchef" are not names);
 * countries named or standing for the state by their capital, cities and regions → LOC (country
 * adjectives are GermEval's LOCderiv, organizations ORG: neither is counted; "Kreml" is the
 * presidential administration). A mention inside a hyphenated token ("Putin-Besuch") is GermEval's
 * *part* class and left out. Each sentence is one article of its own, as in GermEval.
 */
public final class GermEvalBenchmark {
    /** The classes scored. */
    public static final List<String> CLASSES = List.of("PER", "LOC");

    private GermEvalBenchmark() {
    }

    /** A gold span (character offsets into the sentence text, tokens joined by one space). */
    public record GoldSpan(int start, int end, String type) {
    }

    public record GoldSentence(String source, boolean news, String text, List<GoldSpan> gold) {
    }

    /** One wrong span: "missed" (gold not found) or "spurious" (found, not gold), with an error class. */
    public record Error(String kind, String type, String errorClass, String text, String sentence) {
    }

    /** P/R/F1 per class and overall (micro), for all sentences and for the news subset. */
    public record Result(int sentences, int newsSentences, Map<String, Counts> all, Map<String, Counts> news,
                         List<Error> errors) {

        /** Error counts by "kind class: error class" over all sentences, largest first. */
        public Map<String, Integer> errorClasses() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Error e : errors) {
                counts.merge(e.kind() + " " + e.type() + ": " + e.errorClass(), 1, Integer::sum);
            }
            Map<String, Integer> sorted = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(en -> sorted.put(en.getKey(), en.getValue()));
            return sorted;
        }

        public String toText(boolean verbose) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "GermEval 2014 NER test: %d sentences (%d news), exact spans, outer column%n",
                    sentences, newsSentences));
            b.append(String.format(Locale.ROOT, "%-6s %-8s %6s %6s %6s %7s %7s %7s%n", "subset", "class", "tp", "fp", "fn",
                    "P", "R", "F1"));
            table(b, "all", all);
            table(b, "news", news);
            b.append("largest error classes (all sentences):").append(System.lineSeparator());
            errorClasses().entrySet().stream().limit(12).forEach(en -> b.append(String.format(Locale.ROOT,
                    "  %5d  %s%n", en.getValue(), en.getKey())));
            if (verbose) {
                for (Error e : errors) {
                    b.append(String.format(Locale.ROOT, "%-8s %-3s %-22s [%s] :: %s%n", e.kind(), e.type(), e.errorClass(),
                            e.text(), e.sentence()));
                }
            }
            return b.toString();
        }

        private static void table(StringBuilder b, String subset, Map<String, Counts> counts) {
            counts.forEach((type, c) -> b.append(String.format(Locale.ROOT, "%-6s %-8s %6d %6d %6d %7.3f %7.3f %7.3f%n",
                    subset, type, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1())));
        }
    }

    /** Reads the corpus ({@code NER-de-test.tsv}, or a directory holding it) and scores the bundled extractors. */
    public static Result run(Path corpus) {
        return run(read(corpus), EntityCatalog.bundled());
    }

    public static Result run(List<GoldSentence> sentences, EntityCatalog catalog) {
        PersonExtractor persons = new PersonExtractor(catalog);
        CountryExtractor countries = new CountryExtractor(catalog);
        PlaceExtractor places = new PlaceExtractor(catalog);
        EntityResolver resolver = new EntityResolver(catalog);
        Map<String, int[]> all = new LinkedHashMap<>();
        Map<String, int[]> news = new LinkedHashMap<>();
        for (String c : CLASSES) {
            all.put(c, new int[3]);
            news.put(c, new int[3]);
        }
        List<Error> errors = new ArrayList<>();
        int newsCount = 0;
        for (GoldSentence s : sentences) {
            AnnotatedArticle doc = new AnnotatedArticle(new Article("germeval", s.text(), null, null, null, null, null, null));
            doc.put(Layer.SENTENCES, List.of(new Sentence(0, 0, s.text().length(), s.text())));
            doc.put(Layer.PERSONS, persons.extract(doc));
            doc.put(Layer.COUNTRIES, countries.extract(doc));
            doc.put(Layer.PLACES, places.extract(doc));
            List<EntityMention> found = resolver.extract(doc);
            newsCount += s.news() ? 1 : 0;
            for (String type : CLASSES) {
                Set<String> gold = new HashSet<>();
                s.gold().stream().filter(g -> g.type().equals(type)).forEach(g -> gold.add(g.start() + ":" + g.end()));
                Set<String> predicted = new HashSet<>();
                for (EntityMention m : found) {
                    if (type.equals(classOf(m)) && onTokenBoundaries(s.text(), m)) {
                        predicted.add(m.start() + ":" + m.end());
                    }
                }
                int tp = 0;
                for (String p : predicted) {
                    if (gold.contains(p)) {
                        tp++;
                    } else {
                        errors.add(new Error("spurious", type, spuriousClass(s, p), cut(s.text(), p), s.text()));
                    }
                }
                for (String g : gold) {
                    if (!predicted.contains(g)) {
                        errors.add(new Error("missed", type, missedClass(s, g, found), cut(s.text(), g), s.text()));
                    }
                }
                int[] counts = {tp, predicted.size() - tp, gold.size() - tp};
                add(all.get(type), counts);
                if (s.news()) {
                    add(news.get(type), counts);
                }
            }
        }
        return new Result(sentences.size(), newsCount, counts(all), counts(news), errors);
    }

    /** "PER", "LOC" or null: which GermEval class a mention stands for. */
    static String classOf(EntityMention m) {
        return switch (m.type()) {
            case PERSON -> m.kind() == MentionKind.NAME || m.kind() == MentionKind.SURNAME ? "PER" : null;
            case COUNTRY -> m.kind() == MentionKind.NAME
                    || m.kind() == MentionKind.METONYM && !m.text().startsWith("Kreml") ? "LOC" : null;
            case CITY, REGION -> "LOC";
            case ORGANIZATION -> null;
        };
    }

    private static boolean onTokenBoundaries(String text, EntityMention m) {
        return (m.start() == 0 || text.charAt(m.start() - 1) == ' ')
                && (m.end() == text.length() || text.charAt(m.end()) == ' ');
    }

    private static String spuriousClass(GoldSentence s, String span) {
        int[] p = parse(span);
        for (GoldSpan g : s.gold()) {
            if (g.start() == p[0] && g.end() == p[1]) {
                return "gold is " + g.type();
            }
        }
        for (GoldSpan g : s.gold()) {
            if (g.start() < p[1] && p[0] < g.end()) {
                return p[1] - p[0] < g.end() - g.start() ? "inside longer " + g.type() : "overlaps " + g.type();
            }
        }
        return "not an entity in gold";
    }

    private static String missedClass(GoldSentence s, String span, List<EntityMention> found) {
        int[] g = parse(span);
        for (EntityMention m : found) {
            if (m.start() < g[1] && g[0] < m.end()) {
                return m.start() == g[0] && m.end() == g[1] ? "found as " + m.type().slug() + "/"
                        + m.kind().name().toLowerCase(Locale.ROOT) : "span differs";
            }
        }
        String text = s.text().substring(g[0], g[1]);
        return text.contains(" ") ? "multi-word, not found" : "one word, not found";
    }

    private static String cut(String text, String span) {
        int[] p = parse(span);
        return text.substring(p[0], p[1]);
    }

    private static int[] parse(String span) {
        String[] f = span.split(":");
        return new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1])};
    }

    private static void add(int[] into, int[] counts) {
        for (int i = 0; i < 3; i++) {
            into[i] += counts[i];
        }
    }

    private static Map<String, Counts> counts(Map<String, int[]> raw) {
        Map<String, Counts> out = new LinkedHashMap<>();
        Counts total = Counts.ZERO;
        for (Map.Entry<String, int[]> e : raw.entrySet()) {
            Counts c = new Counts(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            out.put(e.getKey(), c);
            total = total.plus(c);
        }
        out.put("overall", total);
        return out;
    }

    // ------------------------------------------------------------------ corpus

    /**
     * The sentences of a GermEval 2014 TSV file ({@code index TAB token TAB outer TAB nested}, a
     * {@code #} line naming the source before each sentence, blank lines between), or of the
     * {@code NER-de-test.tsv} in a directory. The C1 control characters of the 2014 release are
     * read as the dashes and quotes they stand for.
     */
    public static List<GoldSentence> read(Path corpus) {
        Path file = Files.isDirectory(corpus) ? corpus.resolve("NER-de-test.tsv") : corpus;
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, Files.isDirectory(corpus)
                    ? "no NER-de-test.tsv in this directory" : "no such GermEval file");
        }
        List<GoldSentence> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String[]> rows = new ArrayList<>();
            String source = "";
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    if (!rows.isEmpty()) {
                        out.add(sentence(source, rows));
                        rows.clear();
                    }
                } else if (line.startsWith("#")) {
                    source = line;
                } else {
                    String[] f = line.replace('\u0096', '–').replace('\u0094', '”').split("\t", -1);
                    if (f.length < 3) {
                        throw new InputException(file, "line " + no + ": expected index, token and tag columns");
                    }
                    rows.add(f);
                }
            }
            if (!rows.isEmpty()) {
                out.add(sentence(source, rows));
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new InputException(file, "no sentences (not a GermEval 2014 TSV file?)");
        }
        return out;
    }

    private static GoldSentence sentence(String source, List<String[]> rows) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[rows.size()];
        int[] ends = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(rows.get(i)[1]);
            ends[i] = text.length();
        }
        List<GoldSpan> gold = new ArrayList<>();
        int open = -1;
        String type = null;
        for (int i = 0; i <= rows.size(); i++) {
            String tag = i < rows.size() ? rows.get(i)[2] : "O";
            boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
            if (open >= 0 && !continues) {
                gold.add(new GoldSpan(starts[open], ends[i - 1], type));
                open = -1;
                type = null;
            }
            if (tag.startsWith("B-") || tag.startsWith("I-") && open < 0) {
                open = i;
                type = tag.substring(2);
            }
        }
        boolean news = !source.contains("wikipedia.org");
        return new GoldSentence(source, news, text.toString(), List.copyOf(gold));
    }
}
