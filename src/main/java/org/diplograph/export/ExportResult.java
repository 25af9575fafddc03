package org.diplograph.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param format     the format
 * @param files      the files written (empty when the output was a stream)
 * @param statements RDF formats: the triples (Turtle) or quads written; 0 for property graphs
 * @param nodes      property-graph formats: the nodes written; 0 for RDF
 * @param edges      property-graph formats: the edges written; 0 for RDF
 */
public record ExportResult(ExportFormat format, List<Path> files, long statements, int nodes, int edges) {
    public ExportResult {
        files = List.copyOf(files);
    }

    /** One line for people: what was written where. */
    public String summary() {
        String what = format.kind() == ExportFormat.Kind.RDF ? statements + " statements"
                : nodes + " nodes, " + edges + " edges";
        String where = files.isEmpty() ? "" : " to " + String.join(", ", files.stream().map(Path::toString).toList());
        return "Exported " + format.id() + " (" + what + ")" + where;
    }
}
