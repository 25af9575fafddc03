package org.diplograph.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.StoreException;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.TimeValue;
import org.diplograph.rdf.DG;
import org.diplograph.resolve.EventIdentity;
import org.diplograph.resolve.EventIdentity.Report;

/**
 * Event reports sorted into {@value #PARTITIONS} buckets by {@link EventIdentity#partition}, so that the
 * reconciliation can take them one bucket at a time: reports in different buckets never change each other's
 * event IRI. Up to a limit the buckets are lists in memory; past it every report goes to a temporary file
 * per bucket, so a store of a million articles is reconciled with the heap a thousand need. The files are
 * deleted on {@link #close}.
 *
 * <p>A report may carry its event's quads ({@link #add(Report, List)}): a build into an empty store holds them
 * back until the event's IRI is decided, and then writes them once, under that IRI.
 */
public final class ReportBuckets implements AutoCloseable {
    /** Buckets; a million articles' ≈ 1.1 million reports make ≈ 4,300 per bucket. */
    static final int PARTITIONS = 256;
    /** Reports held in memory before the buckets move to disk (≈ 100 MB of heap). */
    static final int IN_MEMORY = 50_000;
    /** Event quads held in memory before the buckets move to disk (≈ 40 MB of heap; ≈ 20 quads an event). */
    static final int QUADS_IN_MEMORY = 500_000;

    /** A report and the quads of its event held back with it (none when nothing is held back). */
    public record Entry(Report report, List<Quad> quads) {
    }

    private final int inMemoryLimit;
    private final int quadsInMemoryLimit;
    private final List<List<Entry>> memory = new ArrayList<>(PARTITIONS);
    private Path dir;
    private DataOutputStream[] files;
    private int size;
    private long quadsInMemory;

    public ReportBuckets() {
        this(IN_MEMORY);
    }

    /** @param inMemoryLimit reports kept in memory before the buckets move to disk */
    ReportBuckets(int inMemoryLimit) {
        this(inMemoryLimit, QUADS_IN_MEMORY);
    }

    /**
     * @param inMemoryLimit      reports kept in memory before the buckets move to disk
     * @param quadsInMemoryLimit held event quads kept in memory before the buckets move to disk
     */
    ReportBuckets(int inMemoryLimit, int quadsInMemoryLimit) {
        this.inMemoryLimit = inMemoryLimit;
        this.quadsInMemoryLimit = quadsInMemoryLimit;
        for (int i = 0; i < PARTITIONS; i++) {
            memory.add(new ArrayList<>());
        }
    }

    public void add(Report r) {
        add(r, List.of());
    }

    /**
     * Adds a report with its event's quads, held back until its IRI is decided: every quad of {@code eventQuads}
     * has the report's event as subject and lies in the report's article graph.
     */
    public void add(Report r, List<Quad> eventQuads) {
        String graph = DG.ARTICLE_BASE + r.articleId();
        for (Quad q : eventQuads) {
            if (!q.getSubject().isURI() || !q.getSubject().getURI().equals(r.iri()) || !q.getGraph().isURI()
                    || !q.getGraph().getURI().equals(graph)) {
                throw new IllegalArgumentException("not a quad of event " + r.iri() + " in " + graph + ": " + q);
            }
        }
        int bucket = EventIdentity.partition(r, PARTITIONS);
        try {
            if (files == null && (size >= inMemoryLimit || quadsInMemory + eventQuads.size() > quadsInMemoryLimit)) {
                spill();
            }
            if (files == null) {
                memory.get(bucket).add(new Entry(r, List.copyOf(eventQuads)));
                quadsInMemory += eventQuads.size();
            } else {
                write(files[bucket], r, eventQuads);
            }
        } catch (IOException e) {
            throw failure(e);
        }
        size++;
    }

    public void addAll(List<Report> reports) {
        reports.forEach(this::add);
    }

    /** Reports added so far. */
    public int size() {
        return size;
    }

    /** True once the buckets are on disk. */
    boolean spilled() {
        return files != null;
    }

    /** The temporary folder of the bucket files, or null while they are in memory. */
    Path folder() {
        return dir;
    }

    /** Hands the reports of each non-empty bucket to {@code consumer}, one bucket in memory at a time. */
    void forEachBucket(Consumer<List<Report>> consumer) {
        forEachBucketWithQuads(bucket -> consumer.accept(bucket.stream().map(Entry::report).toList()));
    }

