package org.diplograph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.QueryException;

/**
 * What a query's comment header says about it. The header is the run of {@code #} lines at the top
 * of the file:
 * <pre>
 * # title: Calls mentioning a topic
 * # description: Every phone call whose topics include ...
 * #   (a "#" line without a key continues the description)
 * # param: topic  a name in any language (Iran, Naher Osten) or a Wikidata QID (Q794)
 * </pre>
 * A parameter {@code NAME} is bound to the query variable {@code ?NAME_param} as a plain string literal.
 *
 * @param name        the query's name (file name without ".rq")
 * @param title       one line, or the name when the header has none
 * @param description what the rows are, or ""
 * @param params      the parameters, all required, in header order
 */
public record QueryInfo(String name, String title, String description, List<Param> params) {

    /** Parameter names: a letter, then letters, digits or '_'. */
    static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern KEY_LINE = Pattern.compile("#\\s*(title|description|param)\\s*:\\s*(.*)");
    private static final Pattern PARAM_LINE = Pattern.compile("(\\S+)\\s*(.*)");

    /** One parameter: its name and what values it takes. */
    public record Param(String name, String description) {
        public Param {
            Objects.requireNonNull(name);
            description = description == null ? "" : description;
        }

        /** The query variable the value is bound to: {@code topic} -> {@code topic_param}. */
        public String variable() {
            return variableFor(name);
        }
    }

    public QueryInfo {
        Objects.requireNonNull(name);
        title = title == null || title.isBlank() ? name : title;
        description = description == null ? "" : description;
        params = List.copyOf(params);
    }

    /** The query variable (without '?') a parameter named {@code param} is bound to. */
    public static String variableFor(String param) {
        return param + "_param";
    }

    /** The parameter called {@code paramName}, or null. */
    public Param param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst().orElse(null);
    }

    /**
     * Reads the header of {@code text}.
     *
     * @throws QueryException when a param line has no valid name or a name appears twice
     */
    public static QueryInfo parse(String name, String text) {
        String title = null;
        StringBuilder description = new StringBuilder();
        List<Param> params = new ArrayList<>();
        boolean inDescription = false;
        int lineNo = 0;
        for (String raw : text.split("\\R", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = KEY_LINE.matcher(line);
            if (m.matches()) {
                String value = m.group(2).strip();
                inDescription = false;
                switch (m.group(1)) {
                    case "title" -> title = value;
                    case "description" -> {
                        description.append(value);
                        inDescription = true;
                    }
                    default -> params.add(parseParam(name, lineNo, value, params));
                }
            } else if (inDescription) {
                String more = line.substring(1).strip();
                if (!more.isEmpty()) {
                    description.append(description.isEmpty() ? "" : " ").append(more);
                }
            }
        }
        return new QueryInfo(name, title, description.toString(), params);
    }

    private static Param parseParam(String query, int lineNo, String value, List<Param> seen) {
        Matcher m = PARAM_LINE.matcher(value);
        if (!m.matches() || !PARAM_NAME.matcher(m.group(1)).matches()) {
            throw new QueryException(query + ".rq:" + lineNo + ": a param line needs a name (letters, digits, '_')"
                    + " and a description, e.g. '# param: topic  a name or a QID'");
        }
        String paramName = m.group(1);
        if (seen.stream().anyMatch(p -> p.name().equals(paramName))) {
            throw new QueryException(query + ".rq:" + lineNo + ": param '" + paramName + "' is declared twice");
        }
        return new Param(paramName, m.group(2).strip());
    }
}
