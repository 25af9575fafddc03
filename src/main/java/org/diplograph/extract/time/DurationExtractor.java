package org.diplograph.extract.time;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.DurationMention;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Sentence;

/**
 * Finds how long something lasted ({@link Layer#DURATIONS}): "50 Minuten", "45 Min.",
 * "fast eine Stunde", "rund zweieinhalb Stunden", "zwei Stunden und 15 Minuten",
 * "eine halbe Stunde", "eine Dreiviertelstunde", "90-minütige", "fast einstündige",
 * "zweitägige". Only minutes and hours, plus days in the adjective form ("zweitägige
 * Verhandlungen"); years never ("vor 250 Jahren"). A hedge from {@code hedges.txt} directly before
 * ("fast", "knapp", "rund", "mehr als", "über", "ca.") belongs to the mention, makes it
 * {@code approximate} and sets its {@link DurationMention.Qualifier qualifier} ("knapp 90 Minuten":
 * almost; "mehr als zwei Stunden": more than; "rund eine Stunde": approximately).
 * A phrase is dropped when a word from {@code duration-blockers.txt} shows it is
 * a time ago, a deadline, an offset or a frequency ("vor zwei Stunden", "seit drei Stunden",
 * "in 24 Stunden", "innerhalb von 48 Stunden", "eine Stunde später", "alle zwei Stunden").
 * Stateless and thread-safe.
 */
public final class DurationExtractor implements Extractor<DurationMention> {

    public DurationExtractor() {
        Patterns.get(); // fail at construction if a word list is missing
    }

