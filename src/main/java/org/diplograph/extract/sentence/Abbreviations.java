package org.diplograph.extract.sentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.diplograph.DiplographException;

/**
 * The word lists of the sentence splitter: {@code abbreviations.txt} (words whose full stop does
 * not end a sentence) and {@code ordinal-cues.txt} (words before an ordinal number). Formats are
 * in the files' headers. Loaded once, lazily, from the classpath.
 */
final class Abbreviations {
    static final String RESOURCE = "org/diplograph/extract/sentence/abbreviations.txt";
    static final String CUES = "org/diplograph/extract/sentence/ordinal-cues.txt";

    private final Set<String> always;
    private final Set<String> beforeNumber;
    private final Set<String> ordinalCues;

    private Abbreviations(Set<String> always, Set<String> beforeNumber, Set<String> ordinalCues) {
        this.always = Set.copyOf(always);
        this.beforeNumber = Set.copyOf(beforeNumber);
        this.ordinalCues = Set.copyOf(ordinalCues);
    }

    /** True when {@code word} (any case) often stands before an ordinal number ("am", "zum", "die"). */
    boolean isOrdinalCue(String word) {
        return ordinalCues.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static final class Holder {
        static final Abbreviations INSTANCE = load();
    }

    static Abbreviations get() {
        return Holder.INSTANCE;
    }

    /** True when {@code word} (without its full stop) is an abbreviation in this position. */
    boolean isAbbreviation(String word, boolean numberFollows) {
        return always.contains(word) || numberFollows && beforeNumber.contains(word);
    }

    private static Abbreviations load() {
        Set<String> always = new HashSet<>();
        Set<String> beforeNumber = new HashSet<>();
        Set<String> cues = new HashSet<>();
        forEachLine(RESOURCE, (no, parts) -> {
            if (parts.length == 1) {
                always.add(parts[0]);
            } else if (parts.length == 2 && parts[1].equals("before-number")) {
                beforeNumber.add(parts[0]);
            } else {
                throw new DiplographException(RESOURCE + ":" + no + ": expected 'ABBR' or 'ABBR before-number', got '"
                        + String.join(" ", parts) + "'");
            }
        });
        forEachLine(CUES, (no, parts) -> {
            if (parts.length != 1) {
                throw new DiplographException(CUES + ":" + no + ": expected one word, got '" + String.join(" ", parts) + "'");
            }
            cues.add(parts[0].toLowerCase(java.util.Locale.ROOT));
        });
        return new Abbreviations(always, beforeNumber, cues);
    }

    private interface LineHandler {
        void accept(int lineNumber, String[] fields);
    }

    /** Calls {@code handler} with the whitespace-separated fields of every non-comment line. */
    private static void forEachLine(String resource, LineHandler handler) {
        InputStream in = Abbreviations.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new DiplographException("classpath resource " + resource + " is missing; rebuild the jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    handler.accept(no, s.split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new DiplographException("cannot read classpath resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
