package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.AnnotatedArticle;
import org.diplograph.extract.ArticleBody;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.EntityType;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Layer;
import org.diplograph.extract.MentionKind;
import org.diplograph.extract.entity.EntityRoles;

/**
 * Resolves the entity mentions of one article: merges persons, countries and places, keeps the
 * longest of overlapping mentions, and decides who surnames and role phrases stand for.
 * <ul>
 *   <li>A surname resolves to the one person in the article who has it (named in full anywhere in
 *       the article, or known to the lexicon); when two different people in the article share it,
 *       it stays unresolved (null key). A surname nobody in the article or lexicon has is dropped.</li>
 *   <li>A role phrase ("der US-Präsident", "der Kremlchef") resolves to the most recent person
 *       before it whose roles include the role and who represents the role's country. Without a
 *       country ("der Präsidentenberater"), it resolves only when exactly one person introduced so
 *       far fits. Unresolved role phrases are dropped.</li>
 *   <li>A country adjective or prefix inside a longer name stays ("US" in "US-Präsident Donald
 *       Trump", "US-Verteidigungsministerium"); a name inside a longer name of another entity
 *       goes ("Israel" in "Israel Katz"). The Kremlin keeps both its organization and its country
 *       mention.</li>
 * </ul>
 * The result is in text order.
 */
public final class EntityResolver implements Extractor<EntityMention> {
    /** What the lexicon says about each of its entities, by key: the same in every article, so gathered once. */
    private final Map<String, Known> known = new HashMap<>();

    public EntityResolver(EntityCatalog catalog) {
        for (Entity e : catalog.all()) {
            Set<String> roles = new HashSet<>();
            for (String role : e.roles()) {
                roles.add(normalizeRole(role));
            }
            known.put(e.key(), new Known(new HashSet<>(catalog.surnames(e.key())), roles, e.country()));
        }
    }

