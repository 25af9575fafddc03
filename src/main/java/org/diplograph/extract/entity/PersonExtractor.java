package org.diplograph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.Layer;
import org.diplograph.extract.MentionKind;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityCatalog;

/**
 * Finds persons, reading German news the way a reader does:
 * <ol>
 *   <li>names from the lexicon, longest first, genitives included ("Wladimir Putin", "Putins",
 *       "Putin-Trump-Gesprächs");</li>
 *   <li>a role and a capitalised name ("Außenminister Andrij Sybiha", "Kremlsprecher Dmitri
 *       Peskow", "Ministeriumssprecher Sean Parnell"); the role and the country it implies
 *       ("US-Präsident", "der russische Präsident", "Frankreichs Präsident") stay on the mention;</li>
 *   <li>a known first name and a capitalised surname ("Stefan Kornelius");</li>
 *   <li>surnames alone ("Uschakow") as {@link MentionKind#SURNAME};</li>
 *   <li>role phrases standing for a person ("der Kremlchef", "dem US-Präsidenten", "Russlands
 *       Präsident") as {@link MentionKind#ROLE} with a null key, for
 *       {@link org.diplograph.resolve.EntityResolver} to resolve.</li>
 * </ol>
 * A person the lexicon does not know gets the key {@link EntityCatalog#keyFor} of the name as
 * written. Names inside media titles, streets and similar ("Moscow Times", "Karl-Marx-Straße")
 * are skipped.
 */
