package org.diplograph.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.DiplographException;
import org.diplograph.eval.GoldFile;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityCatalog;

/**
 * Writes one article from its seed and index: a story (a phone call, a negotiation round, or a meeting that is
 * neither), told with templates from {@code templates.txt}, padded with filler, quotes and sources, and the gold
 * that goes with it. Every entity a placeholder names is recorded in the gold as it is written, so the gold
 * says exactly what the text says. Immutable and thread-safe: all randomness comes from a generator seeded
 * with (seed, index).
 */
final class ArticleComposer {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 8);
    private static final int DAYS = 720;
    private static final String[] ORDINALS = {null, "erst", "zweit", "dritt", "viert", "fünft", "sechst"};
    private static final String[][] DURATIONS = {
        {"20 Minuten", "20"}, {"30 Minuten", "30"}, {"40 Minuten", "40"}, {"45 Minuten", "45"}, {"50 Minuten", "50"},
        {"70 Minuten", "70"}, {"90 Minuten", "90"}, {"eine Stunde", "60"}, {"fast eine Stunde", "60"},
        {"eine halbe Stunde", "30"}, {"anderthalb Stunden", "90"}, {"zwei Stunden", "120"},
        {"zweieinhalb Stunden", "150"}};

    private final GeneratorData data;
    private final EntityCatalog catalog;
    private final long seed;
    private final List<Entity> persons;
    /** Spokespersons: news quotes them about calls; they rarely take part in one. */
    private final List<Entity> speakers;
    private final List<CountryName> countries;
    /** Countries persons represent: diplomacy news names them more often. */
    private final List<CountryName> prominent;
    private final List<Entity> cities;
    private final Map<String, CountryName> byKey = new HashMap<>();

    ArticleComposer(EntityCatalog catalog, long seed) {
        this.data = GeneratorData.get();
        this.catalog = catalog;
        this.seed = seed;
        List<Entity> ps = new ArrayList<>();
        List<Entity> sp = new ArrayList<>();
        List<CountryName> cs = new ArrayList<>();
        List<Entity> cities = new ArrayList<>();
        for (Entity e : catalog.all()) {
            switch (e.type()) {
                case PERSON -> {
                    boolean speaker = !e.roles().isEmpty()
                            && e.roles().get(0).toLowerCase(Locale.ROOT).contains("sprecher");
                    (speaker ? sp : ps).add(e);
                }
                case COUNTRY -> {
                    CountryName c = CountryName.of(e, data);
                    cs.add(c);
                    byKey.put(e.key(), c);
                }
                case CITY -> {
                    if (catalog.standsFor(e.key()).isEmpty()) {
                        cities.add(e);
                    }
                }
                default -> { }
            }
        }
        Set<CountryName> prom = new LinkedHashSet<>();
        for (Entity p : ps) {
            if (p.country() != null && byKey.containsKey(p.country())) {
                prom.add(byKey.get(p.country()));
            }
        }
        if (ps.size() < 4 || cs.size() < 6 || cities.isEmpty()) {
            throw new DiplographException("the entity catalog is too small to generate articles ("
                    + ps.size() + " persons, " + cs.size() + " countries, " + cities.size() + " cities)");
        }
        this.persons = List.copyOf(ps);
        this.speakers = sp.isEmpty() ? List.copyOf(ps) : List.copyOf(sp);
        this.countries = List.copyOf(cs);
        this.prominent = List.copyOf(prom);
        this.cities = List.copyOf(cities);
    }

    /** The article with this index (0-based); the same (seed, index) always gives the same article. */
    GeneratedArticle compose(long index) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        String id = String.format(Locale.ROOT, "gen-%08d", index + 1);
        LocalDate published = FIRST_DAY.plusDays(r.nextInt(DAYS));
        Story s = new Story(r, published);
        double kind = r.nextDouble();
        if (kind < 0.70) {
            s.call();
        } else if (kind < 0.88) {
            s.round();
        } else {
            s.noEvent();
        }
        List<String> sources = data.section("source");
        String source = sources.get(r.nextInt(sources.size()));
        String text = s.text();
        GoldFile gold = new GoldFile(id, null, published.toString(), List.copyOf(s.goldPersons),
                List.copyOf(s.goldCountries), s.calls, s.rounds, null,
                "generated by diplograph generate (seed " + seed + ", article " + (index + 1) + ")");
        return new GeneratedArticle(id, published, s.headline, source, "https://example.org/generated/" + id, text,
                gold);
    }

    /** SplitMix64 finaliser over seed and index: neighbouring indices get unrelated streams. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private enum DateKind { DAY, WEEKDAY, MONTH, NONE }

    /** A date as the text gives it and as the gold records it. */
    private record When(String phrase, String gold, LocalDate anchor) {
        static final When NONE = new When("", null, null);
    }

    /** One article being written: its sentences, and the gold collected while writing them. */
    private final class Story {
        final SplittableRandom r;
        final LocalDate published;
        final List<List<String>> paragraphs = new ArrayList<>();
        final Set<String> goldPersons = new LinkedHashSet<>();
        final Set<String> goldCountries = new LinkedHashSet<>();
        final List<GoldFile.Event> calls = new ArrayList<>();
        final List<GoldFile.Event> rounds = new ArrayList<>();
        final Set<String> introduced = new HashSet<>();
        final Set<String> usedTemplates = new HashSet<>();
        String headline = "";

        // what the placeholders of the next sentence stand for
        Entity a;
        Entity b;
        Entity c;
        Entity d;
        When date = When.NONE;
        When date2 = When.NONE;
        When date3 = When.NONE;
        String minutes;
        int ordinal;
        CountryName topic;
        CountryName negated;
        CountryName x;
        CountryName y;
        Entity city;
        boolean usedDate;
        boolean usedCity;

        Story(SplittableRandom r, LocalDate published) {
            this.r = r;
            this.published = published;
        }

        // ------------------------------------------------------------------ stories

        void call() {
            pickPair();
            boolean held = r.nextDouble() < 0.8;
            date = held ? pastDate(r.nextDouble() < 0.45 ? DateKind.DAY : r.nextDouble() < 0.35 ? DateKind.WEEKDAY
                    : r.nextDouble() < 0.3 ? DateKind.MONTH : DateKind.NONE)
                    : futureDate(r.nextDouble() < 0.4 ? DateKind.DAY : r.nextDouble() < 0.5 ? DateKind.WEEKDAY
                    : DateKind.NONE);
            headline = r.nextDouble() < 0.7 ? headline("headline-call") : headline("headline-other");
            maybeFiller(0.25);
            List<String> lead = new ArrayList<>();
            usedDate = false;
            Integer ord = null;
            if (held && r.nextDouble() < 0.15) {
                ordinal = 2 + r.nextInt(5);
                ord = ordinal;
                lead.add(sentence("call-held-ordinal"));
            } else {
                lead.add(sentence(held ? "call-held" : "call-planned"));
            }
            String goldDate = usedDate ? date.gold() : null;
            Integer duration = null;
            List<String> topics = new ArrayList<>();
            if (held && r.nextDouble() < 0.5) {
                String[] dur = DURATIONS[r.nextInt(DURATIONS.length)];
                minutes = dur[0];
                duration = Integer.parseInt(dur[1]);
                lead.add(sentence("call-duration"));
            }
            if (held && r.nextDouble() < 0.6) {
                topic = otherCountry(List.of(a, b));
                topics.add(topic.entity().nameEn());
                lead.add(sentence("call-topic"));
            }
            paragraphs.add(lead);
            List<String> more = new ArrayList<>();
            if (held && r.nextDouble() < 0.2) {
                negated = otherCountry(List.of(a, b));
                if (topic == null || !negated.equals(topic)) {
                    more.add(sentence("call-negated-topic"));
                }
            }
            if (r.nextDouble() < 0.3) {
                more.add(sentence("call-quote"));
            }
            if (r.nextDouble() < 0.3) {
                c = r.nextDouble() < 0.6 ? pick(speakers) : otherPerson(a, b);
                more.add(sentence("call-source"));
            }
            calls.add(new GoldFile.Event(goldDate, List.of(a.nameEn(), b.nameEn()), null, null, duration, topics,
                    countriesOf(a, b), held ? "held" : "planned", ord, null));
            if (held && r.nextDouble() < 0.25) {
                LocalDate anchor = date.anchor() == null ? published.minusDays(7) : date.anchor();
                date2 = day(anchor.minusDays(35 + r.nextInt(60)), false);
                more.add(sentence("call-background"));
                calls.add(new GoldFile.Event(date2.gold(), List.of(a.nameEn(), b.nameEn()), null, null, null, List.of(),
                        List.of(), "held", null, null));
            }
            if (held && r.nextDouble() < 0.15) {
                d = otherPerson(a, b);
                date3 = day(published.minusDays(1 + r.nextInt(25)), false);
                more.add(sentence("call-second"));
                calls.add(new GoldFile.Event(date3.gold(), List.of(a.nameEn(), d.nameEn()), null, null, null, List.of(),
                        List.of(), "held", null, null));
            }
            if (!more.isEmpty()) {
                paragraphs.add(more);
            }
            filler(1 + r.nextInt(3));
        }

        void round() {
            x = r.nextDouble() < 0.7 ? pick(prominent) : pick(countries);
            do {
                y = r.nextDouble() < 0.7 ? pick(prominent) : pick(countries);
            } while (y.equals(x));
            city = cities.get(r.nextInt(cities.size()));
            boolean held = r.nextDouble() < 0.75;
            date = held ? pastDate(r.nextDouble() < 0.6 ? DateKind.DAY : r.nextDouble() < 0.4 ? DateKind.WEEKDAY
                    : DateKind.NONE)
                    : futureDate(r.nextDouble() < 0.5 ? DateKind.DAY : DateKind.NONE);
            headline = headline("headline-round");
            maybeFiller(0.2);
            usedDate = false;
            usedCity = false;
            Integer ord = null;
            String lead;
            if (held && r.nextDouble() < 0.25) {
                ordinal = 2 + r.nextInt(4);
                ord = ordinal;
                lead = sentence("round-held-ordinal");
            } else if (held) {
                lead = sentence("round-held");
            } else {
                ordinal = 2 + r.nextInt(4);
                lead = sentence("round-planned");
                ord = lead.contains("Verhandlungsrunde") ? ordinal : null;
            }
            paragraphs.add(new ArrayList<>(List.of(lead)));
            rounds.add(new GoldFile.Event(usedDate ? date.gold() : null, null,
                    List.of(x.entity().nameEn(), y.entity().nameEn()), usedCity ? city.nameEn() : null, null,
                    List.of(), List.of(), held ? "held" : "planned", ord, null));
            filler(1 + r.nextInt(3));
        }

        void noEvent() {
            pickPair();
            city = cities.get(r.nextInt(cities.size()));
            date = pastDate(r.nextDouble() < 0.5 ? DateKind.DAY : DateKind.NONE);
            headline = headline("headline-other");
            maybeFiller(0.3);
            paragraphs.add(new ArrayList<>(List.of(sentence("no-event"))));
            filler(1 + r.nextInt(3));
        }

        // ------------------------------------------------------------------ pieces

        void pickPair() {
            a = pick(persons);
            do {
                b = pick(persons);
            } while (b.equals(a));
        }

        Entity otherPerson(Entity... not) {
            Entity p;
            do {
                p = pick(persons);
            } while (List.of(not).contains(p));
            return p;
        }

        /** A country that is neither participant's own (those are never topics of their call). */
        CountryName otherCountry(List<Entity> participants) {
            Set<String> own = new HashSet<>();
            participants.forEach(p -> own.add(p.country()));
            CountryName t;
            do {
                t = r.nextDouble() < 0.6 ? pick(prominent) : pick(countries);
            } while (own.contains(t.entity().key()) || t.equals(negated) || t.equals(topic) && negated != null);
            return t;
        }

        /** Countries of the participants: a call's topics may name them without penalty. */
        List<String> countriesOf(Entity p, Entity q) {
            List<String> out = new ArrayList<>();
            for (Entity e : List.of(p, q)) {
                CountryName cn = e.country() == null ? null : byKey.get(e.country());
                if (cn != null && !out.contains(cn.entity().nameEn())) {
                    out.add(cn.entity().nameEn());
                }
            }
            return out;
        }

        <T> T pick(List<T> list) {
            return list.get(r.nextInt(list.size()));
        }

        void maybeFiller(double p) {
            if (r.nextDouble() < p) {
                filler(1);
            }
        }

        void filler(int paragraphCount) {
            for (int i = 0; i < paragraphCount; i++) {
                List<String> p = new ArrayList<>();
                int n = 1 + r.nextInt(3);
                for (int j = 0; j < n; j++) {
                    p.add(sentence("filler"));
                }
                paragraphs.add(p);
            }
        }

        String headline(String section) {
            return fill(pick(data.section(section)));
        }

        String sentence(String section) {
            List<String> templates = data.section(section);
            String t;
            int tries = 0;
            do {
                t = pick(templates);
            } while (++tries < 50 && (t.startsWith("{DATE}") && date.phrase().isEmpty()
                    || section.equals("filler") && usedTemplates.contains(t)));
            usedTemplates.add(t);
            return capitalise(fill(t).replaceAll(" {2,}", " ").replace(" .", ".").replace(" ,", ","));
        }

        String fill(String template) {
            Matcher m = SLOT.matcher(template);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(slot(m.group(1))));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        String slot(String name) {
            return switch (name) {
                case "A" -> person(a);
                case "B" -> person(b);
                case "C" -> person(c);
                case "D" -> person(d);
                case "a" -> surname(a);
                case "b" -> surname(b);
                case "DATE" -> {
                    usedDate = true;
                    yield date.phrase();
                }
                case "DATE2" -> date2.phrase();
                case "DATE3" -> date3.phrase();
                case "PASTDATE" -> day(published.minusDays(40 + r.nextInt(300)), true).phrase();
                case "MIN" -> minutes;
                case "ORD" -> ORDINALS[ordinal];
                case "T" -> country(topic).accusative();
                case "T_NOM" -> country(topic).nominative();
                case "IN_T" -> country(topic).in();
                case "N_NOM" -> country(negated).nominative();
                case "IN_N" -> country(negated).in();
                case "X_GEN" -> country(x).genitive();
                case "Y_GEN" -> country(y).genitive();
                case "X_DAT" -> country(x).dative();
                case "Y_DAT" -> country(y).dative();
                case "X_NOM" -> country(x).nominative();
                case "Y_NOM" -> country(y).nominative();
                case "CITY" -> {
                    usedCity = true;
                    yield city.nameDe();
                }
                case "F_NOM" -> country(filler()).nominative();
                case "F_GEN" -> country(filler()).genitive();
                case "IN_F" -> country(filler()).in();
                default -> throw new DiplographException(GeneratorData.BASE + "templates.txt: unknown placeholder {"
                        + name + "}");
            };
        }

        CountryName filler() {
            return r.nextDouble() < 0.5 ? pick(prominent) : pick(countries);
        }

        CountryName country(CountryName cn) {
            goldCountries.add(cn.entity().nameEn());
            return cn;
        }

        /** Role and full name the first time ("Russlands Präsident Wladimir Putin"), the surname afterwards. */
        String person(Entity p) {
            goldPersons.add(p.nameEn());
            if (!introduced.add(p.key())) {
                return surname(p);
            }
            String role = p.roles().isEmpty() || r.nextDouble() < 0.15 ? "" : p.roles().get(0) + " ";
            CountryName home = p.country() == null ? null : byKey.get(p.country());
            if (!role.isEmpty() && home != null && r.nextDouble() < 0.5) {
                if (home.entity().nameEn().equals("United States")) {
                    country(home);
                    return "US-" + role + p.nameDe();
                }
                if (home.hasPrenominalGenitive()) {
                    country(home);
                    return home.form() + "s " + role + p.nameDe();
                }
            }
            return role + p.nameDe();
        }

        /** The name a person goes by alone; the full name when the surname alone is ambiguous or unknown. */
        String surname(Entity p) {
            goldPersons.add(p.nameEn());
            for (String s : catalogSurnames(p)) {
                if (!s.startsWith("?") && p.nameDe().endsWith(s)) {
                    return s;
                }
            }
            return p.nameDe();
        }

        String text() {
            StringBuilder sb = new StringBuilder(headline).append("\n\n");
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i > 0) {
                    sb.append("\n\n");
                }
                sb.append(String.join(" ", paragraphs.get(i)));
            }
            return sb.append('\n').toString();
        }

        // ------------------------------------------------------------------ dates

        When pastDate(DateKind kind) {
            return switch (kind) {
                case DAY -> day(published.minusDays(r.nextInt(21)), false);
                case WEEKDAY -> {
                    LocalDate dd = published.minusDays(1 + r.nextInt(6));
                    yield new When("am " + weekday(dd), dd.toString(), dd);
                }
                case MONTH -> {
                    if (published.getMonthValue() == 1) {
                        yield day(published.minusDays(r.nextInt(21)), false);
                    }
                    LocalDate first = published.withDayOfMonth(1).minusMonths(1);
                    yield new When("im " + month(first), first.toString().substring(0, 7), first);
                }
                case NONE -> When.NONE;
            };
        }

        When futureDate(DateKind kind) {
            return switch (kind) {
                case DAY -> day(published.plusDays(1 + r.nextInt(20)), false);
                case WEEKDAY -> {
                    LocalDate dd = published.plusDays(1 + r.nextInt(6));
                    yield new When("am " + weekday(dd), dd.toString(), dd);
                }
                default -> When.NONE;
            };
        }

        /** "am 3. Juli", with the year when it is not the publication year (and sometimes anyway). */
        When day(LocalDate dd, boolean alwaysYear) {
            boolean year = alwaysYear || dd.getYear() != published.getYear() || r.nextDouble() < 0.2;
            return new When("am " + dd.getDayOfMonth() + ". " + month(dd) + (year ? " " + dd.getYear() : ""),
                    dd.toString(), dd);
        }
    }

    private List<String> catalogSurnames(Entity p) {
        return catalog.surnames(p.key());
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN);
    }

    private static String weekday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w.getDisplayName(TextStyle.FULL, Locale.GERMAN);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
