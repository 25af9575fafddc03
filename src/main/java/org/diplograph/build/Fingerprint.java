package org.diplograph.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.diplograph.article.Article;

/**
 * Content fingerprints that make re-building idempotent: an article is re-extracted only when its
 * text, its metadata or the extraction code (the running jar) changed.
 */
public final class Fingerprint {
    private static volatile String code;

    private Fingerprint() {
    }

    /** Hash of the article's text and metadata plus the code fingerprint. */
    public static String of(Article a) {
        MessageDigest md = sha256();
        for (String part : new String[] {a.id(), String.valueOf(a.published()), a.title(), a.source(), a.url(),
                a.language(), a.text(), code()}) {
            md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Hash of the running jar, or "dev" when running from a classes directory (tests, IDE). */
    static String code() {
        String c = code;
        if (c == null) {
            c = computeCode();
            code = c;
        }
        return c;
    }

    private static String computeCode() {
        try {
            Path p = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(p)) {
                return "dev";
            }
            MessageDigest md = sha256();
            try (InputStream in = Files.newInputStream(p)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            return "dev";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
