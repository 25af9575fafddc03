package org.diplograph.query;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.diplograph.QueryException;

/**
 * How query results are printed.
 * <ul>
 *   <li>{@link #TEXT}: aligned columns for a terminal; line breaks and tabs inside values become spaces,
 *       unbound values are empty.</li>
 *   <li>{@link #CSV}: RFC 4180: comma-separated, CRLF line ends, a header row; a field containing a comma,
 *       a double quote, CR or LF is wrapped in double quotes and its quotes doubled.</li>
 *   <li>{@link #TSV}: tab-separated with a header row; inside values a backslash, tab, LF and CR are written
 *       as {@code \\}, {@code \t}, {@code \n}, {@code \r} (the "linear TSV" convention), so every row is one line.</li>
 *   <li>{@link #JSON}: an array of objects, one per row, keys in column order, unbound values null.</li>
 * </ul>
 */
public enum ResultFormat {
    TEXT, CSV, TSV, JSON;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The format called {@code name} (case-insensitive: text, csv, tsv, json). */
    public static ResultFormat parse(String name) {
        for (ResultFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return f;
            }
        }
        throw new QueryException("unknown format '" + name + "' (available: "
                + Arrays.stream(values()).map(ResultFormat::id).collect(Collectors.joining(", ")) + ")");
    }

    /** Lower-case name as given on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code table} in this format, as a string. */
    public String format(ResultTable table) {
        StringWriter out = new StringWriter();
        write(table, out);
        return out.toString();
    }

    /** Writes {@code table} to {@code out} in this format (does not close it). */
    public void write(ResultTable table, Writer out) {
        try {
            switch (this) {
                case TEXT -> writeText(table, out);
                case CSV -> writeDelimited(table, out, ",", "\r\n", ResultFormat::csvField);
                case TSV -> writeDelimited(table, out, "\t", "\n", ResultFormat::tsvField);
                case JSON -> writeJson(table, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV field (RFC 4180); null is the empty field. */
    public static String csvField(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** One TSV field: backslash, tab, LF, CR escaped; null is the empty field. */
    public static String tsvField(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void writeDelimited(ResultTable table, Writer out, String sep, String eol,
                                       java.util.function.UnaryOperator<String> field) throws IOException {
        out.write(table.columns().stream().map(field).collect(Collectors.joining(sep)));
        out.write(eol);
        for (List<String> row : table.rows()) {
            out.write(row.stream().map(field).collect(Collectors.joining(sep)));
            out.write(eol);
        }
    }

    private static void writeJson(ResultTable table, Writer out) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>(table.size());
        for (List<String> row : table.rows()) {
            Map<String, String> obj = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                obj.put(table.columns().get(i), row.get(i));
            }
            rows.add(obj);
        }
        try {
            out.write(JSON_MAPPER.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new QueryException("cannot write results as JSON: " + e.getOriginalMessage(), e);
        }
        out.write("\n");
    }

    private static void writeText(ResultTable table, Writer out) throws IOException {
        List<String> cols = table.columns();
        List<List<String>> cells = new ArrayList<>();
        for (List<String> row : table.rows()) {
            cells.add(row.stream().map(ResultFormat::textCell).toList());
        }
        int[] width = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            width[i] = displayWidth(cols.get(i));
            for (List<String> row : cells) {
                width[i] = Math.max(width[i], displayWidth(row.get(i)));
            }
        }
        writeTextLine(out, cols, width);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        writeTextLine(out, rule, width);
        for (List<String> row : cells) {
            writeTextLine(out, row, width);
        }
        out.write("(" + table.size() + (table.size() == 1 ? " row)" : " rows)") + "\n");
    }

    private static void writeTextLine(Writer out, List<String> values, int[] width) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            sb.append(v);
            if (i < values.size() - 1) {
                sb.append(" ".repeat(width[i] - displayWidth(v) + 2));
            }
        }
        out.write(sb.toString().stripTrailing());
        out.write("\n");
    }

    private static String textCell(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static int displayWidth(String s) {
        return s.codePointCount(0, s.length());
    }
}
