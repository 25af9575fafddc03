package org.diplograph.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The top-level fields of one JSON object (a {@code .meta.json} sidecar or one JSONL line), each
 * with the line and column of its value, read with Jackson's streaming parser. Nested objects and
 * arrays are skipped, not built. Typed accessors report a wrong-typed value as a {@link Problem}
 * at the value's position.
 */
final class JsonFields {

    /**
     * A top-level value: its token kind, its text when scalar, and where it starts (line and column
     * 1-based; {@code offset} 0-based in characters, -1 when unknown).
     */
    record Field(String name, JsonToken token, String text, int line, int column, long offset) {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }
    }

    /**
     * A problem at a position in the JSON: line and column 1-based (0 when unknown), character offset
     * 0-based (-1 when unknown).
     */
    static final class Problem extends Exception {
        private final int line;
        private final int column;
        private final long offset;

        Problem(String reason, int line, int column, long offset) {
            super(reason, null, false, false);
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        Problem(String reason, JsonLocation at) {
            this(reason, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    at == null ? -1 : at.getCharOffset());
        }

        Problem(String reason, Field at) {
            this(reason, at.line(), at.column(), at.offset());
        }

        String reason() {
            return getMessage();
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }

        long offset() {
            return offset;
        }
    }

    private final Map<String, Field> fields;

    private JsonFields(Map<String, Field> fields) {
        this.fields = fields;
    }

    /** A parser factory that allows strings up to {@code maxChars} and rejects duplicate keys. */
    static JsonFactory factory(long maxChars) {
        int max = (int) Math.min(Integer.MAX_VALUE, Math.max(maxChars, 1));
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(max).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** Reads {@code json}, which must hold exactly one JSON object. */
    static JsonFields parse(JsonFactory factory, String json) throws Problem {
        try (JsonParser p = factory.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new Problem("no JSON object", 1, 1, 0);
            }
            if (t != JsonToken.START_OBJECT) {
                throw new Problem("expected a JSON object, got " + kind(t, p.getText()), p.currentTokenLocation());
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                String text = v.isScalarValue() ? p.getText() : null;
                if (v.isStructStart()) {
                    p.skipChildren();
                }
                fields.put(name, new Field(name, v, text, at.getLineNr(), at.getColumnNr(), at.getCharOffset()));
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new Problem("unexpected content after the JSON object", p.currentTokenLocation());
            }
            return new JsonFields(Collections.unmodifiableMap(fields));
        } catch (JsonProcessingException e) {
            throw new Problem("malformed JSON: " + cleanMessage(e.getOriginalMessage()), e.getLocation());
        } catch (IOException e) {
            throw new Problem("cannot read JSON: " + e.getMessage(), 0, 0, -1);
        }
    }

    /** The names of all top-level fields, in document order. */
    Set<String> names() {
        return fields.keySet();
    }

    /** The first of {@code names} that is present with a non-null value, or null. */
    Field first(String... names) {
        for (String name : names) {
            Field f = fields.get(name);
            if (f != null && !f.isNull()) {
                return f;
            }
        }
        return null;
    }

    /** The string value of the first of {@code names} present, or null; any other type is a problem. */
    String string(String... names) throws Problem {
        Field f = first(names);
        if (f == null) {
            return null;
        }
        if (f.token() != JsonToken.VALUE_STRING) {
            throw new Problem(f.name() + ": expected a string, got " + describe(f), f);
        }
        return f.text();
    }

    /** Like {@link #string} but blank values count as absent and the value is stripped. */
    String label(String... names) throws Problem {
        String s = string(names);
        return s == null || TextBytes.isBlank(s) ? null : s.strip();
    }

    /** The publication date from the first of {@code names} present, or null. */
    LocalDate date(String... names) throws Problem {
        Field f = first(names);
        if (f == null) {
            return null;
        }
        if (f.token() == JsonToken.VALUE_STRING) {
            if (TextBytes.isBlank(f.text())) {
                return null;
            }
            try {
                return PublishedDate.parse(f.text());
            } catch (IllegalArgumentException e) {
                // fall through to the common message
            }
        }
        throw new Problem(f.name() + ": expected " + PublishedDate.EXPECTED + ", got " + describe(f), f);
    }

    /** An article id: a non-empty string or an integer, or null when absent. */
    String id(String name) throws Problem {
        Field f = first(name);
        if (f == null) {
            return null;
        }
        if (f.token() == JsonToken.VALUE_NUMBER_INT
                || (f.token() == JsonToken.VALUE_STRING && !TextBytes.isBlank(f.text()))) {
            return f.text().strip();
        }
        throw new Problem(name + ": expected a non-empty string or an integer, got " + describe(f), f);
    }

    /** A value as it appears in an error message: {@code 5}, {@code "3. Juli"}, {@code an object}. */
    static String describe(Field f) {
        return kind(f.token(), f.text());
    }

    private static String kind(JsonToken t, String text) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> quote(text);
            case VALUE_NULL -> "null";
            default -> text == null ? t.asString() : oneLine(text, 60);
        };
    }

    private static String quote(String s) {
        return "\"" + oneLine(s, 60).replace("\"", "\\\"") + "\"";
    }

    /** {@code s} on one line (control characters as spaces), cut to {@code max} characters. */
    static String oneLine(String s, int max) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(max + 1L).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return s.codePointCount(0, s.length()) > max
                ? b.substring(0, b.offsetByCodePoints(0, max)) + "…" : b.toString();
    }

    /** Jackson's message on one line, without its source excerpts. */
    private static String cleanMessage(String message) {
        if (message == null) {
            return "syntax error";
        }
        String s = message.replaceAll("\\s*\\(start marker at \\[[^]]*]\\)", "")
                .replaceAll("\\s*\\[Source:[^]]*]", "");
        int nl = s.indexOf('\n');
        return oneLine(nl >= 0 ? s.substring(0, nl) : s, 200).strip();
    }
}
