package org.diplograph.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Layer;
import org.diplograph.extract.Sentence;
import org.diplograph.extract.TimeMention;
import org.diplograph.extract.TimeValue;
import org.diplograph.extract.time.SentenceText.SentenceMatcher;
import org.diplograph.extract.time.TimeLexicon.Tense;

/**
 * Finds German date expressions ({@link Layer#DATES}) sentence by sentence and gives each a
 * {@link TimeValue} at the precision the text supports.
 * <ul>
 *   <li>Explicit: "16. Mai 2025", "Donnerstag, 3. Juli 2025", "16.05.2025", "2025-05-16" (day);
 *       "Mai 2025", "im März 2025", "Mitte Mai 2025" (month); "im Jahr 2025", "seit 2022",
 *       "Ende 2024", "1939 überfiel …" at the start of a sentence (year). {@code relative=false}.</li>
 *   <li>Anchored on the publication date ({@code relative=true}, value null when it is unknown):
 *       a day or month without a year ("am 16. Mai", "16.5.", "im März", "Anfang Juni"),
 *       weekdays ("am Donnerstag", "am Mittwochabend", "am vergangenen Freitag"),
 *       "heute", "gestern", "morgen", "vorgestern", "übermorgen" and
 *       "in diesem Jahr", "im vergangenen Jahr", "letzten Monat", "im Vorjahr".</li>
 *   <li>A range ("vom 16. bis 18. Mai", "16./17. Mai") is one mention whose value is its first
 *       day; "am 16. und 18. Mai" are two mentions.</li>
 *   <li>The year of a day or month without a year, and the week of a weekday, follow the tense of
 *       the clause around the mention (cue words in {@code tense-cues.txt}; the sentence decides when
 *       the clause has none). Future: the next such weekday on or after publication, and a
 *       date more than 31 days before publication moves to the next year. Past: the latest such
 *       weekday on or before publication, and a date more than 14 days after publication moves to
 *       the year before. No cue: like the past, but the year only moves back when the date would be
 *       more than nine months after publication. "vergangenen"/"letzten" and "kommenden"/"nächsten"
 *       force the direction.</li>
 *   <li>Not dates: times of day ("um 19:24 Uhr"), numbers that are not years ("Nr. 62",
 *       "250 Jahren", "2.000 Soldaten", "seit 2000 Jahren"), "am Vorabend", "bis heute".</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class DateExtractor implements Extractor<TimeMention> {

    /**
     * What a day or month given without a year ("am 28. Januar", "im März") and a bare weekday are
     * anchored on.
     */
    public enum Anchoring {
        /**
         * News (the default): the article's publication date, with the tense rule; without a
         * publication date such mentions keep {@code value == null}.
         */
        PUBLICATION,
        /**
         * Narratives (history, Wikipedia): the reference time, i.e. the last date mentioned before in
         * the text (any precision), the way HeidelTime treats narrative documents. Its year is taken;
         * a weekday needs a day-precision reference and is the next such day on or after it. Before
         * the first date, such mentions keep {@code value == null}. Deictic words ("heute",
         * "im vergangenen Jahr") still use the publication date.
         */
        NARRATIVE
    }

    private final Anchoring anchoring;

    /** The news extractor: relative dates anchored on the publication date. */
    public DateExtractor() {
        this(Anchoring.PUBLICATION);
    }

    public DateExtractor(Anchoring anchoring) {
        this.anchoring = java.util.Objects.requireNonNull(anchoring);
        Patterns.get(); // fail at construction if a word list is missing
    }

    public Anchoring anchoring() {
        return anchoring;
    }

    /**
     * How many date mentions of {@code article} are relative but have no value because nothing
     * anchors them (no publication date): the build report's warning count. Needs {@link Layer#DATES}.
     */
    public static int unresolvedRelative(AnnotatedArticle article) {
        return (int) article.get(Layer.DATES).stream().filter(t -> t.relative() && t.value() == null).count();
    }

    @Override
    public Layer<TimeMention> produces() {
        return Layer.DATES;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public List<TimeMention> extract(AnnotatedArticle article) {
        String text = article.text();
        LocalDate pub = article.article().published();
        List<Candidate> result = new ArrayList<>();
        TimeValue reference = null;
        List<Sentence> sentences = article.get(Layer.SENTENCES);
        Patterns p = Patterns.get();
        // null for a sentence that has none of the words or digits some pattern needs (see Patterns.mayMatch)
        SentenceText[] texts = new SentenceText[sentences.size()];
        for (int i = 0; i < texts.length; i++) {
            Sentence s = sentences.get(i);
            if (p.mayMatch.passes(text, s.start(), s.end())) {
                texts[i] = new SentenceText(text, s, p.literals);
            }
        }
        Map<String, java.time.MonthDay> stated = statedHolidays(texts);
        for (int si = 0; si < sentences.size(); si++) {
            if (texts[si] == null) {
                continue;
            }
            List<Candidate> found = new ArrayList<>();
            new SentenceScan(text, sentences.get(si), pub, anchoring == Anchoring.NARRATIVE, stated, texts[si], found)
                    .run();
            List<Candidate> chosen = select(found);
            for (int i = 0; i < chosen.size(); i++) {
                Candidate c = chosen.get(i);
                Candidate next = i + 1 < chosen.size() ? chosen.get(i + 1) : null;
                if (c.anaphor && next != null && !next.anaphor
                        && APPOSITION.matcher(text.substring(c.end, next.start)).matches()) {
                    // "Einen Monat später, am 19. Mai": both name the day the text gives
                    if (next.pending != null) {
                        next = next.resolve(reference);
                    }
                    result.add(c.withValue(next.value));
                    c = next;
                    i++;
                } else if (c.pending != null) {
                    c = c.resolve(reference);
                }
                if (c.value != null && !(c.deictic && anchoring == Anchoring.NARRATIVE)) {
                    reference = c.value;
                }
                result.add(c);
            }
        }
        return result.stream()
                .map(c -> new TimeMention(c.start, c.end, text.substring(c.start, c.end), c.value, c.relative))
                .toList();
    }

    /**
     * The dates the text gives holidays whose date depends on the country ("?KEY" in
     * {@code holidays.txt}): a sentence naming the holiday and exactly one day of a month
     * ("Der Unabhängigkeitstag wird am 4. Juli gefeiert").
     */
    private static Map<String, java.time.MonthDay> statedHolidays(SentenceText[] texts) {
        Map<String, java.time.MonthDay> stated = new java.util.HashMap<>();
        Patterns p = Patterns.get();
        for (SentenceText st : texts) {
            if (st == null || (st.literals() & Patterns.HOLIDAY) == 0) {
                continue; // no holiday name: the pattern cannot match
            }
            SentenceMatcher h = st.matcher(p.holiday, p.holidayStarts);
            while (h.find()) {
                String date = TimeLexicon.holidays().get(h.group("h"));
                if (!date.startsWith("?") || h.group("eve") != null || stated.containsKey(date)) {
                    continue;
                }
                SentenceMatcher d = st.matcher(p.dayMonth, p.dayMonthStarts);
                List<java.time.MonthDay> days = new ArrayList<>();
                while (d.find()) {
                    if (d.group("conj") == null && date(2000, TimeLexicon.month(d.group("m")), Integer.parseInt(d.group("d"))) != null) {
                        days.add(java.time.MonthDay.of(TimeLexicon.month(d.group("m")), Integer.parseInt(d.group("d"))));
                    }
                }
                if (days.size() == 1) {
                    stated.put(date, days.get(0));
                }
            }
        }
        return stated;
    }

    /** Longest first, explicit before relative; then text order. */
    private static final Comparator<Candidate> PREFERRED = Comparator.comparingInt((Candidate c) -> c.start - c.end)
            .thenComparing((a, b) -> Boolean.compare(a.relative, b.relative))
            .thenComparingInt(c -> c.start);

    /** The candidates that do not overlap a preferred one ({@link #PREFERRED}), in text order. */
    private static List<Candidate> select(List<Candidate> found) {
        if (found.size() <= 1) {
            return found;
        }
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort(PREFERRED);
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : sorted) {
            if (!overlapsAny(c, chosen)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    private static boolean overlapsAny(Candidate c, List<Candidate> chosen) {
        for (Candidate o : chosen) {
            if (o.start < c.end && c.start < o.end) {
                return true;
            }
        }
        return false;
    }

    /**
     * A found expression. {@code pending} is set for expressions whose value comes from the reference
     * time (the last date mentioned before them); {@code deictic} for values computed from the
     * publication date, which in narrative mode do not become the reference time.
     */
    private record Candidate(int start, int end, TimeValue value, boolean relative, Pending pending, boolean deictic,
                             boolean anaphor) {
        Candidate(int start, int end, TimeValue value, boolean relative) {
            this(start, end, value, relative, null, false, false);
        }

        Candidate(int start, int end, TimeValue value, boolean relative, Pending pending, boolean deictic) {
            this(start, end, value, relative, pending, deictic, false);
        }

        /** The value of a pending candidate given the reference time (null when there is none). */
        Candidate resolve(TimeValue reference) {
            return withValue(reference == null ? null : pending.resolve(reference));
        }

        Candidate withValue(TimeValue v) {
            return new Candidate(start, end, v, true, null, false, anaphor);
        }
    }

    /** ", am 19. Mai" right after "Einen Monat später": the date in apposition names the same time. */
    private static final Pattern APPOSITION = Pattern.compile("\\s*,?\\s*(?:am|Am|im|Im|vom|Vom|zum|Zum)?\\s*");

    /** How a pending expression gets its value from the reference time; null when it cannot. */
    @FunctionalInterface
    private interface Pending {
        TimeValue resolve(TimeValue reference);

        /** A day or month ({@code day == 0}) without year: the reference's year. */
        static Pending yearOf(int month, int day) {
            return ref -> {
                if (day == 0) {
                    return TimeValue.ofMonth(ref.year(), month);
                }
                LocalDate d = date(ref.year(), month, day);
                return d == null ? null : TimeValue.ofDay(d);
            };
        }

        /** A weekday: the next such day on or after a day-precision reference. */
        static Pending weekday(int dow) {
            return ref -> ref.date() == null ? null
                    : TimeValue.ofDay(ref.date().with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow))));
        }

        /** The reference moved by {@code n} units, at the precision of the unit (needs that precision). */
        static Pending shift(java.time.temporal.ChronoUnit unit, int n) {
            return ref -> switch (unit) {
                case DAYS, WEEKS -> ref.date() == null ? null : TimeValue.ofDay(ref.date().plus(n, unit));
                case MONTHS -> {
                    if (ref.precision() == TimeValue.Precision.YEAR) {
                        yield null;
                    }
                    YearMonth ym = YearMonth.of(ref.year(), ref.month()).plusMonths(n);
                    yield TimeValue.ofMonth(ym.getYear(), ym.getMonthValue());
                }
                default -> TimeValue.ofYear(ref.year() + n);
            };
        }
    }

    /** Which way a relative expression points. */
    private enum Direction {
        BACK_OR_SAME, FORWARD_OR_SAME, STRICTLY_BACK, STRICTLY_FORWARD
    }

    // -------------------------------------------------------------------------------- patterns

    private static final class Patterns {
        private static final class Holder {
            static final Patterns INSTANCE = new Patterns();
        }

        static Patterns get() {
            return Holder.INSTANCE;
        }

        /** The modifiers before a year in {@link #yearStrong} ("Ende 2024", "Sommer 1990"). */
        static final List<String> YEAR_MODIFIERS = List.of("Anfang", "Mitte", "Ende", "Beginn", "Frühjahr", "Frühling",
                "Sommer", "Herbst", "Winter", "Jahresbeginn", "Jahresanfang", "Jahresmitte", "Jahresende",
                "Jahreswechsel");

        /** The words before a year in {@link #yearWeak} ("bis 2025"), which its matches begin with. */
        static final List<String> WEAK_YEAR_CUES = List.of("bis", "Bis", "ab", "Ab", "von", "Von", "vor", "Vor", "nach",
                "Nach", "um", "Um", "in", "In", "im", "Im", "zwischen", "Zwischen", "für", "Für", "bereits", "Bereits",
                "schon", "Schon", "erst", "Erst", "noch", "Noch");

        static final String REL_WORDS = "vergangenen|vergangenes|letzten|letztes|kommenden|kommendes|nächsten|nächstes"
                + "|diesen|diesem|dieses|laufenden";

        final Pattern dayMonth;
        final Pattern numeric;
        final Pattern iso;
        final Pattern monthCue;
        final Pattern monthYear;
        final Pattern yearStrong;
        final Pattern yearWeak;
        final Pattern yearInitial;
        final Pattern yearFinal;
        final Pattern yearParenthesised;
        final Pattern yearRange;
        final Pattern yearBare;
        final Pattern yearCoordinated;
        final Pattern weekday;
        final Pattern relativeDay;
        final Pattern relativePeriod;
        final Pattern periodOfThisYear;
        final Pattern anaphorSame;
        final Pattern anaphorAfter;
        final Pattern anaphorBefore;
        final Pattern anaphorCount;
        final Pattern week;
        final Pattern agoOrIn;
        final Pattern holiday;

        /*
         * Groups of words of which every match of a pattern has one at a word start (case-sensitive,
         * as the patterns are; as a prefix, "Jahr" at "Jahres"): a sentence without any of them is not
         * scanned with that pattern. Each word stands in its pattern after whitespace ("im\\s+März",
         * "zwei\\s+Tage"), after the full stop of a day ("16.Mai") or at the start of the pattern
         * after a lookbehind that excludes letters, so it begins at a word start (FirstWords). Only a
         * speed-up; for a multi-word lexicon entry its first word. Each constant is the group's bit in
         * what {@link #literals} finds in a sentence.
         */
        static final long MONTH = 1L;
        static final long FULL_MONTH = 1L << 1;
        static final long WEEKDAY = 1L << 2;
        static final long RELATIVE_DAY = 1L << 3;
        static final long HOLIDAY = 1L << 4;
        static final long TAG = 1L << 5;
        static final long WOCHE = 1L << 6;
        static final long MONAT = 1L << 7;
        static final long JAHR = 1L << 8;
        static final long JAHRES = 1L << 9;
        static final long VORJAHR = 1L << 10;
        static final long VORMONAT = 1L << 11;
        static final long DARAUF = 1L << 12;
        static final long VORTAG = 1L << 13;
        static final long YEAR_CUE = 1L << 14;

        /**
         * The groups of which {@link SentenceScan#run()} needs a word (or else a digit) before it runs
         * any pattern, and {@code statedHolidays} before it looks at a sentence: FULL_MONTH's words are
         * MONTH's, JAHRES is only asked for with MONTH, YEAR_CUE only with four digits, and the groups
         * of the {@link Starts} only decide where a pattern that runs is tried.
         */
        static final long ANY_PATTERN = MONTH | WEEKDAY | RELATIVE_DAY | HOLIDAY | TAG | WOCHE | MONAT | JAHR
                | VORJAHR | VORMONAT | DARAUF | VORTAG;

        /**
         * The cheapest check, before a sentence's word starts are looked up at all: whether it has an
         * ASCII digit or a word of the {@link #ANY_PATTERN} groups at a word start. A sentence without
         * any (most) cannot match a pattern.
         */
        final SentenceGate mayMatch;

        /**
         * Finds the groups above at the word starts of a sentence, and after them the word groups of
         * the starts below (added by {@link #starts}).
         */
        final FirstWords literals;

        /*
         * Where each pattern's matches can begin (see Starts): after the chars its leading lookbehind
         * excludes, with the first words of its leading alternatives or a digit. Kept next to the
         * patterns they are read from; a pattern without one is tried at every position.
         */
        final Starts dayMonthStarts;
        final Starts numericStarts;
        final Starts monthCueStarts;
        final Starts monthYearStarts;
        final Starts cueThenYear = Starts.wordThenNumber();
        final Starts weakCueThenYear;
        final Starts yearStarts = Starts.of("0123456789.,", Starts.Number.YEAR, 0);
        final Starts yearRangeStarts = Starts.of("0123456789.,", Starts.Number.YEAR_RANGE, 0);
        final Starts weekdayStarts;
        final Starts relativeDayStarts;
        final Starts relativePeriodStarts;
        final Starts periodOfThisYearStarts;
        final Starts anaphorSameStarts;
        final Starts anaphorAfterStarts;
        final Starts anaphorBeforeStarts;
        final Starts anaphorCountStarts;
        final Starts weekStarts;
        final Starts agoOrInStarts;
        final Starts holidayStarts;

        /** The word groups of {@link #literals}, in the order of their bits. */
        private final List<List<String>> groups = new ArrayList<>();

        private Patterns() {
            List<String> full = new ArrayList<>();
            List<String> abbr = new ArrayList<>();
            TimeLexicon.months().keySet().forEach(w -> (w.endsWith(".") ? abbr : full).add(w));
            String monthFull = "(?:" + TimeLexicon.trieAlternation(full) + ")(?![\\p{L}])";
            String month = "(?<m>" + monthFull + "|" + TimeLexicon.trieAlternation(abbr) + ")";
            String monthFullOnly = "(?<m>" + monthFull + ")";
            String weekdays = TimeLexicon.trieAlternation(TimeLexicon.weekdays().keySet());
            String dayparts = TimeLexicon.trieAlternation(TimeLexicon.dayparts());
            List<String> capitalised = TimeLexicon.dayparts().stream()
                    .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList();
            String daypartWord = TimeLexicon.trieAlternation(capitalised) + "|" + dayparts;
            String yearTail = "(?:\\s+(?:des\\s+Jahres\\s+)?(?<y>\\d{4})(?![\\d]|[.,]\\d)"
                    + "|\\s+(?<ry>(?:des\\s+)?(?:" + REL_WORDS + ")\\s+Jahres))";
            String weekdayPrefix = "(?:(?<wd>" + weekdays + ")(?:" + dayparts + ")?,?\\s+(?:(?:den|dem)\\s+)?)?";

            dayMonth = Pattern.compile("(?<![\\p{L}\\d.])" + weekdayPrefix
                    + "(?<d>\\d{1,2})\\.\\s*(?:(?<conj>bis(?:\\s+(?:zum|einschließlich))?|und|–|-|/)\\s*"
                    + "(?:(?:zum|den|dem)\\s+)?(?<d2>\\d{1,2})\\.\\s*)?" + month + yearTail + "?");
            numeric = Pattern.compile("(?<![\\p{L}\\d.,])" + weekdayPrefix
                    + "(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>\\d{4}|\\d{2}(?!\\d))?(?!\\d)");
            iso = Pattern.compile("(?<![\\d-])(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?![\\d-])");
            monthCue = Pattern.compile("(?<![\\p{L}])(?:(?<mod>Anfang|Mitte|Ende|Beginn)\\s+"
                    + "|(?:im|Im|seit|Seit|bis|Bis|ab|Ab|vom|Vom|zum|Zum|in|In)\\s+(?:(?<rel>" + REL_WORDS + ")\\s+)?)"
                    + monthFullOnly + yearTail + "?");
            monthYear = Pattern.compile("(?<![\\p{L}])" + month + yearTail);
            yearStrong = Pattern.compile("(?<![\\p{L}])(?:(?<mod>" + String.join("|", YEAR_MODIFIERS) + ")\\s+"
                    + "|(?<jahr>(?:\\p{Lu}\\p{L}*j|J)ahr(?:e|es|s|en)?)\\s+|(?:seit|Seit)\\s+)"
                    + "(?<y>\\d{4})(?![\\d]|[.,]\\d)");
            yearWeak = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", WEAK_YEAR_CUES) + ")\\s+"
                    + "(?<y>\\d{4})(?![\\d]|[.,]\\d)");
            yearInitial = Pattern.compile("^[„\"»«‚']?(?<y>\\d{4})(?=,?\\s+\\p{Ll}|\\s+[–—-]\\s|$)");
            yearFinal = Pattern.compile("(?<![\\p{L}\\d.,])(?<y>\\d{4})$");
            yearParenthesised = Pattern.compile("\\((?<y>\\d{4})\\)");
            yearRange = Pattern.compile("(?<![\\p{L}\\d.,])(?<y>\\d{4})\\s*(?:–|-|/|bis)\\s*(?<y2>\\d{4}|\\d{2})"
                    + "(?![\\d]|[.,]\\d)");
            yearBare = Pattern.compile("(?<![\\p{L}\\d.,])(?<y>1[89]\\d{2}|20\\d{2})(?![\\d]|[.,]\\d)");
            yearCoordinated = Pattern.compile("\\s*(?:und|bis|oder|sowie|–|-|/)\\s*(?:(?:zum\\s+)?Jahr\\s+)?"
                    + "(?<y>\\d{4})(?![\\d]|[.,]\\d)");
            weekday = Pattern.compile("(?<![\\p{L}])(?:(?<prep>am|Am|vom|Vom|seit|Seit|bis|Bis|ab|Ab|zum|Zum|jeden"
                    + "|Jeden|jedem|Jedem|des|Des|an|An)\\s+)?(?:(?<rel>" + REL_WORDS + ")\\s+)?"
                    + "(?<wd>" + weekdays + ")(?:" + dayparts + ")?(?![\\p{L}])");
            List<String> relDays = new ArrayList<>();
            TimeLexicon.relativeDays().keySet().forEach(w -> {
                relDays.add(w);
                relDays.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            });
            // the words a match of yearStrong begins with unless the word before its year has "ahr" ("Jahr",
            // "Kalenderjahre"): its modifiers and "seit"
            List<String> yearCues = new ArrayList<>(YEAR_MODIFIERS);
            yearCues.addAll(List.of("seit", "Seit"));
            // in the order of the bits above
            groups.addAll(List.of(firstWords(TimeLexicon.months().keySet()), firstWords(full),
                    firstWords(TimeLexicon.weekdays().keySet()), firstWords(relDays),
                    firstWords(TimeLexicon.holidays().keySet()), List.of("Tag"), List.of("Woche"), List.of("Monat"),
                    List.of("Jahr"), List.of("Jahres"), List.of("Vorjahr"), List.of("Vormonat"), List.of("darauf"),
                    List.of("Vortag"), yearCues));
            relativeDay = Pattern.compile("(?<![\\p{L}])(?<w>" + TimeLexicon.trieAlternation(relDays) + ")"
                    + "(?:\\s+(?:" + daypartWord + "))?(?![\\p{L}])");
            relativePeriod = Pattern.compile("(?<![\\p{L}])(?:(?<mod>Anfang|Mitte|Ende|Beginn)\\s+(?:des\\s+)?)?"
                    + "(?<rel>" + REL_WORDS + ")\\s+(?<unit>Jahr|Jahres|Monat|Monats)(?![\\p{L}])"
                    + "|(?<![\\p{L}])(?<prev>Vorjahr|Vorjahres|Vorjahrs|Vormonat|Vormonats)(?![\\p{L}])");
            // "am selben Tag", "des folgenden Jahres", "Ende des vorangegangenen Jahres", "an diesem Tag"
            anaphorSame = Pattern.compile("(?<![\\p{L}])(?:(?<mod>Anfang|Mitte|Ende|Beginn|Laufe|Verlauf)\\s+"
                    + "(?:des|dieses)\\s+)?(?<rel>selben|selbigen|gleichen|folgenden|darauffolgenden|darauf\\s+folgenden"
                    + "|vorangegangenen|vorausgegangenen|neuen|(?<=(?:am|Am|an|An|zum|Zum|vom|Vom)\\s)nächsten"
                    + "|(?<=(?:an|An)\\s)diesem|(?<=(?:am|Am)\\s)selben|desselben|dieses(?=\\s+Tages))\\s+"
                    + "(?<unit>Tag|Tages|Monat|Monats|Jahr|Jahres)(?![\\p{L}])");
            anaphorAfter = Pattern.compile("(?<![\\p{L}])(?<unit>Tag|Jahr|tags)\\s+darauf(?![\\p{L}])");
            anaphorBefore = Pattern.compile("(?<=(?:am|Am|vom|Vom|zum|Zum)\\s)(?<unit>Vortag|Vortages)(?![\\p{L}])");
            String count = "(?<n>\\d{1,3}|" + TimeLexicon.trieAlternation(TimeLexicon.numberWords().keySet().stream()
                    .flatMap(w -> java.util.stream.Stream.of(w, Character.toUpperCase(w.charAt(0)) + w.substring(1)))
                    .toList()) + ")";
            // "zwei Tage später", "eine Woche danach", "drei Jahre zuvor"; "nach zwei Tagen"
            anaphorCount = Pattern.compile("(?<![\\p{L}\\d.,])(?:" + count
                    + "\\s+(?<unit>Tage|Tagen|Tag|Woche|Wochen|Monate|Monaten|Monat|Jahre|Jahren|Jahr)"
                    + "\\s+(?<dir>später|danach|darauf|zuvor|vorher|früher)"
                    + "|(?<nach>nach|Nach)\\s+" + count.replace("<n>", "<n2>") + "\\s+(?<unit2>Tagen|Wochen))(?![\\p{L}])");
            week = Pattern.compile("(?<![\\p{L}])(?<rel>[Vv]ergangenen|[Vv]ergangene|[Ll]etzten|[Ll]etzte|[Kk]ommenden"
                    + "|[Kk]ommende|[Nn]ächsten|[Nn]ächste|[Dd]ieser|[Dd]iese|[Ll]aufenden)\\s+Woche(?![\\p{L}])");
            agoOrIn = Pattern.compile("(?<![\\p{L}])(?<prep>vor|Vor|in|In)\\s+" + count
                    + "\\s+(?<unit>Tagen|Tag|Wochen|Woche|Monaten|Monat)(?![\\p{L}])");
            // a holiday is a date where it says when: "am/an/zu/bis/seit Weihnachten", "am Vorabend des
            // Unabhängigkeitstags", "Weihnachten 1966"; not "gratulierte zum Unabhängigkeitstag"
            holiday = Pattern.compile("(?<![\\p{L}-])(?:(?<cue>am|Am|an|An|zu|Zu|bis|Bis|seit|Seit|ab|Ab)\\s+(?:(?<eve>Vorabend|Vortag)\\s+"
                    + "(?:des|der|von)\\s+)?(?:(?:dem|den|der)\\s+)?)?"
                    + "(?<h>" + TimeLexicon.trieAlternation(TimeLexicon.holidays().keySet()) + ")"
                    + "(?:\\s+(?<y>\\d{4})(?![\\d]|[.,]\\d))?(?![\\p{L}\\d-])");
            List<String> weekdayWords = firstWords(TimeLexicon.weekdays().keySet());
            List<String> relWords = List.of(REL_WORDS.split("\\|"));
            dayMonthStarts = starts("0123456789.", Starts.Number.DAY, weekdayWords);
            numericStarts = starts("0123456789.,", Starts.Number.DAY_MONTH, weekdayWords);
            monthCueStarts = starts("", Starts.Number.NONE, List.of("Anfang", "Mitte", "Ende", "Beginn", "im", "Im", "seit",
                    "Seit", "bis", "Bis", "ab", "Ab", "vom", "Vom", "zum", "Zum", "in", "In"));
            monthYearStarts = starts("", Starts.Number.NONE, firstWords(TimeLexicon.months().keySet()));
            List<String> weekdayFirst = new ArrayList<>(List.of("am", "Am", "vom", "Vom", "seit", "Seit", "bis", "Bis",
                    "ab", "Ab", "zum", "Zum", "jeden", "Jeden", "jedem", "Jedem", "des", "Des", "an", "An"));
            weekdayFirst.addAll(relWords);
            weekdayFirst.addAll(weekdayWords);
            weekdayStarts = starts("", Starts.Number.NONE, weekdayFirst);
            relativeDayStarts = starts("", Starts.Number.NONE, firstWords(relDays));
            List<String> periodFirst = new ArrayList<>(List.of("Anfang", "Mitte", "Ende", "Beginn", "Vorjahr", "Vormonat"));
            periodFirst.addAll(relWords);
            relativePeriodStarts = starts("", Starts.Number.NONE, periodFirst);
            List<String> countFirst = new ArrayList<>(List.of("nach", "Nach"));
            for (String w : firstWords(TimeLexicon.numberWords().keySet())) {
                countFirst.add(w);
                countFirst.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
            anaphorCountStarts = starts("0123456789.,", Starts.Number.ANY, countFirst);
            List<String> holidayFirst = new ArrayList<>(List.of("am", "Am", "an", "An", "zu", "Zu", "bis", "Bis", "seit",
                    "Seit", "ab", "Ab"));
            holidayFirst.addAll(firstWords(TimeLexicon.holidays().keySet()));
            holidayStarts = starts("-", Starts.Number.NONE, holidayFirst);
            periodOfThisYearStarts = starts("", Starts.Number.NONE, List.of("Anfang", "Mitte", "Ende", "Beginn", "Jahres"));
            anaphorSameStarts = starts("", Starts.Number.NONE, List.of("Anfang", "Mitte", "Ende", "Beginn",
                    "Laufe", "Verlauf", "selben", "selbigen", "gleichen", "folgenden", "darauf", "vorangegangenen",
                    "vorausgegangenen", "neuen", "nächsten", "diesem", "desselben", "dieses"));
            anaphorAfterStarts = starts("", Starts.Number.NONE, List.of("Tag", "Jahr", "tags"));
            anaphorBeforeStarts = starts("", Starts.Number.NONE, List.of("Vortag"));
            weekStarts = starts("", Starts.Number.NONE, List.of("Vergangene", "vergangene", "Letzte",
                    "letzte", "Kommende", "kommende", "Nächste", "nächste", "Diese", "diese", "Laufenden", "laufenden"));
            agoOrInStarts = starts("", Starts.Number.NONE, List.of("vor", "Vor", "in", "In"));
            groups.add(WEAK_YEAR_CUES);
            weakCueThenYear = Starts.wordThenNumber(1L << (groups.size() - 1));
            literals = new FirstWords(groups);
            mayMatch = new SentenceGate(literals, ANY_PATTERN, SentenceGate.wordsOf(groups, ANY_PATTERN));
            periodOfThisYear = Pattern.compile("(?<![\\p{L}])(?:(?:Anfang|Mitte|Ende|Beginn)\\s+des\\s+Jahres"
                    + "|Jahresbeginn|Jahresanfang|Jahresmitte|Jahresende)(?![\\p{L}\\d]|\\s+\\d)");
        }

        /** A {@link Starts} whose words become the next group of {@link #literals}. */
        private Starts starts(String notAfter, Starts.Number number, List<String> words) {
            groups.add(List.copyOf(words));
            return Starts.of(notAfter, number, 1L << (groups.size() - 1));
        }
    }

    // -------------------------------------------------------------------------------- scanning

    /** Finds the candidates of one sentence. */
    private static final class SentenceScan {
        private final String text;
        private final Sentence sentence;
        private final LocalDate pub;
        private final boolean narrative;
        private final List<Candidate> out;
        private final Patterns p = Patterns.get();

        private final Map<String, java.time.MonthDay> statedHolidays;

        /** The literal groups the sentence contains, for the cheap checks before each pattern (see {@link Patterns}). */
        private final long has;

        /** The sentence's own text and word starts, which the patterns run on. */
        private final SentenceText st;

        /** The sentence's tense cue words, for {@link #tense(int, int)}. */
        private final TenseWords tenseWords;

        SentenceScan(String text, Sentence sentence, LocalDate pub, boolean narrative,
                     Map<String, java.time.MonthDay> statedHolidays, SentenceText st, List<Candidate> out) {
            this.statedHolidays = statedHolidays;
            this.text = text;
            this.sentence = sentence;
            this.pub = pub;
            this.narrative = narrative;
            this.out = out;
            this.st = st;
            this.has = st.literals();
            this.tenseWords = new TenseWords(text, sentence.start(), sentence.end());
        }

        /** The pattern's matches in the sentence, tried at every position. */
        private SentenceMatcher matcher(Pattern pattern) {
            return st.matcher(pattern);
        }

        /** The pattern's matches in the sentence, tried only where {@code starts} allows one to begin. */
        private SentenceMatcher matcher(Pattern pattern, Starts starts) {
            return st.matcher(pattern, starts);
        }

        void run() {
            // each pattern runs only when the sentence has a literal every one of its matches contains
            int digits = st.longestDigitRun();
            boolean digit = digits >= 1;
            boolean year = digits >= 4;
            boolean month = (has & Patterns.MONTH) != 0;
            boolean tag = (has & Patterns.TAG) != 0;
            boolean woche = (has & Patterns.WOCHE) != 0;
            boolean monat = (has & Patterns.MONAT) != 0;
            boolean jahr = (has & Patterns.JAHR) != 0;
            if (digit && month) {
                dayMonth();
            }
            if (digit) {
                numeric();
            }
            if (year) {
                iso();
            }
            if ((has & Patterns.FULL_MONTH) != 0) {
                monthCue();
            }
            if (month && (year || (has & Patterns.JAHRES) != 0)) {
                monthYear();
            }
            if (year) {
                years();
            }
            if ((has & Patterns.WEEKDAY) != 0) {
                weekdays();
            }
            if ((has & Patterns.RELATIVE_DAY) != 0) {
                relativeDays();
            }
            if (jahr || monat || (has & (Patterns.VORJAHR | Patterns.VORMONAT)) != 0) {
                relativePeriods(jahr);
            }
            boolean darauf = (has & Patterns.DARAUF) != 0;
            boolean vortag = (has & Patterns.VORTAG) != 0;
            if (tag || woche || monat || jahr || darauf || vortag) {
                anaphors(tag || monat || jahr, darauf, vortag, tag || woche || monat || jahr);
            }
            if (woche) {
                weeks();
            }
            if (tag || woche || monat) {
                agoOrIn();
            }
            if ((has & Patterns.HOLIDAY) != 0) {
                holidays();
            }
        }

        private void dayMonth() {
            SentenceMatcher m = matcher(p.dayMonth, p.dayMonthStarts);
            while (m.find()) {
                int month = TimeLexicon.month(m.group("m"));
                int d1 = Integer.parseInt(m.group("d"));
                YearPart year = yearPart(m);
                int end = year.end;
                String conj = m.group("conj");
                int start = m.group("wd") != null ? m.start("wd") : m.start("d");
                if (conj == null) {
                    addDay(start, end, d1, month, year);
                } else if (conj.equals("und")) {
                    addDay(start, m.end("d") + 1, d1, month, year);
                    addDay(m.start("d2"), end, Integer.parseInt(m.group("d2")), month, year);
                } else {
                    int d2 = Integer.parseInt(m.group("d2"));
                    int firstMonth = d1 > d2 ? (month == 1 ? 12 : month - 1) : month;
                    addDay(start, end, d1, firstMonth, year);
                }
            }
        }

        private void numeric() {
            SentenceMatcher m = matcher(p.numeric, p.numericStarts);
            while (m.find()) {
                int day = Integer.parseInt(m.group("d"));
                int month = Integer.parseInt(m.group("mo"));
                int start = m.group("wd") != null ? m.start("wd") : m.start("d");
                String y = m.group("y");
                if (y == null && m.group("wd") == null && !precededBy(m.start(), "am", "vom", "bis", "zum", "seit",
                        "ab", "den", "dem", "Am", "Vom", "Bis", "Seit", "Ab")) {
                    continue; // "3.2." alone may be a section number
                }
                YearPart year;
                if (y == null) {
                    year = new YearPart(null, 0, m.end());
                } else {
                    int n = Integer.parseInt(y);
                    if (y.length() == 2) {
                        int pivot = pub == null ? 40 : pub.getYear() % 100 + 10;
                        n += n <= pivot ? 2000 : 1900;
                    }
                    year = new YearPart(n, 0, m.end());
                }
                addDay(start, m.end(), day, month, year);
            }
        }

        private void iso() {
            if (!hasIsoShape(st.text())) {
                return; // every match has "dddd-dd-dd"
            }
            SentenceMatcher m = matcher(p.iso);
            while (m.find()) {
                addDay(m.start(), m.end(), Integer.parseInt(m.group("d")), Integer.parseInt(m.group("mo")),
                        new YearPart(Integer.parseInt(m.group("y")), 0, m.end()));
            }
        }

        private void monthCue() {
            SentenceMatcher m = matcher(p.monthCue, p.monthCueStarts);
            while (m.find()) {
                int start = m.group("mod") != null ? m.start("mod")
                        : m.group("rel") != null ? m.start("rel") : m.start("m");
                String rel = m.group("rel");
                Direction forced = rel == null ? null : direction(rel);
                if (rel != null && forced == null && !rel.startsWith("dies")) {
                    continue;
                }
                addMonth(start, m, forced);
            }
        }

        private void monthYear() {
            SentenceMatcher m = matcher(p.monthYear, p.monthYearStarts);
            while (m.find()) {
                if (m.group("y") != null && yearPart(m).year == null) {
                    continue; // "Mai 2000 Soldaten"
                }
                addMonth(m.start("m"), m, null);
            }
        }

        private void addMonth(int start, SentenceMatcher m, Direction forced) {
            int month = TimeLexicon.month(m.group("m"));
            YearPart year = yearPart(m);
            if (year.year != null) {
                add(start, year.end, TimeValue.ofMonth(year.year, month), false);
            } else if (year.relativeYears != 0 || m.group("ry") != null) {
                add(start, year.end, pub == null ? null : TimeValue.ofMonth(pub.getYear() + year.relativeYears, month),
                        true);
            } else if (narrative && forced == null) {
                out.add(new Candidate(start, year.end, null, true, Pending.yearOf(month, 0), false));
            } else if (pub == null) {
                add(start, year.end, null, true);
            } else {
                Integer y = inferYear(month, 0, forced, tense(start, year.end));
                add(start, year.end, y == null ? null : TimeValue.ofMonth(y, month), true);
            }
        }

        private void years() {
            // every match of yearStrong begins with a modifier or "seit", or has "ahr" in its "Jahr"
            boolean strong = (has & Patterns.YEAR_CUE) != 0 || st.text().contains("ahr");
            SentenceMatcher m = matcher(p.yearStrong, p.cueThenYear);
            while (strong && m.find()) {
                int start = m.group("mod") != null ? m.start("mod")
                        : m.group("jahr") != null ? m.start("jahr") : m.start("y");
                addYear(start, m.start("y"), m.end("y"), false);
            }
            m = matcher(p.yearWeak, p.weakCueThenYear);
            while (m.find()) {
                addYear(m.start("y"), m.start("y"), m.end("y"), true);
            }
            if (mayStartWithYear()) {
                m = matcher(p.yearInitial);
                if (m.lookingAt()) {
                    addYear(m.start("y"), m.start("y"), m.end("y"), false);
                }
            }
            if (!endsWithPunctuation() && mayEndWithNumber()) {
                m = matcher(p.yearFinal);
                if (m.find()) {
                    addYear(m.start("y"), m.start("y"), m.end("y"), false); // a heading: "Balkanfeldzug 1941"
                }
            }
            m = matcher(p.yearParenthesised);
            while (st.text().indexOf('(') >= 0 && m.find()) {
                addYear(m.start("y"), m.start("y"), m.end("y"), false);
            }
            m = matcher(p.yearRange, p.yearRangeStarts);
            while (m.find()) {
                yearRange(m);
            }
            m = matcher(p.yearBare, p.yearStarts);
            while (m.find()) {
                String before = previousWord(m.start()).toLowerCase(Locale.ROOT);
                String after = nextWord(m.end()).toLowerCase(Locale.ROOT);
                if (TimeLexicon.bareYearFollowers().contains(after)
                        && !TimeLexicon.bareYearQuantityCues().contains(before)) {
                    addYear(m.start(), m.start(), m.end(), false);
                }
            }
        }

        /** "1939/1940", "1940–1943", "(1910–1914)", "1954 bis 1962", "1926–28": both ends are years. */
        private void yearRange(SentenceMatcher m) {
            int y = Integer.parseInt(m.group("y"));
            String second = m.group("y2");
            int y2 = Integer.parseInt(second);
            if (second.length() == 2) {
                y2 += y / 100 * 100;
            }
            if (y < 1000 || y > 2099 || y2 <= y || y2 > 2099) {
                return;
            }
            String next = nextWord(m.end());
            if (TimeLexicon.yearBlockers().contains(next)
                    || !next.isEmpty() && (Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)))) {
                return; // "1500–2000 Kämpfer"
            }
            add(m.start("y"), m.end("y"), TimeValue.ofYear(y), false);
            if (second.length() == 4) {
                add(m.start("y2"), m.end("y2"), TimeValue.ofYear(y2), false);
            }
        }

        /** Whether the sentence begins with a digit, perhaps after a quote: where a match of yearInitial must begin. */
        private boolean mayStartWithYear() {
            String t = st.text();
            int i = !t.isEmpty() && "„\"»«‚'".indexOf(t.charAt(0)) >= 0 ? 1 : 0;
            return i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
        }

        /**
         * Whether the sentence ends with a digit, or with a line terminator after which {@code $}
         * also matches: where a match of "\\d{4}$" must end.
         */
        private boolean mayEndWithNumber() {
            char last = text.charAt(sentence.end() - 1);
            return last >= '0' && last <= '9' || last == '\n' || last == '\r' || last == '\u0085'
                    || last == '\u2028' || last == '\u2029';
        }

        private boolean endsWithPunctuation() {
            char last = text.charAt(sentence.end() - 1);
            return last == '.' || last == '!' || last == '?' || last == '…' || last == ':';
        }

        /**
         * Adds the year at [yStart, yEnd) (mention from {@code start}) and the years coordinated with it
         * ("1939 und 1945", "2014 bis 2022"), unless the word after the last one shows they are
         * quantities ("2000 Jahren"; after a weak cue any capitalised word or number: "von 1500 bis 2000 Euro").
         */
        private void addYear(int start, int yStart, int yEnd, boolean weak) {
            List<int[]> years = new ArrayList<>();
            years.add(new int[] {start, yStart, yEnd});
            Matcher c = p.yearCoordinated.matcher(text);
            int end = yEnd;
            while (c.region(end, sentence.end()).lookingAt()) {
                int y = GroupNames.start(c, "y");
                end = GroupNames.end(c, "y");
                years.add(new int[] {y, y, end});
            }
            String next = nextWord(end);
            if (TimeLexicon.yearBlockers().contains(next)) {
                return;
            }
            if (weak && !next.isEmpty() && (Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)))) {
                return; // "in 2000 Metern", "ab 1500 Euro"
            }
            for (int[] y : years) {
                int value = Integer.parseInt(text.substring(y[1], y[2]));
                if (value < 1000 || value > 2099) {
                    return;
                }
            }
            for (int[] y : years) {
                add(y[0], y[2], TimeValue.ofYear(Integer.parseInt(text.substring(y[1], y[2]))), false);
            }
        }

        private void weekdays() {
            SentenceMatcher m = matcher(p.weekday, p.weekdayStarts);
            while (m.find()) {
                String prep = m.group("prep");
                if (prep != null && Set.of("jeden", "jedem", "des").contains(prep.toLowerCase(Locale.ROOT))) {
                    continue; // "jeden Donnerstag" is a habit, not a date
                }
                String rel = m.group("rel");
                int start = rel != null ? m.start("rel") : m.start("wd");
                if (narrative && rel == null) {
                    out.add(new Candidate(start, m.end(), null, true,
                            Pending.weekday(TimeLexicon.weekdays().get(m.group("wd"))), false));
                    continue;
                }
                if (pub == null) {
                    add(start, m.end(), null, true);
                    continue;
                }
                Direction dir = rel == null ? null : direction(rel);
                if (dir == null) {
                    dir = tense(start, m.end()) == Tense.FUTURE ? Direction.FORWARD_OR_SAME : Direction.BACK_OR_SAME;
                }
                DayOfWeek dow = DayOfWeek.of(TimeLexicon.weekdays().get(m.group("wd")));
                LocalDate d = switch (dir) {
                    case BACK_OR_SAME -> pub.with(TemporalAdjusters.previousOrSame(dow));
                    case FORWARD_OR_SAME -> pub.with(TemporalAdjusters.nextOrSame(dow));
                    case STRICTLY_BACK -> pub.with(TemporalAdjusters.previous(dow));
                    case STRICTLY_FORWARD -> pub.with(TemporalAdjusters.next(dow));
                };
                add(start, m.end(), TimeValue.ofDay(d), true);
            }
        }

        private void relativeDays() {
            SentenceMatcher m = matcher(p.relativeDay, p.relativeDayStarts);
            while (m.find()) {
                String w = m.group("w");
                if (Character.isUpperCase(w.charAt(0)) && !atSentenceStart(m.start())) {
                    continue; // "am Morgen" is the morning
                }
                if (w.equalsIgnoreCase("heute") && precededBy(m.start(), "bis", "Bis")) {
                    continue; // "bis heute" means "until now"
                }
                String around = text.substring(Math.max(sentence.start(), m.start() - 14),
                        Math.min(sentence.end(), m.end() + 14)).toLowerCase(Locale.ROOT);
                if (around.contains("von heute auf morgen")) {
                    continue; // an idiom: "overnight"
                }
                int offset = TimeLexicon.relativeDays().get(w.toLowerCase(Locale.ROOT));
                out.add(new Candidate(m.start(), m.end(), pub == null ? null : TimeValue.ofDay(pub.plusDays(offset)),
                        true, null, true));
            }
        }

        /** {@code jahr}: the sentence contains "Jahr", which every match of "Ende des Jahres" etc. has. */
        private void relativePeriods(boolean jahr) {
            SentenceMatcher m = matcher(p.relativePeriod, p.relativePeriodStarts);
            while (m.find()) {
                int start = m.group("mod") != null ? m.start("mod") : m.start();
                boolean year;
                int offset;
                if (m.group("prev") != null) {
                    year = m.group("prev").startsWith("Vorj");
                    offset = -1;
                } else {
                    year = m.group("unit").startsWith("Jahr");
                    offset = offset(m.group("rel"));
                }
                if (narrative) {
                    out.add(new Candidate(start, m.end(), null, true, Pending.shift(year
                            ? java.time.temporal.ChronoUnit.YEARS : java.time.temporal.ChronoUnit.MONTHS, offset), false));
                    continue;
                }
                TimeValue v = null;
                if (pub != null) {
                    if (year) {
                        v = TimeValue.ofYear(pub.getYear() + offset);
                    } else {
                        YearMonth ym = YearMonth.from(pub).plusMonths(offset);
                        v = TimeValue.ofMonth(ym.getYear(), ym.getMonthValue());
                    }
                }
                add(start, m.end(), v, true);
            }
            m = matcher(p.periodOfThisYear, p.periodOfThisYearStarts);
            while (jahr && m.find()) {
                if (narrative) {
                    out.add(new Candidate(m.start(), m.end(), null, true,
                            Pending.shift(java.time.temporal.ChronoUnit.YEARS, 0), false));
                } else {
                    add(m.start(), m.end(), pub == null ? null : TimeValue.ofYear(pub.getYear()), true);
                }
            }
        }

        /**
         * Expressions that point at the date mentioned before them (in news and narratives alike):
         * "am selben Tag", "am folgenden Tag", "tags darauf", "am Vortag", "zwei Tage später",
         * "eine Woche danach", "drei Monate später", "im selben Monat", "im folgenden Jahr",
         * "des vorangegangenen Jahres", "im Jahr darauf", "ein Jahr später". The value needs a
         * reference of at least the unit's precision; otherwise it stays null.
         */
        private void anaphors(boolean same, boolean after, boolean before, boolean count) {
            SentenceMatcher m = matcher(p.anaphorSame, p.anaphorSameStarts);
            while (same && m.find()) {
                java.time.temporal.ChronoUnit unit = unit(m.group("unit"));
                int start = m.group("mod") != null ? m.start("mod") : m.start("rel");
                out.add(new Candidate(start, m.end(), null, true, Pending.shift(unit, anaphorOffset(m.group("rel"))),
                        false, true));
            }
            m = matcher(p.anaphorAfter, p.anaphorAfterStarts);
            while (after && m.find()) {
                out.add(new Candidate(m.start(), m.end(), null, true, Pending.shift(unit(m.group("unit")), 1), false, true));
            }
            m = matcher(p.anaphorBefore, p.anaphorBeforeStarts);
            while (before && m.find()) {
                out.add(new Candidate(m.start(), m.end(), null, true, Pending.shift(unit(m.group("unit")), -1), false, true));
            }
            m = matcher(p.anaphorCount, p.anaphorCountStarts);
            while (count && m.find()) {
                boolean nach = m.group("nach") != null;
                Double n = count(m.group(nach ? "n2" : "n"));
                if (n == null || n != Math.floor(n) || n < 1) {
                    continue; // "ein halbes Jahr später"
                }
                String dir = m.group("dir");
                int sign = dir == null || dir.matches("später|danach|darauf") ? 1 : -1;
                java.time.temporal.ChronoUnit unit = unit(m.group(nach ? "unit2" : "unit"));
                int start = nach ? m.start("n2") : m.start();
                out.add(new Candidate(start, m.end(), null, true, Pending.shift(unit, sign * n.intValue()), false, true));
            }
        }

        /**
         * "vergangene Woche", "letzte Woche", "diese Woche", "nächste Woche": a week (Monday to Sunday)
         * relative to the publication date. The graph has no week datatype: the value is the month
         * when the whole week lies in one month, else null; never a day.
         */
        private void weeks() {
            SentenceMatcher m = matcher(p.week, p.weekStarts);
            while (m.find()) {
                if (precededBy(m.start(), "jede", "jeden", "jeder")) {
                    continue;
                }
                LocalDate monday = pub == null ? null
                        : pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset(m.group("rel")));
                out.add(new Candidate(m.start(), m.end(), weekValue(monday), true, null, true));
            }
        }

        /**
         * "vor zwei Tagen", "vor drei Wochen", "vor einem Monat", "in zwei Tagen", "in einer Woche"
         * from the publication date: days give the day, months the month, weeks the week's month
         * (as {@link #weeks()}). Hedged counts ("vor mehr als drei Wochen") and years are left out.
         */
        private void agoOrIn() {
            SentenceMatcher m = matcher(p.agoOrIn, p.agoOrInStarts);
            while (m.find()) {
                Double n = count(m.group("n"));
                if (n == null || n != Math.floor(n) || n < 1) {
                    continue;
                }
                int sign = m.group("prep").equalsIgnoreCase("vor") ? -1 : 1;
                int k = sign * n.intValue();
                java.time.temporal.ChronoUnit unit = unit(m.group("unit"));
                TimeValue v = null;
                if (pub != null) {
                    v = switch (unit) {
                        case DAYS -> TimeValue.ofDay(pub.plusDays(k));
                        case WEEKS -> weekValue(pub.plusWeeks(k).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                        default -> {
                            YearMonth ym = YearMonth.from(pub).plusMonths(k);
                            yield TimeValue.ofMonth(ym.getYear(), ym.getMonthValue());
                        }
                    };
                }
                out.add(new Candidate(m.start(), m.end(), v, true, null, true));
            }
        }

        private static TimeValue weekValue(LocalDate monday) {
            if (monday == null) {
                return null;
            }
            LocalDate sunday = monday.plusDays(6);
            return monday.getMonthValue() == sunday.getMonthValue()
                    ? TimeValue.ofMonth(monday.getYear(), monday.getMonthValue()) : null;
        }

        /**
         * Holidays from {@code holidays.txt} ("Weihnachten", "Tag der Deutschen Einheit") and their
         * eves ("am Vorabend des Unabhängigkeitstags" is the day before). The year is the one given
         * ("Weihnachten 1966"), else inferred like a day without year. A holiday whose date depends
         * on the country gets one only when the article states it.
         */
        private void holidays() {
            SentenceMatcher m = matcher(p.holiday, p.holidayStarts);
            while (m.find()) {
                String date = TimeLexicon.holidays().get(m.group("h"));
                java.time.MonthDay md = date.startsWith("?") ? statedHolidays.get(date)
                        : java.time.MonthDay.of(Integer.parseInt(date.substring(0, 2)), Integer.parseInt(date.substring(3)));
                if (md == null) {
                    continue;
                }
                if (m.group("cue") == null && m.group("y") == null) {
                    continue; // no preposition and no year: the holiday as an occasion, not a date
                }
                if (m.group("y") == null && statesDay(md)) {
                    // "am Vorabend des Unabhängigkeitstags, der am 4. Juli gefeiert wird": the sentence
                    // states the day, which is a mention of its own; the event extractor reads
                    // "Vorabend" + that day (see docs/lexicons-time.md)
                    continue;
                }
                int start = m.group("eve") != null ? m.start("eve") : m.start("h");
                Integer y = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
                if (m.group("eve") != null) {
                    LocalDate eve = LocalDate.of(2001, md.getMonthValue(), md.getDayOfMonth()).minusDays(1);
                    if (eve.getYear() < 2001 && y != null) {
                        y = y - 1; // the eve of Neujahr 2000 is in 1999
                    }
                    md = java.time.MonthDay.from(eve);
                }
                addDay(start, m.end(), md.getDayOfMonth(), md.getMonthValue(), new YearPart(y, 0, m.end()));
            }
        }

        /** True when this sentence names the day {@code md} ("am 4. Juli"). */
        private boolean statesDay(java.time.MonthDay md) {
            SentenceMatcher d = matcher(p.dayMonth, p.dayMonthStarts);
            while (d.find()) {
                if (TimeLexicon.month(d.group("m")) == md.getMonthValue()
                        && Integer.parseInt(d.group("d")) == md.getDayOfMonth()) {
                    return true;
                }
            }
            return false;
        }

        private static java.time.temporal.ChronoUnit unit(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.startsWith("tag") || w.startsWith("vortag")) {
                return java.time.temporal.ChronoUnit.DAYS;
            }
            if (w.startsWith("woche")) {
                return java.time.temporal.ChronoUnit.WEEKS;
            }
            if (w.startsWith("monat") || w.startsWith("vormonat")) {
                return java.time.temporal.ChronoUnit.MONTHS;
            }
            return java.time.temporal.ChronoUnit.YEARS;
        }

        private static int anaphorOffset(String rel) {
            String r = rel.toLowerCase(Locale.ROOT);
            if (r.startsWith("folgend") || r.startsWith("nächst") || r.startsWith("darauf") || r.startsWith("neu")) {
                return 1;
            }
            if (r.startsWith("voran") || r.startsWith("vorau") || r.startsWith("vorig")) {
                return -1;
            }
            return 0;
        }

        private static Double count(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.matches("\\d+")) {
                return Double.valueOf(w);
            }
            return TimeLexicon.numberWords().get(w);
        }

        // ---------------------------------------------------------------- helpers

        /** The year part of a day/month match, after dropping a "year" that is really a quantity. */
        private record YearPart(Integer year, int relativeYears, int end) {
        }

        private YearPart yearPart(SentenceMatcher m) {
            String y = m.group("y");
            if (y != null) {
                if (TimeLexicon.yearBlockers().contains(nextWord(m.end("y")))) {
                    return new YearPart(null, 0, m.end("m"));
                }
                return new YearPart(Integer.parseInt(y), 0, m.end("y"));
            }
            String ry = m.group("ry");
            if (ry != null) {
                String rel = ry.replaceFirst("^des\\s+", "").split("\\s+")[0];
                return new YearPart(null, offset(rel), m.end("ry"));
            }
            return new YearPart(null, 0, m.end("m"));
        }

        private void addDay(int start, int end, int day, int month, YearPart year) {
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return;
            }
            if (year.year != null) {
                LocalDate d = date(year.year, month, day);
                if (d != null) {
                    add(start, end, TimeValue.ofDay(d), false);
                }
                return;
            }
            if (date(2000, month, day) == null) {
                return; // "31. Juni" is no date in any year
            }
            if (narrative && year.relativeYears == 0) {
                out.add(new Candidate(start, end, null, true, Pending.yearOf(month, day), false));
                return;
            }
            if (pub == null) {
                add(start, end, null, true);
                return;
            }
            Integer y = year.relativeYears != 0 ? Integer.valueOf(pub.getYear() + year.relativeYears)
                    : inferYear(month, day, null, tense(start, end));
            LocalDate d = y == null ? null : date(y, month, day);
            add(start, end, d == null ? null : TimeValue.ofDay(d), true);
        }

        /**
         * The year of a day (or a whole month when {@code day == 0}) given without one; see the class
         * comment for the rule. Null when the day does not exist in that year (29 February).
         */
        private Integer inferYear(int month, int day, Direction forced, Tense tense) {
            int y = pub.getYear();
            if (forced == Direction.STRICTLY_BACK) {
                return month >= pub.getMonthValue() ? y - 1 : y;
            }
            if (forced == Direction.STRICTLY_FORWARD) {
                return month <= pub.getMonthValue() ? y + 1 : y;
            }
            LocalDate first = date(y, month, day == 0 ? 1 : day);
            if (first == null) {
                return null;
            }
            LocalDate last = day == 0 ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            return switch (tense) {
                case FUTURE -> last.isBefore(pub.minusDays(31)) ? y + 1 : y;
                case PAST -> first.isAfter(pub.plusDays(14)) ? y - 1 : y;
                case UNKNOWN -> first.isAfter(pub.plusMonths(9)) ? y - 1 : y;
            };
        }

        /**
         * The positions of the sentence's clause boundaries ({@link #isClauseBoundary}) in text order,
         * found on the first question of {@link #tense}, which asks for the clause around each mention.
         */
        private int[] boundaries;
        private int boundaryCount;

        /** The tense of the clause around [start, end), else of the sentence, from cue words. */
        private Tense tense(int start, int end) {
            if (boundaries == null) {
                boundaries = new int[8];
                for (int p = sentence.start(); p < sentence.end(); p++) {
                    if (isClauseBoundary(text.charAt(p))) {
                        if (boundaryCount == boundaries.length) {
                            boundaries = java.util.Arrays.copyOf(boundaries, boundaryCount * 2);
                        }
                        boundaries[boundaryCount++] = p;
                    }
                }
            }
            // the clause: from after the last boundary before start (else the sentence's start) to the
            // first boundary at or after end (else the sentence's end)
            int cs = sentence.start();
            int ce = sentence.end();
            for (int k = 0; k < boundaryCount; k++) {
                int p = boundaries[k];
                if (p < start) {
                    cs = p + 1;
                } else if (p >= end) {
                    ce = p;
                    break;
                }
            }
            Tense t = cues(cs, start, end, ce);
            return t != Tense.UNKNOWN ? t : cues(sentence.start(), start, end, sentence.end());
        }

        /** FUTURE beats PAST; the mention's own words are left out. */
        private Tense cues(int from, int mStart, int mEnd, int to) {
            Tense before = tenseWords.cues(from, mStart);
            if (before == Tense.FUTURE) {
                return Tense.FUTURE;
            }
            Tense after = tenseWords.cues(mEnd, to);
            return after != Tense.UNKNOWN ? after : before;
        }

        private static boolean isClauseBoundary(char c) {
            return c == ',' || c == ';' || c == ':' || c == '–' || c == '—' || c == '(' || c == ')'
                    || c == '„' || c == '“' || c == '”' || c == '"' || c == '»' || c == '«';
        }

        private void add(int start, int end, TimeValue value, boolean relative) {
            out.add(new Candidate(start, end, value, relative));
        }

        /** The word directly after {@code pos} (skipping spaces), or "". */
        private String nextWord(int pos) {
            int i = pos;
            while (i < sentence.end() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < sentence.end() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            return text.substring(i, j);
        }

        /** The word directly before {@code pos} (skipping spaces), or "". */
        private String previousWord(int pos) {
            int i = pos;
            while (i > sentence.start() && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            int j = i;
            while (j > sentence.start() && Letters.isLetter(text.charAt(j - 1))) {
                j--;
            }
            return text.substring(j, i);
        }

        private boolean precededBy(int pos, String... words) {
            String w = previousWord(pos);
            for (String s : words) {
                if (s.equals(w)) {
                    return true;
                }
            }
            return false;
        }

        private boolean atSentenceStart(int pos) {
            for (int i = sentence.start(); i < pos; i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The first word of each lexicon entry: one of them is in every match of the entries' alternation. */
    private static List<String> firstWords(Iterable<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(w.split(" ")[0]);
        }
        return out;
    }

    /** Whether {@code s} contains four digits, "-", two digits, "-", two digits (an ISO date's shape). */
    private static boolean hasIsoShape(String s) {
        for (int i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
            if (i >= 4 && i + 5 < s.length() && digits(s, i - 4, i) && digits(s, i + 1, i + 3) && s.charAt(i + 3) == '-'
                    && digits(s, i + 4, i + 6)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} are all ASCII digits. */
    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }



    private static Direction direction(String rel) {
        return switch (offset(rel)) {
            case -1 -> Direction.STRICTLY_BACK;
            case 1 -> Direction.STRICTLY_FORWARD;
            default -> null;
        };
    }

    /** -1 for "vergangenen"/"letzten", +1 for "kommenden"/"nächsten", 0 for "diesen"/"laufenden". */
    private static int offset(String rel) {
        String r = rel.toLowerCase(Locale.ROOT);
        if (r.startsWith("vergangen") || r.startsWith("letzt")) {
            return -1;
        }
        if (r.startsWith("kommend") || r.startsWith("nächst")) {
            return 1;
        }
        return 0;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
