package org.diplograph.extract.time;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.article.Article;
import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.DurationMention;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Pipeline;
import org.diplograph.extract.Spanned;
import org.diplograph.extract.TimeMention;
import org.diplograph.extract.sentence.SentenceSplitter;

/**
 * All temporal expressions of a text with TIMEX2-style values, for benchmarks against corpora
 * annotated that way (WikiWarsDE): the dates of {@link DateExtractor} ("2003-01-28", "2003-01",
 * "2003"), the durations of {@link DurationExtractor} ("PT2H", "PT1H30M"), and what the graph has no
 * datatype for ({@link TimexRules}: durations in days, weeks, months and years, clock times, parts of
 * day, seasons, centuries and decades, years BC, PRESENT_REF/FUTURE_REF). A range "vom 26. bis
 * 31. August" is split into its two days, as TIMEX2 annotates it. Values that need the reference
 * time ("im Herbst", "4:45 Uhr") take it from the last date before them. The news pipeline does not
 * use this class. Thread-safe.
 */
public final class TimexTagger {

    /** One temporal expression; {@code value} is null when the text gives no anchor for it. */
    public record Timex(int start, int end, String text, String value) implements Spanned {
    }

    private static final Pattern RANGE = Pattern.compile("^(?<d1>\\d{1,2})\\.\\s*(?:bis(?:\\s+(?:zum|einschließlich))?|–|-|/)"
            + "\\s*(?:(?:zum|den|dem)\\s+)?(?<d2>\\d{1,2})\\.");
    private static final Pattern DAYPART_BEFORE = Pattern.compile("(?:(?:frühen|späten)\\s+)?(?<p>Morgen|Morgenstunden"
            + "|Vormittag|Mittag|Nachmittag|Abend|Abendstunden|Nacht)\\s+(?:des|vom)\\s+$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(?<k>[YD])(?<n>[+-]\\d+)?}");

    private final Pipeline pipeline;
    private final boolean narrative;

    public TimexTagger(DateExtractor.Anchoring anchoring) {
        this.narrative = anchoring == DateExtractor.Anchoring.NARRATIVE;
        this.pipeline = Pipeline.builder()
                .add(new SentenceSplitter())
                .add(new DateExtractor(anchoring))
                .add(new DurationExtractor())
                .build();
    }

    /** The expressions of {@code article} in text order, never overlapping. */
    public List<Timex> tag(Article article) {
        AnnotatedArticle doc = pipeline.run(article);
        String text = article.text();
        List<Timex> found = new ArrayList<>();
        for (TimexRules.Hit h : TimexRules.scan(text, narrative)) {
            found.add(new Timex(h.start(), h.end(), null, h.value()));
        }
        for (TimeMention t : doc.get(Layer.DATES)) {
            found.addAll(dates(text, t));
        }
        for (DurationMention d : doc.get(Layer.DURATIONS)) {
            found.add(new Timex(d.start(), d.end(), null, isoValue(d.value())));
        }
        // longer first; on equal length, the earlier list wins (rules, then dates, then durations)
        List<Timex> order = new ArrayList<>(found);
        order.sort(Comparator.comparingInt((Timex t) -> t.start() - t.end()));
        List<Timex> chosen = new ArrayList<>();
        for (Timex t : order) {
            if (chosen.stream().noneMatch(o -> o.overlaps(t))) {
                chosen.add(t);
            }
        }
        chosen.sort(Comparator.comparingInt(Timex::start));
        List<Timex> out = new ArrayList<>();
        String reference = null;
        for (Timex t : chosen) {
            String value = t.value() == null ? null : fill(t.value(), reference);
            if (value != null && value.matches("\\d{4}.*")) {
                reference = value;
            }
            out.add(new Timex(t.start(), t.end(), text.substring(t.start(), t.end()), value));
        }
        return out;
    }

    /** One date mention as one or two expressions (a range of days is two), with a part of day before it. */
    private static List<Timex> dates(String text, TimeMention t) {
        String value = t.value() == null ? null : t.value().lexical();
        List<Timex> out = new ArrayList<>();
        Matcher r = RANGE.matcher(t.text());
        int start = t.start();
        if (r.lookingAt() && t.value() != null && t.value().date() != null) {
            LocalDate first = t.value().date();
            int d2 = Integer.parseInt(r.group("d2"));
            LocalDate second = d2 >= first.getDayOfMonth() ? safe(first, d2) : safe(first.plusMonths(1), d2);
            out.add(new Timex(start, start + r.end("d1") + 1, null, value));
            out.add(new Timex(start + r.start("d2"), t.end(), null, second == null ? null : second.toString()));
            return out;
        }
        Matcher p = DAYPART_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        if (p.find() && t.value() != null && t.value().date() != null) {
            int s = Math.max(0, start - 40) + p.start();
            return List.of(new Timex(s, t.end(), null, value + "T" + daypart(p.group("p"))));
        }
        return List.of(new Timex(start, t.end(), null, value));
    }

    private static LocalDate safe(LocalDate month, int day) {
        return day <= month.lengthOfMonth() ? month.withDayOfMonth(day) : null;
    }

    private static String daypart(String word) {
        return switch (word) {
            case "Mittag" -> "MI";
            case "Nachmittag" -> "AF";
            case "Abend", "Abendstunden" -> "EV";
            case "Nacht" -> "NI";
            default -> "MO";
        };
    }

    /** Replaces {Y}, {Y+1}, {D}, {D+1} from the reference value; null when it cannot. */
    static String fill(String value, String reference) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            if (reference == null) {
                return null;
            }
            int n = m.group("n") == null ? 0 : Integer.parseInt(m.group("n"));
            String rep;
            if (m.group("k").equals("Y")) {
                rep = String.format("%04d", Integer.parseInt(reference.substring(0, 4)) + n);
            } else if (reference.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                rep = LocalDate.parse(reference.substring(0, 10)).plusDays(n).toString();
            } else {
                return null;
            }
            m.appendReplacement(b, rep);
        }
        m.appendTail(b);
        return b.toString();
    }

    /** TIMEX2 duration value: "P3D", "PT2H", "PT1H30M", "PT50M". */
    static String isoValue(Duration d) {
        long s = d.getSeconds();
        if (s % (24 * 3600) == 0) {
            return "P" + s / (24 * 3600) + "D";
        }
        long h = s / 3600;
        long min = s % 3600 / 60;
        return "PT" + (h > 0 ? h + "H" : "") + (min > 0 ? min + "M" : "");
    }
}