    /** Hands each non-empty bucket, reports with their held quads, to {@code consumer}, one bucket at a time. */
    void forEachBucketWithQuads(Consumer<List<Entry>> consumer) {
        try {
            if (files != null) {
                for (DataOutputStream out : files) {
                    out.flush();
                }
            }
            for (int i = 0; i < PARTITIONS; i++) {
                List<Entry> bucket = files == null ? memory.get(i) : read(bucketFile(i));
                if (!bucket.isEmpty()) {
                    consumer.accept(bucket);
                }
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        memory.replaceAll(bucket -> List.of());
        if (dir == null) {
            return;
        }
        try {
            for (DataOutputStream out : files) {
                out.close();
            }
            try (Stream<Path> paths = Files.list(dir)) {
                for (Path p : paths.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        } catch (NoSuchFileException gone) {
            // removed from under us (a /tmp cleaner, a user freeing space): what close would do is done
        } catch (IOException e) {
            throw failure(e);
        } finally {
            dir = null;
        }
    }

    private void spill() throws IOException {
        dir = Files.createTempDirectory("diplograph-event-reports-");
        files = new DataOutputStream[PARTITIONS];
        for (int i = 0; i < PARTITIONS; i++) {
            files[i] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(bucketFile(i)), 8192));
            for (Entry e : memory.get(i)) {
                write(files[i], e.report(), e.quads());
            }
            memory.set(i, List.of());
        }
        quadsInMemory = 0;
    }

    private Path bucketFile(int i) {
        return dir.resolve("bucket-" + i + ".bin");
    }

    private StoreException failure(IOException e) {
        return new StoreException("cannot keep event reports in "
                + (dir == null ? "a temporary directory" : dir.toString()) + " for the reconciliation: "
                + e.getMessage() + " (set -Djava.io.tmpdir to a disk with space)", e);
    }

    private static void write(DataOutputStream out, Report r, List<Quad> quads) throws IOException {
        out.writeUTF(r.articleId());
        out.writeUTF(r.iri());
        out.writeByte(r.type().ordinal());
        writeStrings(out, r.participants());
        out.writeUTF(r.date() == null ? "" : r.date().lexical());
        out.writeBoolean(r.ordinal() != null);
        out.writeInt(r.ordinal() == null ? 0 : r.ordinal());
        // sorted, so that a bucket read back is the same whatever order the set had
        writeStrings(out, r.topics().stream().sorted(Comparator.naturalOrder()).toList());
        out.writeByte(r.status().ordinal());
        out.writeUTF(r.published() == null ? "" : r.published().toString());
        out.writeInt(r.firstStart());
        // subject and graph are the report's event and article: only predicate and object are written
        out.writeInt(quads.size());
        for (Quad q : quads) {
            writeLong(out, q.getPredicate().getURI());
            writeNode(out, q.getObject());
        }
    }

    private static List<Entry> read(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 65536))) {
            while (true) {
                String articleId;
                try {
                    articleId = in.readUTF();
                } catch (EOFException end) {
                    return out;
                }
                String iri = in.readUTF();
                EventType type = EventType.values()[in.readByte()];
                List<String> participants = readStrings(in);
                String date = in.readUTF();
                boolean hasOrdinal = in.readBoolean();
                int ordinal = in.readInt();
                Set<String> topics = new HashSet<>(readStrings(in));
                EventStatus status = EventStatus.values()[in.readByte()];
                String published = in.readUTF();
                int firstStart = in.readInt();
                Report report = new Report(articleId, iri, type, participants,
                        date.isEmpty() ? null : TimeValue.parse(date), hasOrdinal ? ordinal : null, topics, status,
                        published.isEmpty() ? null : LocalDate.parse(published), firstStart);
                int n = in.readInt();
                List<Quad> quads = new ArrayList<>(n);
                if (n > 0) {
                    Node graph = NodeFactory.createURI(DG.ARTICLE_BASE + articleId);
                    Node subject = NodeFactory.createURI(iri);
                    for (int i = 0; i < n; i++) {
                        Node predicate = NodeFactory.createURI(readLong(in));
                        quads.add(Quad.create(graph, subject, predicate, readNode(in)));
                    }
                }
                out.add(new Entry(report, quads));
            }
        }
    }

    private static final byte IRI = 0;
    private static final byte TYPED = 1;
    private static final byte LANG = 2;

    /** An IRI or a literal (typed, or with a language): the nodes our mapper writes as objects of an event. */
    private static void writeNode(DataOutputStream out, Node n) throws IOException {
        if (n.isURI()) {
            out.writeByte(IRI);
            writeLong(out, n.getURI());
        } else if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
            String lang = n.getLiteralLanguage();
            if (lang == null || lang.isEmpty()) {
                out.writeByte(TYPED);
                writeLong(out, n.getLiteralLexicalForm());
                writeLong(out, n.getLiteralDatatypeURI());
            } else {
                out.writeByte(LANG);
                writeLong(out, n.getLiteralLexicalForm());
                writeLong(out, lang);
            }
        } else {
            throw new IllegalArgumentException("an event's quads hold only IRIs and literals, not " + n);
        }
    }

    private static Node readNode(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case IRI -> NodeFactory.createURI(readLong(in));
            case TYPED -> NodeFactory.createLiteralDT(readLong(in), TypeMapper.getInstance().getSafeTypeByName(readLong(in)));
            case LANG -> NodeFactory.createLiteralLang(readLong(in), readLong(in));
            default -> throw new IOException("unknown node kind " + kind);
        };
    }

    /** A string of any length (writeUTF stops at 64 KB). */
    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }
}
