package org.diplograph.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporal expressions {@link TimexTagger} adds to dates and minute/hour durations, each with a
 * TIMEX2 value: durations in days, weeks, months, years and decades ("drei Jahre" P3Y, "mehrere
 * Wochen" PXW, "zweijährige" P2Y), years and centuries BC ("490 v. Chr." BC0490, "6. Jahrhundert
 * v. Chr." BC05), centuries and decades ("20. Jahrhundert" 19, "1930er Jahre" 193), seasons and
 * half-years ("Sommer 1940" 1940-SU, "im Herbst" {Y}-FA), clock times ("4:45 Uhr" {D}T04:45), parts
 * of a day told relative to the reference ("am selben Abend" {D}TEV, "am nächsten Morgen" {D+1}TMO)
 * and references to now, the past or the future ("heute" PRESENT_REF in narratives, "bald"
 * FUTURE_REF). A value may hold a placeholder the tagger fills from the last date mentioned before:
 * {@code {Y}} its year, {@code {D}} its day, {@code {Y+1}}/{@code {D+1}} shifted.
 */
final class TimexRules {
    private TimexRules() {
    }

    /** One expression; {@code value} may contain placeholders. */
    record Hit(int start, int end, String value) {
    }

    private static final class P {
        private static final class Holder {
            static final P INSTANCE = new P();
        }

        static P get() {
            return Holder.INSTANCE;
        }

        final Pattern duration;
        final Pattern durationAdjective;
        final Pattern lengthAdjective;
        final Pattern bc;
        final Pattern bcCentury;
        final Pattern century;
        final Pattern decade;
        final Pattern decadeWord;
        final Pattern season;
        final Pattern half;
        final Pattern daypartRelative;
        final Pattern daypartAfter;
        final Pattern presentRef;
        final Pattern futureRef;

        P() {
            String numbers = TimeLexicon.alternation(TimeLexicon.numberWords().keySet().stream()
                    .flatMap(w -> Stream.of(w, Character.toUpperCase(w.charAt(0)) + w.substring(1))).toList());
            String vague = "einige|einigen|Einige|wenige|wenigen|Wenige|Wenigen|mehrere|mehreren|Mehrere|viele|vielen|Viele";
            duration = Pattern.compile("(?<![\\p{L}\\d.,])(?:(?<hedge>fast|knapp|rund|etwa|über|mehr\\s+als|weniger\\s+als"
                    + "|mindestens|gut|nahezu|beinahe|Fast|Knapp|Rund|Etwa|Über|Mehr\\s+als|Mindestens|Gut)\\s+)?"
                    + "(?:(?:innerhalb|Innerhalb|binnen|Binnen)\\s+)?"
                    + "(?<n>\\d{1,3}|" + numbers + "|" + vague + ")\\s+"
                    + "(?<unit>Tage|Tagen|Tag|Wochen|Woche|Monate|Monaten|Monat|Jahre|Jahren|Jahr|Jahrzehnte|Jahrzehnten"
                    + "|Jahrzehnt)(?![\\p{L}])");
            durationAdjective = Pattern.compile("(?<![\\p{L}\\d.,])(?<n>\\d{1,3}|" + numbers + "|mehr|Mehr)-?"
                    + "(?<unit>tägig|wöchig|monatig|jährig)(?:e|en|er|es|em)?(?![\\p{L}])");
            lengthAdjective = Pattern.compile("(?<![\\p{L}])(?<unit>tage|Tage|wochen|Wochen|monate|Monate|jahre|Jahre)"
                    + "lang(?:e|en|er|es|em)?(?![\\p{L}])");
            String season = "(?<s>Frühjahr|Frühjahrs|Frühjahres|Frühling|Frühlings|Sommer|Sommers|Herbst|Herbstes|Herbsts"
                    + "|Winter|Winters|Spätsommer|Frühsommer|Hochsommer|Spätherbst|Frühherbst|Spätwinter)";
            bc = Pattern.compile("(?<![\\p{L}\\d.])(?:(?:Anfang|Mitte|Ende|Beginn)\\s+(?:des\\s+)?)?(?:" + season
                    + "(?:\\s+des)?\\s+)?(?:(?:das\\s+|dem\\s+)?Jahr(?:e|es)?\\s+)?(?<y>\\d{1,4})"
                    + "(?:\\s*(?:–|-|/|bis)\\s*(?<y2>\\d{1,4}))?\\s+v\\.\\s*Chr\\.");
            bcCentury = Pattern.compile("(?<![\\p{L}\\d.])(?:(?:Anfang|Mitte|Ende|Beginn|Hälfte)\\s+des\\s+)?"
                    + "(?<c>\\d{1,2})\\.\\s*(?:Jahrhunderts?|Jh\\.)\\s+v\\.\\s*Chr\\.");
            century = Pattern.compile("(?<![\\p{L}\\d.])(?:(?:Anfang|Mitte|Ende|Beginn)\\s+des\\s+)?"
                    + "(?<c>\\d{1,2})\\.\\s*(?:Jahrhunderts?|Jh\\.)(?!\\s+v\\.\\s*Chr)");
            decade = Pattern.compile("(?<![\\p{L}\\d.])(?:(?:Anfang|Mitte|Ende|Beginn)\\s+der\\s+)?(?<d>1\\d\\d|20\\d)0er"
                    + "(?:-|\\s+)?Jahren?(?![\\p{L}])");
            decadeWord = Pattern.compile("(?<![\\p{L}])(?:(?:Anfang|Mitte|Ende|Beginn)\\s+der\\s+)?"
                    + "(?<w>zwanziger|dreißiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger)\\s+Jahren?"
                    + "(?![\\p{L}])");
            this.season = Pattern.compile("(?<![\\p{L}])(?:(?<cue>im|Im|den|ab|Ab|bis|Bis|seit|Seit|zum|Zum|vom|Vom"
                    + "|während|Während|des|Des|diesen|dem|Anfang|Mitte|Ende)\\s+)?" + season
                    + "(?:\\s+(?:des\\s+Jahres\\s+)?(?<y>\\d{4})(?![\\d.,]\\d?)(?:/(?:\\d{4}|\\d{2})(?!\\d))?"
                    + "|\\s+(?:des\\s+)?(?<rel>nächsten|folgenden|selben|gleichen|vorangegangenen|vergangenen)\\s+Jahres)?"
                    + "(?![\\p{L}])");
            half = Pattern.compile("(?<![\\p{L}])(?:(?<o>ersten|zweiten|1\\.|2\\.)\\s+(?:Jahreshälfte|Halbjahr|Halbjahres))"
                    + "(?:\\s+(?<y>\\d{4})(?![\\d.,]\\d?))?");
            daypartRelative = Pattern.compile("(?<![\\p{L}])(?<=(?:am|Am)\\s)(?:(?<rel>selben|gleichen|nächsten|folgenden)\\s+)"
                    + "(?<p>Morgen|Vormittag|Mittag|Nachmittag|Abend)(?![\\p{L}])");
            daypartAfter = Pattern.compile("(?<![\\p{L}])(?<p>Morgen|Abend)\\s+darauf(?![\\p{L}])");
            presentRef = Pattern.compile("(?<![\\p{L}])(?:jetzt|Jetzt|gegenwärtig|Gegenwärtig)(?![\\p{L}])");
            futureRef = Pattern.compile("(?<![\\p{L}])(?:(?:[Ww]enig|[Kk]urze\\s+Zeit)\\s+später|[Kk]urz\\s+(?:darauf|danach)"
                    + "|[Bb]ald|[Ii]n\\s+Zukunft)(?![\\p{L}])");
        }
    }

    private static final Map<String, String> SEASONS = Map.ofEntries(
            Map.entry("früh", "SP"), Map.entry("somm", "SU"), Map.entry("spätsomm", "SU"), Map.entry("frühsomm", "SU"),
            Map.entry("hochsomm", "SU"), Map.entry("herb", "FA"), Map.entry("spätherb", "FA"),
            Map.entry("frühherb", "FA"), Map.entry("wint", "WI"), Map.entry("spätwint", "WI"));

    private static final Map<String, String> DAYPARTS = Map.of("Morgen", "MO", "Vormittag", "MO", "Mittag", "MI",
            "Nachmittag", "AF", "Abend", "EV");

    private static final Map<String, Integer> DECADE_WORDS = Map.of("zwanziger", 2, "dreißiger", 3, "vierziger", 4,
            "fünfziger", 5, "sechziger", 6, "siebziger", 7, "achtziger", 8, "neunziger", 9);

    /**
     * The expressions in {@code text}. {@code narrative} adds "heute" as PRESENT_REF (in a
     * narrative it means "nowadays"; in news {@link DateExtractor} gives it the publication day).
     */
    static List<Hit> scan(String text, boolean narrative) {
        P p = P.get();
        List<Hit> out = new ArrayList<>();
        Matcher m = p.duration.matcher(text);
        while (m.find()) {
            String before = wordBefore(text, m.start());
            String after = wordAfter(text, m.end());
            if (before.equals("vor") || before.equals("Vor") || after.matches("später|danach|darauf|zuvor|vorher|früher")
                    && !isVague(m.group("n"))) {
                continue; // "vor drei Jahren" and "zwei Tage später" are points in time
            }
            String unit = unitCode(m.group("unit"));
            String n = m.group("n");
            String amount = isVague(n) ? "X" : number(n);
            if (amount == null) {
                continue;
            }
            if (after.matches("zuvor|später") && isVague(n)) {
                out.add(new Hit(m.start(), end(text, m.end()), "P" + amount + unit)); // "Jahre zuvor"
            } else {
                out.add(new Hit(m.start(), m.end(), "P" + amount + unit));
            }
        }
        m = p.durationAdjective.matcher(text);
        while (m.find()) {
            String n = m.group("n");
            String amount = n.equalsIgnoreCase("mehr") ? "X" : number(n);
            if (amount != null) {
                out.add(new Hit(m.start(), m.end(), "P" + amount + adjectiveUnit(m.group("unit"))));
            }
        }
        m = p.lengthAdjective.matcher(text);
        while (m.find()) {
            out.add(new Hit(m.start(), m.end(), "PX" + unitCode(m.group("unit"))));
        }
        m = p.bc.matcher(text);
        while (m.find()) {
            String code = m.group("s") == null ? "" : "-" + seasonCode(m.group("s"));
            if (m.group("y2") != null) {
                out.add(new Hit(m.start(), m.end("y"), String.format(Locale.ROOT, "BC%04d", Integer.parseInt(m.group("y")))));
                out.add(new Hit(m.start("y2"), m.end(), String.format(Locale.ROOT, "BC%04d", Integer.parseInt(m.group("y2")))));
            } else {
                out.add(new Hit(m.start(), m.end(), String.format(Locale.ROOT, "BC%04d", Integer.parseInt(m.group("y"))) + code));
            }
        }
        m = p.bcCentury.matcher(text);
        while (m.find()) {
            out.add(new Hit(m.start(), m.end(), String.format(Locale.ROOT, "BC%02d", Integer.parseInt(m.group("c")) - 1)));
        }
        m = p.century.matcher(text);
        while (m.find()) {
            int c = Integer.parseInt(m.group("c"));
            if (c >= 1 && c <= 21) {
                out.add(new Hit(m.start(), m.end(), String.format(Locale.ROOT, "%02d", c - 1)));
            }
        }
        m = p.decade.matcher(text);
        while (m.find()) {
            out.add(new Hit(m.start(), m.end(), m.group("d")));
        }
        m = p.decadeWord.matcher(text);
        while (m.find()) {
            out.add(new Hit(m.start(), m.end(), "19" + DECADE_WORDS.get(m.group("w"))));
        }
        m = p.season.matcher(text);
        while (m.find()) {
            String code = seasonCode(m.group("s"));
            int start = m.group("cue") != null && m.group("cue").matches("Anfang|Mitte|Ende") ? m.start("cue") : m.start("s");
            if (m.group("y") != null) {
                out.add(new Hit(start, m.end("y"), m.group("y") + "-" + code));
            } else if (m.group("rel") != null) {
                String rel = m.group("rel");
                String y = rel.matches("nächsten|folgenden") ? "{Y+1}" : rel.matches("selben|gleichen") ? "{Y}" : "{Y-1}";
                out.add(new Hit(start, m.end(), y + "-" + code));
            } else if (m.group("cue") != null) {
                out.add(new Hit(start, m.end("s"), "{Y}-" + code));
            }
        }
        m = p.half.matcher(text);
        while (m.find()) {
            String h = m.group("o").startsWith("1") || m.group("o").startsWith("e") ? "H1" : "H2";
            out.add(new Hit(m.start(), m.end(), (m.group("y") != null ? m.group("y") : "{Y}") + "-" + h));
        }
        for (ClockTime c : ClockTime.find(text)) {
            out.add(new Hit(c.start(), c.end(), "{D}T" + c.value()));
        }
        m = p.daypartRelative.matcher(text);
        while (m.find()) {
            String d = m.group("rel").matches("nächsten|folgenden") ? "{D+1}" : "{D}";
            out.add(new Hit(m.start(), m.end(), d + "T" + DAYPARTS.get(m.group("p"))));
        }
        m = p.daypartAfter.matcher(text);
        while (m.find()) {
            out.add(new Hit(m.start(), m.end(), "{D+1}T" + DAYPARTS.get(m.group("p"))));
        }
        m = p.presentRef.matcher(text);
        while (m.find()) {
            out.add(new Hit(m.start(), m.end(), "PRESENT_REF"));
        }
        if (narrative) {
            Matcher h = Pattern.compile("(?<![\\p{L}])[Hh]eute(?![\\p{L}])").matcher(text);
            while (h.find()) {
                out.add(new Hit(h.start(), h.end(), "PRESENT_REF"));
            }
        }
        m = p.futureRef.matcher(text);
        while (m.find()) {
            out.add(new Hit(m.start(), m.end(), "FUTURE_REF"));
        }
        return out;
    }

    private static int end(String text, int pos) {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isVague(String n) {
        return n.toLowerCase(Locale.ROOT).matches("einige[n]?|wenige[n]?|mehrere[n]?|viele[n]?");
    }

    /** "3", "2", "1.5" for a digit string or number word, null when unknown. */
    private static String number(String n) {
        Double v = n.matches("\\d+") ? Double.valueOf(n) : TimeLexicon.numberWords().get(n.toLowerCase(Locale.ROOT));
        if (v == null || v <= 0) {
            return null;
        }
        return v == Math.floor(v) ? String.valueOf(v.intValue()) : String.valueOf(v);
    }

    private static String unitCode(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("jahrzehnt")) {
            return "DE";
        }
        if (u.startsWith("tag")) {
            return "D";
        }
        if (u.startsWith("woche")) {
            return "W";
        }
        if (u.startsWith("monat")) {
            return "M";
        }
        return "Y";
    }

    private static String adjectiveUnit(String unit) {
        return switch (unit.charAt(0)) {
            case 't' -> "D";
            case 'w' -> "W";
            case 'm' -> "M";
            default -> "Y";
        };
    }

    private static String seasonCode(String season) {
        String s = season.toLowerCase(Locale.ROOT);
        return SEASONS.entrySet().stream().filter(e -> s.startsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue).orElse("SU");
    }

    private static String wordBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int j = i;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return text.substring(j, i);
    }

    private static String wordAfter(String text, int pos) {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }
}
