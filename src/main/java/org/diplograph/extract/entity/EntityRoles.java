package org.diplograph.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.DiplographException;

/**
 * The role lexicon ({@code roles.tsv}) as the resolver needs it: which role a role text given at a
 * mention is compared as. "Kremlchef" is a Präsident (of Russia), "US-Präsident" a Präsident,
 * "Präsidentschaftssprecher" a Sprecher. Also the cues ({@code person-cues.tsv}) that let
 * {@link PersonExtractor} find persons the catalog does not know: job titles and relations before a
 * name, reporting verbs before a speaker, words that make a name part of an organization, and the
 * endings of German common nouns.
 */
public final class EntityRoles {
    private static final String CUES = "person-cues.tsv";
    /**
     * The endings a title noun takes before a name: "Bildungsministerin", "dem Handelsminister",
     * "seinem Kollegen". Not the genitive -s: "des einzelnen Spielers Halbzug", "Mutters Name".
     */
    private static final List<String> TITLE_ENDINGS = List.of("", "in", "en", "n", "e", "er", "r");

    private EntityRoles() {
    }

    /** The canonical role of a role text from a mention; the text itself when the lexicon does not know it. */
    public static String canonical(String roleText) {
        EntityLexicons lex = EntityLexicons.get();
        EntityLexicons.Role r = lex.role(roleText);
        if (r == null) {
            int dash = roleText.lastIndexOf('-');
            if (dash > 0 && dash < roleText.length() - 1) {
                r = lex.role(roleText.substring(dash + 1));
            }
        }
        return r == null ? roleText : r.canonical();
    }

    /**
     * A title or relation word found at the end of a word: {@code base} is the word without its
     * inflection ("Handelsministers" gives "Handelsminister", "Bildungsministerin" keeps the -in),
     * {@code jobTitle} whether it is a job title (given as a role) or a relation ("Sohn"),
     * {@code honorific} a relation after which one unknown word is a name ("Herr Willemsen").
     */
    record Title(String base, boolean jobTitle, boolean honorific) {
    }

    /**
     * The title a capitalised word is ("Handelsminister", "Fußball-Experte" by its last part), or
     * null. {@code compoundPart}: the word is the last part of a hyphenated compound ("FDP-Chef"),
     * where a short title may stand alone.
     */
    static Title title(String word, boolean compoundPart) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        Cues c = Cues.get();
        String lower = word.toLowerCase(Locale.GERMAN);
        for (String ending : TITLE_ENDINGS) {
            if (!lower.endsWith(ending) || lower.length() - ending.length() < 3) {
                continue;
            }
            String stem = lower.substring(0, lower.length() - ending.length());
            // every title, relation and form of address ends in one of these three letters: most
            // capitalised words are rejected here, before a substring is cut for each of their tails
            if (!c.lastThree.contains(stem.substring(stem.length() - 3))) {
                continue;
            }
            for (int cut = 0; cut <= stem.length() - 3; cut++) {
                String tail = stem.substring(cut);
                boolean job = c.titles.contains(tail);
                boolean honorific = c.honorifics.contains(tail);
                if (job || honorific || c.relations.contains(tail)) {
                    if (job && cut == 0 && tail.length() < 5 && !compoundPart) {
                        continue; // "Chef", "Star", "Vize" alone are too often part of other names ("Star Wars")
                    }
                    String base = word.substring(0, stem.length()) + (ending.startsWith("in") ? "in" : "");
                    return new Title(base, job, honorific);
                }
            }
        }
        return null;
    }

    /** A reporting verb form ("sagte", "so") after which a speaker's name may close the clause. */
    static boolean speechVerb(String word) {
        return Cues.get().speech.contains(word);
    }

    /** A lower-case word that may follow a speaker's name after a reporting verb ("sagte Eymer der Zeitung"). */
    static boolean speechNext(String word) {
        return Cues.get().speechNext.contains(word);
    }

    /** A word that, right after a name, makes it part of an organization or work ("Band", "Stiftung"). */
    static boolean orgHead(String word) {
        return Cues.get().orgHeads.contains(word);
    }

    /** A capitalised word that is never a name ("Ja", "Nein", "Gott"). */
    static boolean notName(String word) {
        return Cues.get().notNames.contains(word);
    }

    /** A capitalised German common noun by its ending ("Meinung", "Freiheit"), long enough to be no name ("Jung"). */
    static boolean commonNoun(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        for (String e : Cues.get().nounEndings) {
            if (lower.length() >= e.length() + 4 && lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The cue lists, loaded from the classpath the first time one is asked for. */
    private static final class Cues {
        private static volatile Cues instance;
        final Set<String> titles = new HashSet<>();
        final Set<String> relations = new HashSet<>();
        final Set<String> honorifics = new HashSet<>();
        final Set<String> speech = new HashSet<>();
        final Set<String> speechNext = new HashSet<>();
        final Set<String> orgHeads = new HashSet<>();
        final Set<String> notNames = new HashSet<>();
        final List<String> nounEndings = new ArrayList<>();
        /** The last three letters of every title, relation and form of address (see {@link #title}). */
        final Set<String> lastThree = new HashSet<>();

        static Cues get() {
            Cues c = instance;
            if (c == null) {
                synchronized (Cues.class) {
                    c = instance;
                    if (c == null) {
                        c = load();
                        instance = c;
                    }
                }
            }
            return c;
        }

        private static Cues load() {
            Cues c = new Cues();
            for (EntityLexicons.Line line : EntityLexicons.lines(CUES)) {
                String[] f = line.text().split("\t", -1);
                if (f.length != 2 || f[1].isBlank()) {
                    throw line.error("expected kind TAB word, found '" + line.text() + "'");
                }
                String w = f[1].trim();
                switch (f[0]) {
                    case "title" -> c.titles.add(w);
                    case "relation" -> c.relations.add(w);
                    case "honorific" -> c.honorifics.add(w);
                    case "speech" -> c.speech.add(w);
                    case "speech-next" -> c.speechNext.add(w);
                    case "org-head" -> c.orgHeads.add(w);
                    case "noun-ending" -> c.nounEndings.add(w);
                    case "not-name" -> c.notNames.add(w);
                    default -> throw line.error("unknown kind '" + f[0]
                            + "' (title, relation, honorific, speech, speech-next, org-head, noun-ending or not-name)");
                }
            }
            for (Set<String> words : List.of(c.titles, c.relations, c.honorifics)) {
                for (String w : words) {
                    if (w.length() >= 3) {
                        c.lastThree.add(w.substring(w.length() - 3));
                    }
                }
            }
            if (c.titles.isEmpty() || c.speech.isEmpty()) {
                throw new DiplographException(CUES + ": no title or speech cues: the word list is incomplete");
            }
            return c;
        }
    }
}
