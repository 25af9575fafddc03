package org.diplograph.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.DiplographException;

/**
 * The generator's data files, loaded once from the classpath: sentence templates by section
 * ({@code templates.txt}) and the German grammar of country names ({@code countries-de.tsv}). A missing
 * file, an empty section or a malformed line fails loudly with the file and line.
 */
final class GeneratorData {
    static final String BASE = "org/diplograph/generate/";

    /** How a country name is used in German: its article (gender) and the written form. */
    record CountryGrammar(String gender, String form) {
    }

    private static volatile GeneratorData instance;

    private final Map<String, List<String>> sections;
    private final Map<String, CountryGrammar> countries;

    private GeneratorData(Map<String, List<String>> sections, Map<String, CountryGrammar> countries) {
        this.sections = sections;
        this.countries = countries;
    }

    static GeneratorData get() {
        GeneratorData d = instance;
        if (d == null) {
            synchronized (GeneratorData.class) {
                d = instance;
                if (d == null) {
                    d = new GeneratorData(readTemplates(BASE + "templates.txt"), readCountries(BASE + "countries-de.tsv"));
                    instance = d;
                }
            }
        }
        return d;
    }

    /** The templates of {@code section}; fails when the section is missing or empty. */
    List<String> section(String section) {
        List<String> t = sections.get(section);
        if (t == null || t.isEmpty()) {
            throw new DiplographException(BASE + "templates.txt: no templates in section [" + section + "]");
        }
        return t;
    }

    /** The grammar of the country with this English name, or null for a plain neuter name. */
    CountryGrammar country(String nameEn) {
        return countries.get(nameEn);
    }

    private static Map<String, List<String>> readTemplates(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        int lineNo = 0;
        for (String line : lines(resource)) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                current = out.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
                continue;
            }
            if (current == null) {
                throw new DiplographException(resource + ":" + lineNo + ": template before the first [section]");
            }
            if (t.chars().filter(c -> c == '{').count() != t.chars().filter(c -> c == '}').count()) {
                throw new DiplographException(resource + ":" + lineNo + ": unbalanced braces in '" + t + "'");
            }
            current.add(t);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    private static Map<String, CountryGrammar> readCountries(String resource) {
        Map<String, CountryGrammar> out = new HashMap<>();
        int lineNo = 0;
        for (String line : lines(resource)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 2 || c.length > 3 || !List.of("m", "f", "n", "pl").contains(c[1])) {
                throw new DiplographException(resource + ":" + lineNo
                        + ": expected name_en<TAB>m|f|n|pl[<TAB>form], got '" + line + "'");
            }
            out.put(c[0], new CountryGrammar(c[1], c.length == 3 && !c[2].isBlank() ? c[2] : null));
        }
        return Map.copyOf(out);
    }

    private static List<String> lines(String resource) {
        InputStream in = GeneratorData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new DiplographException(resource + ": missing from the classpath (the jar is incomplete)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new DiplographException(resource + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
