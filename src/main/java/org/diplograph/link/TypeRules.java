package org.diplograph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diplograph.DiplographException;

/**
 * Which Wikidata classes an item must be an instance of (P31) to be linked to an entity of each kind, read
 * from {@value #RESOURCE} (format: {@code docs/wikidata.md}). Only the item's direct P31 values count.
 */
public final class TypeRules {
    /** Where the rules live on the classpath. */
    public static final String RESOURCE = "org/diplograph/link/wikidata-types.tsv";

    private static final String HEADER = "kind\tqid\tlabel\tcondition";
    private static final String NOT_DISSOLVED = "not-dissolved";
    /** Q3024240, historical country: excluded by the "not-dissolved" condition. */
    static final String HISTORICAL_COUNTRY = "Q3024240";

    private static volatile TypeRules bundled;

    /** One accepted class. */
    public record Rule(EntityKind kind, String qid, String label, boolean notDissolved) {
    }

    private final List<Rule> rules;
    private final Map<String, String> labels;

    TypeRules(List<Rule> rules, Map<String, String> labels) {
        this.rules = List.copyOf(rules);
        this.labels = Map.copyOf(labels);
    }

    /** The bundled rules, read on first use; a missing or malformed file fails loudly. */
    public static TypeRules bundled() {
        TypeRules r = bundled;
        if (r == null) {
            synchronized (TypeRules.class) {
                if (bundled == null) {
                    bundled = load();
                }
                r = bundled;
            }
        }
        return r;
    }

    /** The classes accepted for {@code kind}, in file order. */
    public List<Rule> rules(EntityKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).toList();
    }

    /**
     * The rule {@code item} satisfies for {@code kind}: its first P31 value that is an accepted class whose
     * condition holds; empty when none does.
     */
    public Optional<Rule> fit(EntityKind kind, WikidataItem item) {
        for (Rule rule : rules(kind)) {
            if (!item.instanceOf().contains(rule.qid())) {
                continue;
            }
            if (rule.notDissolved() && (item.dissolved() || item.instanceOf().contains(HISTORICAL_COUNTRY))) {
                continue;
            }
            return Optional.of(rule);
        }
        return Optional.empty();
    }

    /** "Q5 (human)" for a class the file names, else the bare QID. */
    public String describe(String classQid) {
        String label = labels.get(classQid);
        return label == null ? classQid : classQid + " (" + label + ")";
    }

    /** What {@code kind} needs, for messages: "Q5 (human)" or "Q515 (city), Q5119 (capital city) or …". */
    public String wanted(EntityKind kind) {
        List<String> names = rules(kind).stream().map(r -> describe(r.qid())).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "(no class listed)" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static TypeRules load() {
        InputStream in = TypeRules.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new DiplographException(RESOURCE + " is missing from the classpath (rebuild with ./mvnw package)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r.lines().toList());
        } catch (IOException e) {
            throw new DiplographException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Parses the lines of a rules file (comments, header, rows). */
    static TypeRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = RESOURCE + ":" + (i + 1) + ": ";
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw new DiplographException(where + "expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
                }
                header = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new DiplographException(where + "expected 4 tab-separated cells, found " + cells.length);
            }
            String kindKey = cells[0].strip();
            String qid = cells[1].strip();
            String label = cells[2].strip();
            String condition = cells[3].strip();
            if (!WikidataItem.isQid(qid)) {
                throw new DiplographException(where + "'" + qid + "' is not a Wikidata item id (Q…)");
            }
            if (!condition.isEmpty() && !condition.equals(NOT_DISSOLVED)) {
                throw new DiplographException(where + "unknown condition '" + condition + "' (empty or " + NOT_DISSOLVED + ")");
            }
            if (labels.containsKey(qid) && !kindKey.equals("-") && rules.stream().anyMatch(r -> r.qid().equals(qid)
                    && r.kind().key().equals(kindKey))) {
                throw new DiplographException(where + qid + " is listed twice for " + kindKey);
            }
            labels.putIfAbsent(qid, label);
            if (kindKey.equals("-")) {
                continue;
            }
            EntityKind kind = EntityKind.byKey(kindKey);
            if (kind == null) {
                throw new DiplographException(where + "unknown kind '" + kindKey
                        + "' (person, country, city, region, organization or -)");
            }
            rules.add(new Rule(kind, qid, label, condition.equals(NOT_DISSOLVED)));
        }
        if (!header) {
            throw new DiplographException(RESOURCE + ": no header line '" + HEADER.replace("\t", "<TAB>") + "'");
        }
        return new TypeRules(rules, labels);
    }
}
