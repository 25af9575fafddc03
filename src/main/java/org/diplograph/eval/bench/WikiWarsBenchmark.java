package org.diplograph.eval.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.diplograph.InputException;
import org.diplograph.article.Article;
import org.diplograph.eval.Counts;
import org.diplograph.extract.time.DateExtractor;
import org.diplograph.extract.time.TimexTagger;
import org.diplograph.extract.time.TimexTagger.Timex;

/**
 * Scores the time extractors on WikiWarsDE (Strötgen &amp; Gertz 2011; 22 German Wikipedia sections
 * about wars with inline TIMEX2 gold, {@code *.key.xml}) the way HeidelTime's evaluation does: every
 * gold {@code TIMEX2} in the text counts (durations, sets, centuries and times too); a prediction
 * matches a gold expression strictly when the extents are equal and leniently when they overlap, one
 * to one; the value is right when it equals the gold {@code val}. Reported: strict and lenient
 * extent P/R/F1 and strict+value and lenient+value P/R/F1. Predictions come from {@link TimexTagger}
 * with {@link DateExtractor.Anchoring#NARRATIVE narrative anchoring} (a year-less date takes the year
 * of the last date mentioned before it), the document's DATETIME as publication date.
 */
public final class WikiWarsBenchmark {
    private static final Pattern TIMEX = Pattern.compile("<TIMEX2([^>]*)>|</TIMEX2>");
    private static final Pattern VAL = Pattern.compile("\\bval=\"([^\"]*)\"");
    private static final Pattern DATETIME = Pattern.compile("<DATETIME>.*?(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);

    /** HeidelTime's published figures on WikiWarsDE (Strötgen &amp; Gertz 2011). */
    public static final double HEIDELTIME_LENIENT = 0.933;
    public static final double HEIDELTIME_STRICT = 0.877;
    public static final double HEIDELTIME_LENIENT_VALUE = 0.825;
    public static final double HEIDELTIME_STRICT_VALUE = 0.787;

    private WikiWarsBenchmark() {
    }

    /** One gold expression; {@code value} is null for the one tag without {@code val}. */
    public record Gold(int start, int end, String text, String value) {
    }

    /** One document: plain text between the TEXT tags, gold offsets into it. */
    public record Doc(String id, String text, LocalDate dct, List<Gold> gold) {
    }

    /**
     * One error. {@code kind}: "missed" (gold without overlapping prediction), "spurious" (prediction
     * without overlapping gold), "extent" (overlap, different extent, value right), "value" (overlap,
     * wrong or no value). {@code shape} classifies the gold value (day, month, year, duration, BC, ...).
     */
    public record Error(String doc, String kind, String shape, String goldText, String goldValue,
                        String foundText, String foundValue, String context) {
    }

    /** The four scores and every error. */
    public record Result(int documents, int goldCount, int predicted, Counts strict, Counts lenient,
                         Counts strictValue, Counts lenientValue, List<Error> errors) {

        /** Error counts by "kind shape", largest first. */
        public Map<String, Integer> errorClasses() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Error e : errors) {
                counts.merge(e.kind() + " " + e.shape(), 1, Integer::sum);
            }
            Map<String, Integer> sorted = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(en -> sorted.put(en.getKey(), en.getValue()));
            return sorted;
        }

