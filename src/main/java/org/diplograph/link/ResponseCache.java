package org.diplograph.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diplograph.DiplographException;

/**
 * API responses on disk: one file {@code SHA-256(url).json} per request URL, holding
 * {@code {"url": …, "retrieved": …, "response": …}}. Entries never expire; delete the folder to fetch
 * everything again. A file that cannot be read or belongs to another URL counts as a miss.
 */
final class ResponseCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    ResponseCache(Path dir) {
        this.dir = dir;
    }

    Path directory() {
        return dir;
    }

    /** The file a URL's response is kept in. */
    Path file(String url) {
        return dir.resolve(key(url) + ".json");
    }

    /** Hex SHA-256 of the URL's UTF-8 bytes. */
    static String key(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    Optional<JsonNode> get(String url) {
        Path f = file(url);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode entry = JSON.readTree(f.toFile());
            if (entry == null || !url.equals(entry.path("url").asText()) || !entry.has("response")) {
                return Optional.empty();
            }
            return Optional.of(entry.get("response"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void put(String url, JsonNode response, Instant retrieved) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("url", url);
        entry.put("retrieved", retrieved.toString());
        entry.set("response", response);
        Path f = file(url);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".part-", ".json");
            try {
                JSON.writeValue(tmp.toFile(), entry);
                try {
                    Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new DiplographException(dir + ": cannot write the Wikidata cache (" + e.getMessage()
                    + "); choose another folder with --cache", e);
        }
    }
}
