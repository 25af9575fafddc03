package org.diplograph.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.diplograph.StoreException;
import org.diplograph.extract.EventStatus;
import org.diplograph.extract.EventType;
import org.diplograph.extract.TimeValue;
import org.diplograph.resolve.EventIdentity;
import org.diplograph.resolve.EventIdentity.Report;

/**
 * Event reports sorted into {@value #PARTITIONS} buckets by {@link EventIdentity#partition}, so that the
 * reconciliation can take them one bucket at a time: reports in different buckets never change each other's
 * event IRI. Up to a limit the buckets are lists in memory; past it every report goes to a temporary file
 * per bucket, so a store of a million articles is reconciled with the heap a thousand need. The files are
 * deleted on {@link #close}.
 */
public final class ReportBuckets implements AutoCloseable {
    /** Buckets; a million articles' ≈ 1.1 million reports make ≈ 4,300 per bucket. */
    static final int PARTITIONS = 256;
    /** Reports held in memory before the buckets move to disk (≈ 100 MB of heap). */
    static final int IN_MEMORY = 50_000;

    private final int inMemoryLimit;
    private final List<List<Report>> memory = new ArrayList<>(PARTITIONS);
    private Path dir;
    private DataOutputStream[] files;
    private int size;

    public ReportBuckets() {
        this(IN_MEMORY);
    }

    /** @param inMemoryLimit reports kept in memory before the buckets move to disk */
    ReportBuckets(int inMemoryLimit) {
        this.inMemoryLimit = inMemoryLimit;
        for (int i = 0; i < PARTITIONS; i++) {
            memory.add(new ArrayList<>());
        }
    }

    public void add(Report r) {
        int bucket = EventIdentity.partition(r, PARTITIONS);
        try {
            if (files == null && size >= inMemoryLimit) {
                spill();
            }
            if (files == null) {
                memory.get(bucket).add(r);
            } else {
                write(files[bucket], r);
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

    /** Hands the reports of each non-empty bucket to {@code consumer}, one bucket in memory at a time. */
    void forEachBucket(Consumer<List<Report>> consumer) {
        try {
            if (files != null) {
                for (DataOutputStream out : files) {
                    out.flush();
                }
            }
            for (int i = 0; i < PARTITIONS; i++) {
                List<Report> bucket = files == null ? memory.get(i) : read(bucketFile(i));
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
            for (Report r : memory.get(i)) {
                write(files[i], r);
            }
            memory.set(i, List.of());
        }
    }

    private Path bucketFile(int i) {
        return dir.resolve("bucket-" + i + ".bin");
    }

    private StoreException failure(IOException e) {
        return new StoreException("cannot keep event reports in "
                + (dir == null ? "a temporary directory" : dir.toString()) + " for the reconciliation: "
                + e.getMessage() + " (set -Djava.io.tmpdir to a disk with space)", e);
    }

    private static void write(DataOutputStream out, Report r) throws IOException {
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
    }

    private static List<Report> read(Path file) throws IOException {
        List<Report> out = new ArrayList<>();
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
                out.add(new Report(articleId, iri, type, participants, date.isEmpty() ? null : TimeValue.parse(date),
                        hasOrdinal ? ordinal : null, topics, status,
                        published.isEmpty() ? null : LocalDate.parse(published), firstStart));
            }
        }
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
