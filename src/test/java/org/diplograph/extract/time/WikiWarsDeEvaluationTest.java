package org.diplograph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.diplograph.article.Article;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Pipeline;
import org.diplograph.extract.TimeMention;
import org.diplograph.extract.sentence.SentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link DateExtractor} on WikiWarsDE (Strötgen &amp; Gertz 2011, CC BY-SA 3.0; see
 * {@code wikiwarsde/readme.txt} and {@code SOURCE.md} beside the files): 22 German Wikipedia
 * sections about wars with gold {@code <TIMEX2 val=…>} annotations inline.
 * <p>
 * Scope: gold expressions whose value is a day, month or year ({@code YYYY-MM-DD}, {@code YYYY-MM},
 * {@code YYYY}); predictions that are absolute ({@code relative == false}, value present). A
 * prediction is right when it overlaps a gold expression with the same value (each gold used once);
 * it is ignored when it overlaps only gold of another shape (seasons, centuries, times, durations);
 * otherwise it is wrong. Recall is reported against all in-scope gold and against the "explicit"
 * part whose text names the year. The genre is historical narrative, not news: many dates take
 * their year from the story ("Am 28. Januar" = 2003), which a news extractor anchored on the
 * publication date cannot know, and there are BC years and centuries, which it skips.
 * The thresholds are the measured values rounded down a little, so a regression fails the build.
 */
class WikiWarsDeEvaluationTest {
    private static final String DIR = "/org/diplograph/extract/time/wikiwarsde/";
    private static final Pattern TIMEX = Pattern.compile("<TIMEX2([^>]*)>|</TIMEX2>");
    private static final Pattern VAL = Pattern.compile("val=\"([^\"]*)\"");
    private static final Pattern IN_SCOPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    record Gold(int start, int end, String text, String val) {
        boolean inScope() {
            return val != null && IN_SCOPE.matcher(val).matches();
        }

        boolean explicit() {
            return inScope() && text.contains(val.substring(0, 4));
        }
    }

    record Doc(String id, String text, LocalDate dct, List<Gold> gold) {
    }

    static int truePositives;
    static int falsePositives;
    static int ignored;
    static int gold;
    static int goldExplicit;
    static int foundExplicit;

    @BeforeAll
    static void evaluate() throws IOException, URISyntaxException {
        Pipeline pipeline = Pipeline.builder().add(new SentenceSplitter()).add(new DateExtractor()).build();
        for (Doc doc : corpus()) {
            List<TimeMention> predicted = pipeline.run(
                    new Article(doc.id(), doc.text(), doc.dct(), null, null, null, null, null)).get(Layer.DATES);
            List<Gold> open = new ArrayList<>(doc.gold().stream().filter(Gold::inScope).toList());
            gold += open.size();
            goldExplicit += (int) open.stream().filter(Gold::explicit).count();
            for (TimeMention p : predicted) {
                if (p.relative() || p.value() == null) {
                    continue;
                }
                Gold hit = open.stream()
                        .filter(g -> g.start() < p.end() && p.start() < g.end() && g.val().equals(p.value().lexical()))
                        .findFirst().orElse(null);
                if (hit != null) {
                    open.remove(hit);
                    truePositives++;
                    foundExplicit += hit.explicit() ? 1 : 0;
                } else if (doc.gold().stream().anyMatch(g -> g.start() < p.end() && p.start() < g.end() && !g.inScope())) {
                    ignored++;
                } else {
                    falsePositives++;
                    report("FP", doc, p.start(), p.end(), p.value().lexical());
                }
            }
            open.stream().filter(Gold::explicit).forEach(g -> report("FN", doc, g.start(), g.end(), g.val()));
        }
        System.out.printf("WikiWarsDE: gold %d (explicit %d), TP %d, FP %d, ignored %d, P %.3f, R %.3f, R explicit %.3f%n",
                gold, goldExplicit, truePositives, falsePositives, ignored, precision(), recall(), recallExplicit());
    }

    /** With the environment variable WIKIWARS_VERBOSE set, prints each error with its context. */
    private static void report(String kind, Doc doc, int start, int end, String value) {
        if (System.getenv("WIKIWARS_VERBOSE") != null) {
            String ctx = doc.text().substring(Math.max(0, start - 40), Math.min(doc.text().length(), end + 30));
            System.out.println(kind + " " + doc.id() + " [" + doc.text().substring(start, end) + "] " + value
                    + " :: " + ctx.replace('\n', ' '));
        }
    }

    static double precision() {
        return truePositives / (double) (truePositives + falsePositives);
    }

    static double recall() {
        return truePositives / (double) gold;
    }

    static double recallExplicit() {
        return foundExplicit / (double) goldExplicit;
    }

    @Test
    void corpusIsComplete() {
        assertThat(gold).as("in-scope gold expressions").isGreaterThan(1600);
    }

    @Test
    void precisionOfAbsoluteDates() {
        assertThat(precision()).isGreaterThanOrEqualTo(PRECISION);
    }

    @Test
    void recallOfAllDayMonthYearValues() {
        assertThat(recall()).isGreaterThanOrEqualTo(RECALL);
    }

    @Test
    void recallOfExpressionsThatNameTheirYear() {
        assertThat(recallExplicit()).isGreaterThanOrEqualTo(RECALL_EXPLICIT);
    }

    // measured values rounded down a little (see docs/lexicons-time.md)
    // measured 2025: P 0.992 (735 right, 6 wrong), R 0.431 of 1706, R 0.915 of the 800 that name their year
    static final double PRECISION = 0.98;
    static final double RECALL = 0.42;
    static final double RECALL_EXPLICIT = 0.90;

    // ------------------------------------------------------------------ corpus

    static List<Doc> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(WikiWarsDeEvaluationTest.class.getResource(DIR + "readme.txt").toURI()).getParent();
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".key.xml")).sorted().toList()) {
                docs.add(parse(f.getFileName().toString().replace(".key.xml", ""), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(docs).hasSize(22);
        return docs;
    }

    /** The plain text between TEXT tags, with gold spans in its offsets; DCT from DATETIME. */
    static Doc parse(String id, String xml) {
        Matcher dt = Pattern.compile("<DATETIME>.*?val=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL).matcher(xml);
        LocalDate dct = dt.find() ? LocalDate.parse(dt.group(1)) : null;
        int from = xml.indexOf("<TEXT>") + "<TEXT>".length();
        int to = xml.lastIndexOf("</TEXT>");
        String body = xml.substring(from, to);
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        List<int[]> openStarts = new ArrayList<>();
        List<String> openVals = new ArrayList<>();
        Matcher m = TIMEX.matcher(body);
        int last = 0;
        while (m.find()) {
            text.append(body, last, m.start());
            last = m.end();
            if (m.group(1) != null) {
                Matcher v = VAL.matcher(m.group(1));
                openStarts.add(new int[] {text.length()});
                openVals.add(v.find() ? v.group(1) : null);
            } else {
                int start = openStarts.remove(openStarts.size() - 1)[0];
                String val = openVals.remove(openVals.size() - 1);
                gold.add(new Gold(start, text.length(), text.substring(start), val));
            }
        }
        text.append(body.substring(last));
        return new Doc(id, text.toString(), dct, gold); // the files use no XML entities
    }
}