        public String toText(boolean verbose) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "WikiWarsDE: %d documents, %d gold TIMEX2, %d predicted%n",
                    documents, goldCount, predicted));
            b.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %6s   %s%n", "measure", "tp", "P", "R", "F1",
                    "HeidelTime F1"));
            row(b, "strict extent", strict, HEIDELTIME_STRICT);
            row(b, "lenient extent", lenient, HEIDELTIME_LENIENT);
            row(b, "strict+value", strictValue, HEIDELTIME_STRICT_VALUE);
            row(b, "lenient+value", lenientValue, HEIDELTIME_LENIENT_VALUE);
            b.append("largest error classes (kind, gold shape):").append(System.lineSeparator());
            errorClasses().entrySet().stream().limit(12).forEach(en -> b.append(String.format(Locale.ROOT,
                    "  %5d  %s%n", en.getValue(), en.getKey())));
            if (verbose) {
                for (Error e : errors) {
                    b.append(String.format(Locale.ROOT, "%-8s %-9s %s [%s]=%s found [%s]=%s :: %s%n", e.kind(),
                            e.shape(), e.doc(), e.goldText(), e.goldValue(), e.foundText(), e.foundValue(),
                            e.context()));
                }
            }
            return b.toString();
        }

        private static void row(StringBuilder b, String name, Counts c, double heideltime) {
            b.append(String.format(Locale.ROOT, "%-16s %6d %6.3f %6.3f %6.3f   %.3f%n", name, c.tp(), c.precision(),
                    c.recall(), c.f1(), heideltime));
        }
    }

    /** Reads the corpus and scores the narrative-anchored tagger on it. */
    public static Result run(Path corpus) {
        return run(readCorpus(corpus), new TimexTagger(DateExtractor.Anchoring.NARRATIVE));
    }

    public static Result run(List<Doc> docs, TimexTagger tagger) {
        int[] strict = new int[1];
        int[] lenient = new int[1];
        int[] strictValue = new int[1];
        int[] lenientValue = new int[1];
        int goldCount = 0;
        int predicted = 0;
        List<Error> errors = new ArrayList<>();
        for (Doc doc : docs) {
            List<Timex> found = tagger.tag(new Article(doc.id(), doc.text(), doc.dct(), null, null, null, null, null));
            goldCount += doc.gold().size();
            predicted += found.size();
            Map<Timex, Gold> pairs = pair(found, doc.gold());
            for (Timex t : found) {
                Gold g = pairs.get(t);
                if (g == null) {
                    errors.add(error(doc, "spurious", null, t));
                    continue;
                }
                boolean exact = g.start() == t.start() && g.end() == t.end();
                boolean value = g.value() != null && g.value().equals(t.value());
                strict[0] += exact ? 1 : 0;
                lenient[0]++;
                strictValue[0] += exact && value ? 1 : 0;
                lenientValue[0] += value ? 1 : 0;
                if (!value) {
                    errors.add(error(doc, "value", g, t));
                } else if (!exact) {
                    errors.add(error(doc, "extent", g, t));
                }
            }
            for (Gold g : doc.gold()) {
                if (!pairs.containsValue(g)) {
                    errors.add(error(doc, "missed", g, null));
                }
            }
        }
        int g = goldCount;
        int p = predicted;
        return new Result(docs.size(), g, p, counts(strict[0], p, g), counts(lenient[0], p, g),
                counts(strictValue[0], p, g), counts(lenientValue[0], p, g), errors);
    }

    private static Counts counts(int tp, int predicted, int gold) {
        return new Counts(tp, predicted - tp, gold - tp);
    }

    /**
     * One-to-one pairs of overlapping prediction and gold: equal extents first, then overlaps with
     * the same value, then the largest overlap.
     */
    static Map<Timex, Gold> pair(List<Timex> found, List<Gold> gold) {
        Map<Timex, Gold> pairs = new LinkedHashMap<>();
        List<Gold> open = new ArrayList<>(gold);
        for (int round = 0; round < 3; round++) {
            for (Timex t : found) {
                if (pairs.containsKey(t)) {
                    continue;
                }
                final int r = round;
                Gold best = open.stream()
                        .filter(g -> g.start() < t.end() && t.start() < g.end())
                        .filter(g -> r != 0 || g.start() == t.start() && g.end() == t.end())
                        .filter(g -> r != 1 || Objects.equals(g.value(), t.value()))
                        .max(Comparator.comparingInt(g -> Math.min(g.end(), t.end()) - Math.max(g.start(), t.start())))
                        .orElse(null);
                if (best != null) {
                    pairs.put(t, best);
                    open.remove(best);
                }
            }
        }
        return pairs;
    }

    private static Error error(Doc doc, String kind, Gold g, Timex t) {
        int from = g != null ? g.start() : t.start();
        int to = g != null ? g.end() : t.end();
        String ctx = doc.text().substring(Math.max(0, from - 50), Math.min(doc.text().length(), to + 30))
                .replaceAll("\\s+", " ");
        return new Error(doc.id(), kind, g == null ? "-" : shape(g.value()), g == null ? null : g.text(),
                g == null ? null : g.value(), t == null ? null : t.text(), t == null ? null : t.value(), ctx);
    }

    /** "day", "month", "year", "duration", "BC", "season", "time", "century/decade", "ref", "other". */
    static String shape(String val) {
        if (val == null) {
            return "none";
        }
        if (val.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return "day";
        }
        if (val.matches("\\d{4}-\\d{2}")) {
            return "month";
        }
        if (val.matches("\\d{4}")) {
            return "year";
        }
        if (val.startsWith("P")) {
            return "duration";
        }
        if (val.startsWith("BC")) {
            return "BC";
        }
        if (val.matches("\\d{4}-(SP|SU|FA|WI|H\\d|Q\\d)")) {
            return "season";
        }
        if (val.endsWith("_REF")) {
            return "ref";
        }
        if (val.contains("T")) {
            return "time";
        }
        if (val.matches("\\d{2,3}")) {
            return "century/decade";
        }
        return "other";
    }

    // ------------------------------------------------------------------ corpus

    /**
     * The documents of a WikiWarsDE copy: {@code dir} holds the {@code *.key.xml} files, or is the
     * corpus root with them under {@code keyinline/}.
     */
    public static List<Doc> readCorpus(Path dir) {
        Path files = Files.isDirectory(dir.resolve("keyinline")) ? dir.resolve("keyinline") : dir;
        if (!Files.isDirectory(files)) {
            throw new InputException(dir, "no such corpus directory");
        }
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> list = Files.list(files)) {
            for (Path f : list.filter(p -> p.getFileName().toString().endsWith(".key.xml")).sorted().toList()) {
                docs.add(parse(f.getFileName().toString().replace(".key.xml", ""),
                        Files.readString(f, StandardCharsets.UTF_8), f));
            }
        } catch (IOException e) {
            throw new InputException(dir, "cannot read: " + e.getMessage(), e);
        }
        if (docs.isEmpty()) {
            throw new InputException(dir, "no WikiWarsDE *.key.xml files (expected the keyinline folder)");
        }
        return docs;
    }

    /** The plain text between the TEXT tags with the gold spans in its offsets; DCT from DATETIME. */
    static Doc parse(String id, String xml, Path file) {
        int from = xml.indexOf("<TEXT>");
        int to = xml.lastIndexOf("</TEXT>");
        if (from < 0 || to < from) {
            throw new InputException(file, "no <TEXT> element");
        }
        Matcher dt = DATETIME.matcher(xml);
        LocalDate dct = dt.find() && dt.start() < from ? LocalDate.parse(dt.group(1)) : null;
        String body = xml.substring(from + "<TEXT>".length(), to);
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        List<Integer> openStarts = new ArrayList<>();
        List<String> openVals = new ArrayList<>();
        Matcher m = TIMEX.matcher(body);
        int last = 0;
        while (m.find()) {
            text.append(body, last, m.start());
            last = m.end();
            if (m.group(1) != null) {
                Matcher v = VAL.matcher(m.group(1));
                openStarts.add(text.length());
                openVals.add(v.find() ? v.group(1) : null);
            } else {
                if (openStarts.isEmpty()) {
                    throw new InputException(file, "unbalanced </TIMEX2> at offset " + (from + m.start()));
                }
                int start = openStarts.remove(openStarts.size() - 1);
                String val = openVals.remove(openVals.size() - 1);
                gold.add(new Gold(start, text.length(), text.substring(start), val));
            }
        }
        text.append(body.substring(last));
        gold.sort(Comparator.comparingInt(Gold::start));
        return new Doc(id, text.toString(), dct, List.copyOf(gold)); // the files use no XML entities
    }
}
