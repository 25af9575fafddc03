package org.diplograph.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web app's files, read from the classpath folder {@value #ROOT} (inside the jar). A request path is
 * looked up only when every segment is a plain file or folder name (letters, digits, '.', '_', '-', not
 * starting with '.') and the file has a known extension; anything else ("..", "%2e%2e", "//", a
 * backslash, a folder) is not found, so no path can leave the folder.
 */
public final class StaticResources {
    /** Classpath folder of the app. */
    public static final String ROOT = "org/diplograph/web/app/";

    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "txt", "text/plain; charset=utf-8",
            "json", "application/json");

    /** A file of the app: its bytes and media type. */
    public record Resource(String path, String contentType, byte[] bytes) {
    }

    private StaticResources() {
    }

    /**
     * The file at {@code path} ("/app.js", "/vendor/sigma.min.js"), or empty when the path is not a safe
     * name of a file in the app folder.
     */
    public static Optional<Resource> find(String path) {
        if (path == null || path.length() > 200 || !SAFE_PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String type = TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = StaticResources.class.getClassLoader().getResourceAsStream(ROOT + path.substring(1))) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Resource(path, type, in.readAllBytes()));
        } catch (IOException e) {
            throw new ServerException("cannot read the web app file " + ROOT + path.substring(1) + ": " + e.getMessage(), e);
        }
    }
}
