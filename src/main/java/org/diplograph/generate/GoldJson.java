package org.diplograph.generate;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.diplograph.eval.GoldFile;

/** Writes a {@link GoldFile} in the evaluation's gold format (../shared/eval/README.md), field by field. */
final class GoldJson {
    private GoldJson() {
    }

    static void write(GoldFile g, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("article", g.article());
        if (g.file() != null) {
            out.writeStringField("file", g.file());
        }
        out.writeStringField("published", g.published());
        strings(out, "persons", g.persons());
        strings(out, "countries", g.countries());
        events(out, "calls", g.calls(), true);
        events(out, "rounds", g.rounds(), false);
        out.writeObjectFieldStart("optional");
        events(out, "calls", g.optional().calls(), true);
        events(out, "rounds", g.optional().rounds(), false);
        out.writeEndObject();
        if (g.notes() != null) {
            out.writeStringField("notes", g.notes());
        }
        out.writeEndObject();
    }

    private static void events(JsonGenerator out, String name, List<GoldFile.Event> events, boolean calls)
            throws IOException {
        out.writeArrayFieldStart(name);
        for (GoldFile.Event e : events) {
            out.writeStartObject();
            out.writeStringField("date", e.date());
            if (calls) {
                strings(out, "participants", e.participants());
                nullableInt(out, "duration_minutes", e.durationMinutes());
                strings(out, "topics", e.topics());
                strings(out, "topics_optional", e.topicsOptional());
            } else {
                out.writeStringField("place", e.place());
                strings(out, "parties", e.parties());
            }
            out.writeStringField("status", e.status());
            nullableInt(out, "ordinal", e.ordinal());
            if (e.dateBasis() != null) {
                out.writeStringField("date_basis", e.dateBasis());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }

    private static void nullableInt(JsonGenerator out, String name, Integer value) throws IOException {
        if (value == null) {
            out.writeNullField(name);
        } else {
            out.writeNumberField(name, value);
        }
    }
}