    @Override
    public Layer<DurationMention> produces() {
        return Layer.DURATIONS;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public List<DurationMention> extract(AnnotatedArticle article) {
        String text = article.text();
        List<DurationMention> found = new ArrayList<>();
        for (Sentence s : article.get(Layer.SENTENCES)) {
            scan(text, s, found);
        }
        found.sort(Comparator.comparingInt(DurationMention::start));
        List<DurationMention> out = new ArrayList<>();
        for (DurationMention d : found) {
            if (out.isEmpty() || !out.get(out.size() - 1).overlaps(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static final class Patterns {
        private static final class Holder {
            static final Patterns INSTANCE = new Patterns();
        }

        static Patterns get() {
            return Holder.INSTANCE;
        }

        final Pattern phrase;
        final Pattern quarter;
        final Pattern adjective;

        /*
         * The units, of which every match of a pattern contains one, compared case-insensitively the
         * way the patterns compare (CASE_INSENSITIVE | UNICODE_CASE): "viertelstunde" is in every match
         * of quarter ("Dreiviertelstunde" too), "stunde", "std.", "minute" or "min." in every match of
         * phrase (its units Stunden|Stunde|Std.|Minuten|Minute|Min.; not just "min", which every
         * "Minister" has), "stündig", "minütig" or "tägig" in every match of adjective. Each constant
         * is its group's bit in what units finds in a sentence.
         */
        static final long QUARTER_UNIT = 1L;
        static final long PHRASE_UNIT = 1L << 1;
        static final long ADJECTIVE_UNIT = 1L << 2;
        final LiteralScanner units = new LiteralScanner(List.of(List.of("viertelstunde"),
                List.of("stunde", "std.", "minute", "min."), List.of("stündig", "minütig", "tägig")), true);

        private Patterns() {
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            String hedge = "(?:(?<hedge>" + TimeLexicon.alternation(TimeLexicon.hedges()) + ")\\s+)?";
            String words = TimeLexicon.alternation(TimeLexicon.numberWords().keySet());
            String num = "(?<num>\\d+(?:,\\d+)?|" + words + ")";
            phrase = Pattern.compile("(?<![\\p{L}\\d.,])" + hedge + "(?:(?:eine|einer|einen|einem|ein)\\s+)?" + num
                    + "\\s+(?<unit>Stunden|Stunde|Std\\.|Minuten|Minute|Min\\.)(?![\\p{L}])"
                    + "(?:\\s+und\\s+(?<num2>\\d+|" + words + ")\\s+(?:Minuten|Minute|Min\\.)(?![\\p{L}]))?", flags);
            quarter = Pattern.compile("(?<![\\p{L}\\d.,])" + hedge + "(?:(?:eine|einer|einen|einem|ein)\\s+)?"
                    + "(?<q>Dreiviertelstunde|Viertelstunde)(?![\\p{L}])", flags);
            adjective = Pattern.compile("(?<![\\p{L}\\d.,])" + hedge + num
                    + "-?(?<unit>stündig|minütig|tägig)(?:e|en|er|es|em)?(?![\\p{L}])", flags);
        }
    }

    private static void scan(String text, Sentence s, List<DurationMention> out) {
        Patterns p = Patterns.get();
        // a pattern runs only when the sentence has a unit every one of its matches contains (see Patterns)
        long units = p.units.scan(text, s.start(), s.end());
        if (units == 0) {
            return;
        }
        boolean quarter = (units & Patterns.QUARTER_UNIT) != 0;
        boolean phrase = (units & Patterns.PHRASE_UNIT) != 0;
        boolean adjective = (units & Patterns.ADJECTIVE_UNIT) != 0;
        Matcher m = p.phrase.matcher(text).region(s.start(), s.end());
        while (phrase && m.find()) {
            if (blocked(text, s, m.start(), m.end())) {
                continue;
            }
            double minutes = number(GroupNames.group(m, "num")) * unitMinutes(GroupNames.group(m, "unit"));
            if (GroupNames.group(m, "num2") != null) {
                minutes += number(GroupNames.group(m, "num2"));
            }
            add(text, m, minutes, out);
        }
        m = p.quarter.matcher(text).region(s.start(), s.end());
        while (quarter && m.find()) {
            if (!blocked(text, s, m.start(), m.end())) {
                add(text, m, GroupNames.group(m, "q").toLowerCase(Locale.ROOT).startsWith("drei") ? 45 : 15, out);
            }
        }
        m = p.adjective.matcher(text).region(s.start(), s.end());
        while (adjective && m.find()) {
            add(text, m, number(GroupNames.group(m, "num")) * unitMinutes(GroupNames.group(m, "unit")), out);
        }
    }

    private static void add(String text, Matcher m, double minutes, List<DurationMention> out) {
        long seconds = Math.round(minutes * 60);
        if (seconds <= 0) {
            return;
        }
        String hedge = GroupNames.group(m, "hedge");
        out.add(new DurationMention(m.start(), m.end(), text.substring(m.start(), m.end()),
                Duration.ofSeconds(seconds), hedge != null, hedge == null ? null : TimeLexicon.qualifier(hedge)));
    }

    private static double unitMinutes(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("st")) {
            return 60;
        }
        if (u.startsWith("t")) {
            return 24 * 60;
        }
        return 1;
    }

    private static double number(String s) {
        Double word = TimeLexicon.numberWords().get(s.toLowerCase(Locale.ROOT));
        return word != null ? word : Double.parseDouble(s.replace(',', '.'));
    }

    /** True when the word before or after [start, end) shows this is no duration of an event. */
    private static boolean blocked(String text, Sentence s, int start, int end) {
        String before = wordBefore(text, s.start(), start);
        if (TimeLexicon.durationBlockersBefore().contains(before)) {
            return true;
        }
        if (before.equals("von")) {
            int b = start;
            while (b > s.start() && !Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            String beforeVon = wordBefore(text, s.start(), b - 3);
            if (TimeLexicon.durationBlockersBefore().contains(beforeVon)) {
                return true; // "innerhalb von 48 Stunden"
            }
        }
        int i = end;
        while (i < s.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < s.end() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return TimeLexicon.durationBlockersAfter().contains(text.substring(i, j).toLowerCase(Locale.ROOT));
    }

    private static String wordBefore(String text, int from, int pos) {
        int i = Math.max(pos, from);
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int j = i;
        while (j > from && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return text.substring(j, i).toLowerCase(Locale.ROOT);
    }
}