public final class PersonExtractor extends CatalogExtractor {
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "de", "den", "bin", "ibn", "al",
            "el", "da", "di", "dos", "du", "la", "le", "zu", "ben", "abu", "Abu");
    private static final Set<String> STOP_CAPS = Set.of("Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine",
            "Einen", "Einem", "Einer", "Im", "In", "Am", "An", "Auf", "Aus", "Bei", "Mit", "Nach", "Von", "Vom",
            "Zu", "Zum", "Zur", "Für", "Über", "Unter", "Vor", "Gegen", "Seit", "Bis", "Um", "Und", "Oder", "Aber",
            "Doch", "Als", "Wie", "Wenn", "Dass", "Ob", "Er", "Sie", "Es", "Wir", "Ihr", "Ich", "Man", "Sein",
            "Seine", "Ihre", "Dies", "Diese", "Dieser", "Laut", "Zudem", "Auch", "Noch", "Nur", "Schon", "Dabei",
            "Damit", "Dort", "Hier", "Heute", "Gestern", "Morgen", "Montag", "Dienstag", "Mittwoch", "Donnerstag",
            "Freitag", "Samstag", "Sonntag", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember", "Präsident", "Regierung", "Ministerium", "Jahr",
            "Jahre", "Jahren", "Woche", "Tag", "Tage", "Telefonat", "Gespräch", "Gespräche", "Krieg", "Mitte",
            "Ende", "Anfang", "Beginn", "Weltkrieg", "Staaten", "Republik", "Union", "Bundesregierung");
    /** What {@code String.split("\\s+")} splits at, compiled once (split compiles such a pattern on every call). */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final Set<String> CONJUNCTIONS = Set.of("und", "oder", "sowie");
    /** Particles that open a surname after first names ("Heinrich Gottlob von Miltitz"); not "den", "der". */
    private static final Set<String> NOBLE_PARTICLES = Set.of("von", "van", "zu", "de", "da", "di", "del", "della", "du");
    private static final Set<String> NOT_SAME_PERSON = Set.of("beiden", "beide", "früheren", "frühere", "früherer",
            "ehemalige", "ehemaligen", "ehemaliger", "damalige", "damaligen", "damaliger", "neue", "neuen", "neuer",
            "künftige", "künftigen", "künftiger", "designierte", "designierten", "designierter", "anderen", "andere",
            "stellvertretende", "stellvertretenden", "stellvertretender", "verstorbene", "verstorbenen", "einstige",
            "einstigen", "vorherige", "vorherigen", "letzte", "letzten", "nächste", "nächsten", "erste", "ersten");

    /** A name particle; every one has at most three letters, so longer words (most) skip the set. */
    private static boolean isParticle(String word) {
        return word.length() <= 3 && PARTICLES.contains(word);
    }

    public PersonExtractor(EntityCatalog catalog) {
        super(catalog, Layer.PERSONS);
    }

    /** A role word found in the text: tokens [from, to], its lemma and the country it names. */
    private record RoleHit(int from, int to, EntityLexicons.Role role, String lemma, String form,
                           String represents, boolean plainPrefix, boolean title, boolean relation) {
    }

    @Override
    List<EntityMention> extract(EntityScan scan) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < scan.size()) {
            Token t = scan.tok(i);
            if (!t.word() || scan.blocked(i)) {
                i++;
                continue;
            }
            RoleHit role = i == t.first() ? roleAt(scan, i) : null;
            boolean relation = role != null && role.relation();
            if (role != null && role.title() && personAt(scan, role.to() + 1, true, relation) == null) {
                role = null; // a title word that introduces no name is read like any other word
            }
            if (role != null) {
                EntityMention p = personAt(scan, role.to() + 1, true, relation);
                if (p != null) {
                    // "den russischen und US-Präsidenten Wladimir Putin und Donald Trump": whose role is unclear
                    Token before = scan.prevWord(role.from());
                    boolean coordinated = before != null && CONJUNCTIONS.contains(before.text());
                    out.add(coordinated ? p : new EntityMention(p.start(), p.end(), p.text(), EntityType.PERSON,
                            p.kind(), p.key(), p.name(), role.lemma(), role.represents()));
                    i = endToken(scan, p) + 1;
                    continue;
                }
                if (referring(scan, role)) {
                    int s = scan.tok(role.from()).start();
                    int e = scan.tok(role.to()).end();
                    out.add(new EntityMention(s, e, scan.text.substring(s, e), EntityType.PERSON, MentionKind.ROLE,
                            null, scan.text.substring(s, e), role.lemma(), role.represents()));
                }
                i = role.to() + 1;
                continue;
            }
            EntityMention p = personAt(scan, i, false);
            if (p == null) {
                p = speakerAt(scan, i);
            }
            if (p != null) {
                out.add(p);
                i = endToken(scan, p) + 1;
                continue;
            }
            i++;
        }
        return withSurnamesOfNewPersons(scan, out);
    }

    /**
     * Surnames of persons the lexicon does not know, once the article has named them in full
     * anywhere ("Regierungssprecherin Anna Bergmann ... Bergmann sagte"): SURNAME mentions with a
     * null key, for the resolver.
     */
    private List<EntityMention> withSurnamesOfNewPersons(EntityScan scan, List<EntityMention> found) {
        Set<String> surnames = new java.util.HashSet<>();
        for (EntityMention m : found) {
            if (m.kind() == MentionKind.NAME && m.key() != null && catalog.get(m.key()).isEmpty()) {
                String[] w = WHITESPACE.split(m.name());
                if (w.length > 1 && w[w.length - 1].length() > 2) {
                    surnames.add(w[w.length - 1]);
                }
            }
        }
        if (surnames.isEmpty()) {
            return found;
        }
        List<EntityMention> out = new ArrayList<>(found);
        for (int i = 0; i < scan.size(); i++) {
            Token t = scan.tok(i);
            if (!t.capitalized() || scan.blocked(i)) {
                continue;
            }
            String w = t.text();
            String bare = surnames.contains(w) ? w
                    : w.endsWith("s") && surnames.contains(w.substring(0, w.length() - 1)) ? w.substring(0, w.length() - 1) : null;
            if (bare == null || found.stream().anyMatch(m -> m.start() < t.end() && t.start() < m.end())) {
                continue;
            }
            out.add(mention(scan, i, i, MentionKind.SURNAME, null, bare));
        }
        out.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /** The first token ending at or after the end of {@code m}. */
    private static int endToken(EntityScan scan, EntityMention m) {
        int lo = 0;
        int hi = scan.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (scan.tok(mid).end() < m.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---------------------------------------------------------------- persons

    /** The person named at token i, or null. After a role, capitalised unknown names count too. */
    private EntityMention personAt(EntityScan scan, int i, boolean afterRole) {
        return personAt(scan, i, afterRole, false);
    }

    /**
     * The person named at token i, or null. After a role, capitalised unknown names count too;
     * after a relation word ("Sohn", "Kollege") a single unknown word only when it is a first name
     * ("Sohn Tobias", not "Tochter Dacia").
     */
    private EntityMention personAt(EntityScan scan, int i, boolean afterRole, boolean relation) {
        Token t = scan.tok(i);
        if (t == null || !t.word() || scan.blocked(i)) {
            return null;
        }
        EntityScan.Match full = scan.longestAlias(i, e -> e.type() == EntityType.PERSON);
        if (full != null) {
            String key = full.entities().size() == 1 ? full.entity().key() : null;
            return mention(scan, full.from(), full.to(), MentionKind.NAME, key, full.surface());
        }
        if (t.capitalized() && scan.longestAlias(i, e -> e.type() != EntityType.PERSON) != null) {
            return null; // a country, city or organization, not a name
        }
        if (t.capitalized() && i == t.first() && (t.inCompound() ? scan.compound(i) : scan.word(i)).entities().isEmpty()) {
            boolean firstName = isFirstName(scan, i);
            if (afterRole && !firstName && t.last() + 1 < scan.size() && isFirstName(scan, t.last() + 1)
                    && scan.tok(t.last() + 1).index() == scan.tok(t.last() + 1).first()
                    && nameEnd(scan, scan.tok(t.last() + 1).last() + 1) > t.last() + 1) {
                return null; // "Torwart Oldie Edwin van der Sar": a full name starts at the first name
            }
            if (firstName || afterRole) {
                int end = nameEnd(scan, t.last() + 1);
                if (end > t.last()) {
                    Token follow = scan.tok(end + 1);
                    if (follow != null && follow.word() && scan.sameSentence(end, follow.index())
                            && EntityRoles.orgHead(follow.text())) {
                        return null; // "Dave Matthews Band", "Lee Strasberg Theatre": no person
                    }
                    String name = scan.span(i, end);
                    return mention(scan, i, end, MentionKind.NAME, keyForFullName(scan, i, end), name);
                }
            }
        }
        EntityMention surname = surnameAt(scan, i);
        if (surname != null) {
            return surname;
        }
        if (afterRole && t.capitalized() && nameLike(scan, i) && i == t.first()) {
            Token next = scan.tok(t.last() + 1);
            if (next == null || !next.capitalized() || !scan.sameSentence(i, next.index())) {
                String name = scan.span(i, t.last());
                // "Handelsminister Gref": a person of its own unless the article names one in full
                // whose surname this is. Not a word ending in s (a genitive: "Vertraute Merkels"),
                // a common noun ("Präsident Wahlsieger") or a word that is never a name.
                boolean firstName = isFirstName(scan, i);
                boolean single = (firstName || !name.endsWith("s")) && !EntityRoles.commonNoun(name)
                        && !EntityRoles.notName(name) && (!relation || firstName);
                return mention(scan, i, t.last(), MentionKind.SURNAME,
                        single ? EntityCatalog.keyFor(EntityType.PERSON, name) : null, name);
            }
        }
        return null;
    }

    /**
     * The last token of a name whose further parts start at token k: more first names, particles
     * right after the first names ("Ursula von der Leyen", "Mohammed bin Salman"), then one
     * capitalised surname. -1 when no surname follows.
     */
    private int nameEnd(EntityScan scan, int k) {
        int end = k - 1;
        boolean particles = false;
        while (k < scan.size()) {
            Token t = scan.tok(k);
            if (!t.word() || !scan.sameSentence(k, end) || scan.blocked(k)) {
                break;
            }
            if (isParticle(t.text())) {
                if (t.inCompound() && t.index() == t.first()) {
                    Token after = scan.tok(t.last()); // "al-Assad", "al-Bussaidi"
                    return after.capitalized() && !scan.blocked(after.index()) ? t.last() : -1;
                }
                particles = true;
                k = t.last() + 1;
                continue;
            }
            if (!t.capitalized() || !nameLike(scan, k)) {
                break;
            }
            Token next = scan.tok(t.last() + 1);
            boolean moreToCome = next != null && next.capitalized() && scan.sameSentence(next.index(), k)
                    && nameLike(scan, next.index());
            if (moreToCome && !particles && isFirstName(scan, k)) {
                end = t.last(); // a further first name: "Luiz Inácio Lula"
                k = end + 1;
                continue;
            }
            if (next != null && next.word() && next.text().matches("[IVX]+")) {
                return -1; // "Johannes Paul II.": a pope or king, no surname
            }
            if (EntityRoles.orgHead(scan.tok(t.last()).text())) {
                return -1; // "Tony Awards", "Sky Lounge": a name of something else
            }
            if (!particles && next != null && NOBLE_PARTICLES.contains(next.text()) && isFirstName(scan, k)) {
                int surname = nobleSurname(scan, next.index());
                if (surname >= 0) {
                    return surname; // "Heinrich Gottlob von Miltitz": first names, then the surname
                }
            }
            return t.last();
        }
        return -1;
    }

    /**
     * The last token of a surname "von X", "von der X", "de X" starting at the particle at token k,
     * when X is a single capitalised name part closing the name (no capitalised word follows:
     * "Pearce von Zweitligist Hansa Rostock" is none); -1 otherwise.
     */
    private int nobleSurname(EntityScan scan, int k) {
        Token p = scan.tok(k);
        Token x = scan.nextWord(p.index());
        if (x != null && (x.text().equals("der") || x.text().equals("den"))) {
            x = scan.nextWord(x.index());
        }
        if (x == null || !x.capitalized() || x.index() != x.first() || !nameLike(scan, x.index())) {
            return -1;
        }
        Token after = scan.tok(x.last() + 1);
        if (after != null && after.word() && after.capitalized() && scan.sameSentence(after.index(), k)) {
            return -1;
        }
        return x.last();
    }

    private static boolean isFirstName(EntityScan scan, int k) {
        Token t = scan.tok(k);
        if (!t.inCompound()) {
            return scan.word(k).firstName();
        }
        return scan.compound(t.first()).firstName()
                || t.last() == t.first() + 2 && scan.word(k).firstName()
                && scan.tok(t.last()).capitalized() && scan.tok(t.last()).text().length() <= 8; // "Hans-Rudolf"
    }

    /** A capitalised word that can be part of a name: no function word, role, place or organization. */
    private boolean nameLike(EntityScan scan, int k) {
        Token t = scan.tok(k);
        if (t == null || !t.capitalized() || STOP_CAPS.contains(t.text()) || t.text().length() < 2) {
            return false;
        }
        if (scan.word(k).role() != null
                || t.inCompound() && scan.compound(t.first()).role() != null) {
            return false;
        }
        if (allUpperCase(t.text())) {
            return false; // NATO, USA, EU (the caller made sure of two characters at least)
        }
        if (EntityRoles.notName(t.text()) || EntityRoles.commonNoun(t.text())
                || EntityRoles.title(t.text(), false) != null) {
            return false; // "Ja", "Gott", "Sprintwertung", "Spieler"
        }
        EntityScan.Match other = scan.longestAlias(k, e -> e.type() != EntityType.PERSON);
        return other == null;
    }

    private static boolean allUpperCase(String w) {
        for (int c = 0; c < w.length(); c++) {
            if (!Character.isUpperCase(w.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key of a full name the text gives: the lexicon person whose surname it ends with when
     * the first names agree ("Dmitry Peskow" is Dmitri Peskow), else a new person's key.
     */
    private String keyForFullName(EntityScan scan, int from, int to) {
        String name = scan.span(from, to);
        Token first = scan.tok(from);
        String firstName = scan.span(first.first(), first.last());
        for (int k = first.last() + 1; k <= to; k++) {
            if (!scan.tok(k).word()) {
                continue;
            }
            String surname = scan.span(k, to);
            List<Entity> known = new ArrayList<>(catalog.personsBySurname(surname));
            if (known.isEmpty() && catalog.isAmbiguousSurname(surname)) {
                catalog.all().stream().filter(e -> e.type() == EntityType.PERSON
                        && catalog.surnames(e.key()).contains(surname)).forEach(known::add);
            }
            for (Entity e : known) {
                if (sameFirstName(firstName, e)) {
                    return e.key();
                }
            }
        }
        return EntityCatalog.keyFor(EntityType.PERSON, name);
    }

    private static boolean sameFirstName(String firstName, Entity e) {
        String f = EntityCatalog.slug(firstName);
        if (f.length() < 3) {
            return false;
        }
        for (String alias : e.aliases()) {
            String a = EntityCatalog.slug(WHITESPACE.split(alias)[0]);
            if (a.length() >= 3 && a.substring(0, 3).equals(f.substring(0, 3))) {
                return true;
            }
        }
        return false;
    }

    /** A surname alone ("Putin", "Uschakows", "von der Leyen"); key set when the lexicon knows exactly one. */
    private EntityMention surnameAt(EntityScan scan, int i) {
        Token t = scan.tok(i);
        EntityWords.Word w = scan.word(i);
        if (!t.marked() && w.surnameWords() == 0 && !w.surname() && !w.surnameBare()) {
            return null; // no surname starts with this word, and it is none (the loop below would try it alone)
        }
        if (!t.capitalized() && !isParticle(t.text())) {
            return null;
        }
        // a surname of n words covers at most n + 1 tokens (a genitive "s" may stand apart)
        int reach = Math.min(5, t.marked() ? catalog.maxSurnameWords(leadingWord(t.text())) : w.surnameWords());
        for (int j = Math.min(scan.size() - 1, i + reach); j >= i; j--) {
            Token last = scan.tok(j);
            if (!last.word() || !scan.sameSentence(i, j) || scan.blocked(j)) {
                continue;
            }
            if (j > i && !scan.word(j).endsName() && !scan.word(j).endsNameBare() && last.end() - last.start() > 2) {
                continue; // no key ends with this word, nor with it without a genitive s: no surname does
            }
            String s = scan.span(i, j);
            String bare = s;
            boolean known = j == i ? w.surname() : isSurname(s);
            if (!known && (j == i ? w.surnameBare()
                    : s.length() > 3 && s.endsWith("s") && isSurname(s.substring(0, s.length() - 1)))) {
                bare = s.substring(0, s.length() - 1);
                known = true;
            }
            if (known) {
                List<Entity> persons = catalog.personsBySurname(bare);
                String key = persons.size() == 1 ? persons.get(0).key() : null;
                return mention(scan, i, j, MentionKind.SURNAME, key, bare);
            }
        }
        return null;
    }

    /**
     * The leading run of letters and digits of a word: how the catalog indexes first words. The
     * word itself unless it is {@link Token#marked}.
     */
    private static String leadingWord(String w) {
        int k = 0;
        while (k < w.length() && Character.isLetterOrDigit(w.charAt(k))) {
            k++;
        }
        return k == w.length() ? w : w.substring(0, k);
    }

    private boolean isSurname(String s) {
        return catalog.isSurname(s);
    }

    private static EntityMention mention(EntityScan scan, int from, int to, MentionKind kind, String key, String name) {
        int s = scan.tok(from).start();
        int e = scan.tok(to).end();
        return new EntityMention(s, e, scan.text.substring(s, e), EntityType.PERSON, kind, key, name, null, null);
    }

    // ---------------------------------------------------------------- roles

    /** A role word (compound) starting at token i: "Präsident", "US-Präsidenten", "Kreml-Berater". */
    private RoleHit roleAt(EntityScan scan, int i) {
        Token t = scan.tok(i);
        EntityLexicons.Role role = (t.inCompound() ? scan.compound(i) : scan.word(i)).role();
        String represents = null;
        String lemma;
        boolean plainPrefix = true;
        if (role != null) {
            lemma = role.surface();
        } else if (t.last() >= i + 2) {
            role = scan.word(t.last()).role();
            if (role == null) {
                return titleAt(scan, i);
            }
            String prefix = scan.span(i, t.last() - 2);
            represents = prefixCountry(prefix);
            plainPrefix = represents != null;
            lemma = prefix + "-" + role.surface();
        } else {
            return titleAt(scan, i);
        }
        if (represents == null) {
            represents = role.country();
        }
        if (represents == null) {
            represents = countryBefore(scan, i);
        }
        if (represents == null) {
            represents = countryAfter(scan, t.last());
        }
        return new RoleHit(i, t.last(), role, lemma, scan.tok(t.last()).text(), represents, plainPrefix, false, false);
    }

    /**
     * A job title or relation word of {@code person-cues.tsv} starting at token i, when roles.tsv
     * knows none: "Handelsminister", "FDP-Chef", "Fußball-Experte", "Sohn". Such a word only
     * introduces a name; it never stands for a person alone. A job title is kept as the role, with
     * the country its prefix or an adjective before it names.
     */
    private RoleHit titleAt(EntityScan scan, int i) {
        Token t = scan.tok(i);
        if (!t.capitalized() || !scan.tok(t.last()).capitalized()) {
            return null;
        }
        EntityRoles.Title title = EntityRoles.title(scan.tok(t.last()).text(), t.last() > i);
        if (title == null) {
            return null;
        }
        String represents = null;
        String lemma = title.base();
        if (t.last() >= i + 2) {
            String prefix = scan.span(i, t.last() - 2);
            represents = prefixCountry(prefix);
            lemma = prefix + "-" + title.base();
        }
        if (!title.jobTitle()) {
            return new RoleHit(i, t.last(), new EntityLexicons.Role(lemma, lemma, null, false), null,
                    scan.tok(t.last()).text(), null, false, true, !title.honorific());
        }
        if (represents == null) {
            represents = countryBefore(scan, i);
        }
        return new RoleHit(i, t.last(), new EntityLexicons.Role(lemma, lemma, null, false), lemma,
                scan.tok(t.last()).text(), represents, false, true, false);
    }

    /**
     * A speaker the text names by one word right after a reporting verb, closing the clause:
     * "... , sagte Petkovic .", "... , so Barth .", "sagt Eymer der Zeitung". A
     * {@link MentionKind#SURNAME} with the key of the word as written, which the resolver replaces
     * when the article names the person in full.
     */
    private EntityMention speakerAt(EntityScan scan, int i) {
        Token t = scan.tok(i);
        if (!t.capitalized() || i != t.first() || scan.sentenceInitial(i) || scan.blocked(i)) {
            return null;
        }
        Token verb = scan.prevWord(i);
        if (verb == null || !verb.lowercase() || !EntityRoles.speechVerb(verb.text())) {
            return null;
        }
        if (verb.text().equals("so")) {
            Token before = scan.tok(verb.index() - 1);
            if (before == null || before.word() || !scan.sameSentence(before.index(), i)) {
                return null; // ", so Barth", not "und so Europa"
            }
        }
        for (int k = i; k <= t.last(); k++) {
            if (scan.tok(k).word() && (!nameLike(scan, k) || !scan.tok(k).capitalized())) {
                return null;
            }
        }
        Token next = scan.tok(t.last() + 1);
        boolean closes = next == null || !scan.sameSentence(next.index(), i)
                || next.kind() == Token.Kind.PUNCT && next.text().charAt(0) != '-' && next.text().charAt(0) != '('
                || next.word() && next.lowercase() && EntityRoles.speechNext(next.text());
        if (!closes) {
            return null;
        }
        String name = scan.span(i, t.last());
        return mention(scan, i, t.last(), MentionKind.SURNAME, EntityCatalog.keyFor(EntityType.PERSON, name), name);
    }

    /** "US" -> the United States, "EU" -> the European Union, "Kreml" -> Russia. */
    private String prefixCountry(String prefix) {
        for (Entity e : catalog.lookup(prefix)) {
            if (e.type() == EntityType.COUNTRY) {
                return e.key();
            }
            var sf = catalog.standsFor(e.key());
            if (sf.isPresent() && e.type() == EntityType.ORGANIZATION) {
                return sf.get();
            }
            if (e.type() == EntityType.ORGANIZATION) {
                return e.key();
            }
        }
        return null;
    }

    /** The country an adjective or genitive before the role names: "der russische Präsident", "Russlands Präsident". */
    private String countryBefore(EntityScan scan, int i) {
        Token prev = scan.prevWord(i);
        for (int hops = 0; prev != null && hops < 2; hops++) {
            EntityScan.Match adj = scan.countryAdjective(prev.first());
            if (adj != null && adj.to() == prev.index()) {
                return adj.entity().key();
            }
            EntityScan.Match gen = scan.longestAlias(prev.first(), e -> e.type() == EntityType.COUNTRY);
            if (gen != null && gen.to() == prev.index() && gen.genitive()) {
                return gen.entity().key();
            }
            if (!prev.lowercase()) {
                return null;
            }
            prev = scan.prevWord(prev.first());
        }
        return null;
    }

    /** "der Präsident der Ukraine", "Präsident Russlands". */
    private String countryAfter(EntityScan scan, int last) {
        Token next = scan.nextWord(last);
        if (next == null) {
            return null;
        }
        int k = next.index();
        if (next.text().equals("der") || next.text().equals("des")) {
            k++;
        }
        EntityScan.Match m = scan.longestAlias(k, e -> e.type() == EntityType.COUNTRY);
        if (m != null && (m.genitive() || k != next.index())) {
            return m.entity().key();
        }
        return null;
    }

    /**
     * Whether a role without a name stands for one person: "der Kremlchef", "dem US-Präsidenten",
     * "Russlands Präsident"; not "die beiden Präsidenten", "der frühere Präsident", "Unser Präsident".
     */
    private boolean referring(EntityScan scan, RoleHit r) {
        if (!r.role().refers() || !r.plainPrefix()) {
            return false;
        }
        String base = r.role().surface();
        String form = r.form();
        Token prev = scan.prevWord(r.from());
        for (int hops = 0; prev != null && hops < 3; hops++) {
            String w = prev.text();
            switch (w) {
                case "der", "Der" -> {
                    return form.equals(base) || form.equals(base + "in");
                }
                case "die", "Die" -> {
                    return form.equals(base + "in") || (base.endsWith("e") && form.equals(base));
                }
                case "dem", "Dem", "den", "Den" -> {
                    return !form.endsWith("innen") && !form.equals(base + "s");
                }
                case "des", "Des" -> {
                    return form.equals(base + "s") || form.equals(base + "es") || form.equals(base + "en")
                            || form.equals(base + "n");
                }
                default -> {
                }
            }
            if (NOT_SAME_PERSON.contains(w)) {
                return false;
            }
            EntityScan.Match gen = scan.longestAlias(prev.first(), e -> e.type() == EntityType.COUNTRY);
            if (gen != null && gen.genitive() && gen.to() == prev.index()) {
                return form.equals(base) || form.equals(base + "in");
            }
            if (!prev.lowercase()) {
                return false;
            }
            prev = scan.prevWord(prev.first());
        }
        return false;
    }
}