    @Override
    public Layer<EntityMention> produces() {
        return Layer.ENTITIES;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES, Layer.PERSONS, Layer.COUNTRIES, Layer.PLACES);
    }

    @Override
    public List<EntityMention> extract(AnnotatedArticle article) {
        // teasers of other articles after a footer ("Related Articles", "Lesen Sie auch") are not this article's
        int bodyEnd = ArticleBody.end(article.text());
        List<EntityMention> all = new ArrayList<>();
        for (Layer<EntityMention> layer : List.of(Layer.PERSONS, Layer.COUNTRIES, Layer.PLACES)) {
            for (EntityMention m : article.get(layer)) {
                if (m.end() <= bodyEnd) {
                    all.add(m);
                }
            }
        }
        return resolve(all);
    }

    /** Resolves a merged list of mentions from the three entity layers. */
    public List<EntityMention> resolve(List<EntityMention> mentions) {
        List<EntityMention> kept = removeOverlaps(mentions);
        return resolvePersons(kept);
    }

    // ---------------------------------------------------------------- overlaps

    private static final Comparator<EntityMention> TEXT_ORDER = Comparator.comparingInt(EntityMention::start)
            .thenComparing(Comparator.comparingInt(EntityMention::end).reversed())
            .thenComparing(m -> m.type().ordinal());

    static List<EntityMention> removeOverlaps(List<EntityMention> mentions) {
        List<EntityMention> sorted = new ArrayList<>(mentions);
        sorted.sort(TEXT_ORDER);
        // rank: the position of the first equal mention (as List.indexOf gives it); equal mentions share
        // start, end and type, so they sort into the same run and the search stays inside that run
        int[] firstIndex = new int[sorted.size()];
        int longest = 0;
        int run = 0;
        for (int k = 0; k < sorted.size(); k++) {
            EntityMention m = sorted.get(k);
            EntityMention r = sorted.get(run);
            if (r.start() != m.start() || r.end() != m.end() || r.type() != m.type()) {
                run = k;
            }
            int first = run;
            while (!sorted.get(first).equals(m)) {
                first++;
            }
            firstIndex[k] = first;
            longest = Math.max(longest, m.end() - m.start());
        }
        List<EntityMention> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < sorted.size(); k++) {
            EntityMention m = sorted.get(k);
            // only mentions starting within the longest mention's length before m can overlap it
            while (from < k && sorted.get(from).start() <= m.start() - longest) {
                from++;
            }
            boolean drop = false;
            for (int x = from; x < sorted.size() && sorted.get(x).start() < m.end(); x++) {
                EntityMention o = sorted.get(x);
                if (o == m || !o.overlaps(m)) {
                    continue;
                }
                int lo = o.end() - o.start();
                int lm = m.end() - m.start();
                if (o.kind() == MentionKind.ROLE || m.kind() == MentionKind.ROLE && m.type() != o.type()) {
                    continue; // role words never hide names; a name inside a role word stays too
                }
                if (m.type() == EntityType.COUNTRY && m.kind() == MentionKind.ADJECTIVE && o.type() != EntityType.COUNTRY) {
                    continue; // "US" in "US-Verteidigungsministerium"
                }
                if (lo > lm || lo == lm && o.type() == m.type() && firstIndex[x] < firstIndex[k]) {
                    drop = true;
                    break;
                }
                if (lo == lm && o.type() != m.type() && o.start() != m.start()) {
                    drop = firstIndex[x] < firstIndex[k];
                    if (drop) {
                        break;
                    }
                }
            }
            if (!drop) {
                out.add(m);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- persons

    /**
     * What the lexicon says about one of its entities: every surname, its roles (normalized by
     * {@link #normalizeRole}) and the country it represents (or null). Never modified.
     */
    private record Known(Set<String> surnames, Set<String> roles, String country) {
    }

    /**
     * What the article says about one person so far: what the lexicon says about them (when it
     * knows them) and what the article adds, kept apart so the lexicon's part is shared, not copied.
     */
    private static final class Profile {
        final String key;
        private final Known known;
        private Set<String> surnames;
        private Set<String> roles;
        private Set<String> countries;

        Profile(String key, Known known) {
            this.key = key;
            this.known = known;
        }

        boolean hasSurname(String s) {
            return known != null && known.surnames().contains(s) || surnames != null && surnames.contains(s);
        }

        boolean hasRole(String r) {
            return known != null && known.roles().contains(r) || roles != null && roles.contains(r);
        }

        boolean hasCountry(String c) {
            return known != null && c.equals(known.country()) || countries != null && countries.contains(c);
        }

        void addSurname(String s) {
            if (surnames == null) {
                surnames = new HashSet<>();
            }
            surnames.add(s);
        }

        void addRole(String r) {
            if (roles == null) {
                roles = new HashSet<>();
            }
            roles.add(r);
        }

        void addCountry(String c) {
            if (countries == null) {
                countries = new HashSet<>();
            }
            countries.add(c);
        }
    }

    private List<EntityMention> resolvePersons(List<EntityMention> mentions) {
        // every person the article names in full, with the surnames they go by
        Map<String, Profile> named = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME && m.key() != null) {
                profile(named, m.key(), m.name());
            }
        }
        List<EntityMention> out = new ArrayList<>();
        List<String> recency = new ArrayList<>(); // person keys, most recent last
        Map<String, Profile> seen = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                out.add(m);
                continue;
            }
            EntityMention r = switch (m.kind()) {
                case SURNAME -> resolveSurname(m, named);
                case ROLE -> resolveRole(m, recency, seen);
                default -> m.key() == null ? null : m;
            };
            if (r == null) {
                continue;
            }
            out.add(r);
            if (r.key() != null) {
                Profile p = seen.get(r.key());
                if (p == null) {
                    p = profile(seen, r.key(), r.name());
                }
                if (r.role() != null && r.kind() != MentionKind.ROLE) {
                    p.addRole(normalizeRole(r.role()));
                    p.addRole(normalizeRole(EntityRoles.canonical(r.role())));
                }
                if (r.represents() != null && r.kind() != MentionKind.ROLE) {
                    p.addCountry(r.represents());
                }
                recency.remove(r.key());
                recency.add(r.key());
            }
        }
        return out;
    }

    /**
     * The profile of {@code key} in {@code into}, made when missing. A person the lexicon knows
     * is what the lexicon says; one it does not know goes by the last word of each name the
     * article gives.
     */
    private Profile profile(Map<String, Profile> into, String key, String name) {
        Profile p = into.get(key);
        if (p == null) {
            p = new Profile(key, known.get(key));
            into.put(key, p);
        }
        if (p.known == null && name != null) {
            p.addSurname(lastWord(name));
        }
        return p;
    }

    /** The last whitespace-separated word of {@code name}: {@code name.trim().split("\\s+")}'s last element. */
    private static String lastWord(String name) {
        String t = name.trim();
        int k = t.length();
        while (k > 0 && !isRegexSpace(t.charAt(k - 1))) {
            k--;
        }
        return t.substring(k);
    }

    /** A character the regex {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private EntityMention resolveSurname(EntityMention m, Map<String, Profile> named) {
        List<String> candidates = new ArrayList<>();
        for (Profile p : named.values()) {
            if (p.hasSurname(m.name())) {
                candidates.add(p.key);
            }
        }
        if (candidates.size() == 1) {
            return m.withKey(candidates.get(0));
        }
        if (candidates.size() > 1) {
            return m.withKey(null); // shared surname: stays unresolved
        }
        return m.key() != null ? m : null;
    }

    private EntityMention resolveRole(EntityMention m, List<String> recency, Map<String, Profile> seen) {
        String role = normalizeRole(m.role());
        String head = normalizeRole(EntityRoles.canonical(m.role()));
        List<String> fits = new ArrayList<>();
        for (int k = recency.size() - 1; k >= 0; k--) {
            Profile p = seen.get(recency.get(k));
            boolean roleFits = p.hasRole(role) || p.hasRole(head);
            boolean countryFits = m.represents() == null || p.hasCountry(m.represents());
            if (roleFits && countryFits) {
                fits.add(p.key);
            }
        }
        if (fits.isEmpty()) {
            return null;
        }
        if (m.represents() == null && fits.size() > 1) {
            return null; // "der Präsident" with two presidents in the article: nobody can tell
        }
        return m.withKey(fits.get(0));
    }

    /** "Präsidentin" and "Präsident" compare equal; case is ignored. */
    static String normalizeRole(String role) {
        String r = role.toLowerCase(Locale.GERMAN);
        if (r.endsWith("in") && r.length() > 6 && "trfh".indexOf(r.charAt(r.length() - 3)) >= 0) {
            r = r.substring(0, r.length() - 2);
        }
        if (r.endsWith("e") && r.length() > 6) {
            r = r.substring(0, r.length() - 1) + "er"; // "Sondergesandte" = "Sondergesandter"
        }
        return r;
    }
}
