package org.diplograph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.store.Tdb2Store;

/**
 * Exports a store in one of the {@link ExportFormat}s: to a stream (single-file formats), or to a path
 * (a file, or for {@link ExportFormat#CSV} a directory). Files are written beside their destination and
 * moved into place when complete, so a failed export never leaves half a file under the final name.
 *
 * <pre>{@code
 * try (Tdb2Store store = Tdb2Store.openExisting(db, "export")) {
 *     new Exporter(ExportOptions.DEFAULT).write(store, ExportFormat.GEXF, Path.of("graph.gexf"));
 * }
 * }</pre>
 */
public final class Exporter {
    /** The file written beside a JSON-LD export: its {@code @context} on its own. */
    public static final String JSONLD_CONTEXT_FILE = "context.jsonld";

    private final ExportOptions options;

    public Exporter(ExportOptions options) {
        this.options = options;
    }

    /** The property graph of the store, made by the convention of {@code docs/export.md}. */
    public PropertyGraph propertyGraph(DatasetGraph dsg) {
        PropertyGraphConverter converter = new PropertyGraphConverter(options);
        return Txn.calculateRead(dsg, () -> converter.convert(dsg.getUnionGraph()));
    }

    /** Writes a single-file format to {@code out} (not closed). */
    public ExportResult write(Tdb2Store store, ExportFormat format, Writer out) {
        return write(store.datasetGraph(), format, out);
    }

    /** Writes a single-file format to {@code out} (not closed). */
    public ExportResult write(DatasetGraph dsg, ExportFormat format, Writer out) {
        if (format.writesDirectory()) {
            throw new ExportException(format.id() + " writes a directory of files; give one with --out DIR");
        }
        ExportResult r = writeSingle(dsg, format, out, List.of());
        try {
            out.flush();
        } catch (IOException e) {
            throw new ExportException("cannot write the " + format.id() + " export: " + e.getMessage(), e);
        }
        return r;
    }

    /**
     * Writes to {@code out}: a file for single-file formats (JSON-LD also writes {@value #JSONLD_CONTEXT_FILE}
     * beside it), a directory (created when missing) for {@link ExportFormat#CSV}.
     */
    public ExportResult write(Tdb2Store store, ExportFormat format, Path out) {
        return write(store.datasetGraph(), format, out);
    }

    /** As {@link #write(Tdb2Store, ExportFormat, Path)}. */
    public ExportResult write(DatasetGraph dsg, ExportFormat format, Path out) {
        if (format == ExportFormat.CSV) {
            return writeCsv(dsg, out);
        }
        if (Files.isDirectory(out)) {
            throw new ExportException(out + ": is a directory; " + format.id() + " writes one file (e.g. --out "
                    + out.resolve("graph." + format.extension()) + ")");
        }
        List<Path> files = new ArrayList<>();
        files.add(out);
        Path context = null;
        if (format == ExportFormat.JSONLD) {
            context = sibling(out, JSONLD_CONTEXT_FILE);
            if (context.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new ExportException(out + ": that name is taken by the JSON-LD context file; choose another");
            }
            files.add(context);
        }
        ExportResult[] result = new ExportResult[1];
        atomically(out, w -> result[0] = writeSingle(dsg, format, w, files));
        if (context != null) {
            atomically(context, RdfExport::writeContext);
        }
        return result[0];
    }

    private ExportResult writeSingle(DatasetGraph dsg, ExportFormat format, Writer out, List<Path> files) {
        if (format.kind() == ExportFormat.Kind.RDF) {
            long n = Txn.calculateRead(dsg, () -> RdfExport.write(dsg, format, out));
            return new ExportResult(format, files, n, 0, 0);
        }
        PropertyGraph g = propertyGraph(dsg);
        switch (format) {
            case GEXF -> GexfWriter.write(g, out);
            case GRAPHML -> GraphmlWriter.write(g, out, false);
            case YED -> GraphmlWriter.write(g, out, true);
            case CYTOSCAPE -> CytoscapeWriter.write(g, out);
            default -> throw new IllegalStateException("not a single-file format: " + format);
        }
        return new ExportResult(format, files, 0, g.nodes().size(), g.edges().size());
    }

    private ExportResult writeCsv(DatasetGraph dsg, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExportException(dir + ": is a file; csv writes nodes.csv and edges.csv into a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ExportException(dir + ": cannot create the directory (" + e.getMessage() + ")", e);
        }
        PropertyGraph g = propertyGraph(dsg);
        Path nodes = dir.resolve("nodes.csv");
        Path edges = dir.resolve("edges.csv");
        atomically(nodes, w -> Neo4jCsvWriter.writeNodes(g, w));
        atomically(edges, w -> Neo4jCsvWriter.writeEdges(g, w));
        return new ExportResult(ExportFormat.CSV, List.of(nodes, edges), 0, g.nodes().size(), g.edges().size());
    }

    private static Path sibling(Path file, String name) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }

    /** Writes {@code file} through a temporary file beside it, moved into place when complete. */
    private static void atomically(Path file, Consumer<Writer> body) {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        Path tmp = null;
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // Not Files.createTempFile: that makes the file readable by its owner only.
            tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.accept(w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(file + ": cannot write (" + e.getMessage() + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file stays; nothing more to do
                }
            }
        }
    }
}
