package org.diplograph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.diplograph.QueryException;

/**
 * The SPARQL queries that ship with Diplograph: {@code queries/NAME.rq} in the source tree, copied by
 * the build to {@code org/diplograph/queries/NAME.rq} on the classpath. Each starts with a comment
 * header ({@link QueryInfo}).
 */
public final class BundledQueries {
    /** Classpath folder of the bundled queries. */
    public static final String RESOURCE_DIR = "org/diplograph/queries/";
    /** A query that is always bundled; used to find the folder on the classpath. */
    private static final String ANCHOR = "timeline";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static volatile List<String> names;

    private BundledQueries() {
    }

    /** The names of all bundled queries, sorted. */
    public static List<String> names() {
        List<String> result = names;
        if (result == null) {
            result = Collections.unmodifiableList(new ArrayList<>(scan()));
            names = result;
        }
        return result;
    }

    /** Every bundled query's header, sorted by name. */
    public static List<QueryInfo> list() {
        return names().stream().map(BundledQueries::info).toList();
    }

    /** True when {@code name} is a bundled query. */
    public static boolean exists(String name) {
        return name != null && NAME.matcher(name).matches() && names().contains(name);
    }

    /**
     * The text of the bundled query {@code name}.
     *
     * @throws QueryException "unknown query 'x' (available: a, b, ...)"
     */
    public static String load(String name) {
        if (!exists(name)) {
            throw new QueryException("unknown query '" + name + "' (available: " + String.join(", ", names()) + ")");
        }
        try (InputStream in = loader().getResourceAsStream(RESOURCE_DIR + name + ".rq")) {
            if (in == null) {
                throw new QueryException("bundled query " + RESOURCE_DIR + name + ".rq is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QueryException("cannot read bundled query " + RESOURCE_DIR + name + ".rq: " + e.getMessage(), e);
        }
    }

    /** The header of the bundled query {@code name}. */
    public static QueryInfo info(String name) {
        return QueryInfo.parse(name, load(name));
    }

    private static ClassLoader loader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : BundledQueries.class.getClassLoader();
    }

    /** Lists the .rq files next to the anchor query, in a folder or inside a jar. */
    private static TreeSet<String> scan() {
        URL anchor = BundledQueries.class.getClassLoader().getResource(RESOURCE_DIR + ANCHOR + ".rq");
        if (anchor == null) {
            throw new QueryException("bundled queries are missing: " + RESOURCE_DIR + ANCHOR
                    + ".rq is not on the classpath (rebuild with ./mvnw package)");
        }
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return listRq(fs.provider().getPath(uri).getParent());
            }
            return listRq(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new QueryException("cannot list bundled queries at " + anchor + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new QueryException("cannot list bundled queries at " + anchor + ": " + e.getCause().getMessage(), e);
        }
    }

    private static TreeSet<String> listRq(Path dir) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".rq"))
                    .map(f -> f.substring(0, f.length() - 3))
                    .filter(n -> NAME.matcher(n).matches())
                    .forEach(found::add);
        }
        return found;
    }
}
