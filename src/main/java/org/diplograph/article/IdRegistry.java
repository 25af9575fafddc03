package org.diplograph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The article ids already read in one run, and where each was first read, held compactly enough for
 * JSONL inputs with millions of lines: an open-addressing table of 128-bit MD5 digests of the ids
 * (a false match is as unlikely as an MD5 collision) and packed locations (file index and line
 * number) instead of strings. Not thread-safe.
 */
final class IdRegistry {

    private static final int LINE_BITS = 40;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;

    private final MessageDigest md5;
    private final List<String> files = new ArrayList<>();
    private final List<String> otherOrigins = new ArrayList<>();
    private String currentFile;
    private long[] table = new long[3 * 1024];   // per slot: digest high, digest low, encoded location
    private int slots = 1024;
    private int size;

    IdRegistry() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }

    /** Origins of the following ids are usually {@code file} or {@code file:line}. */
    void enterFile(String file) {
        files.add(file);
        currentFile = file;
    }

    /** Records {@code id} as read at {@code origin}; returns where it was read before, or null if it is new. */
    String register(String id, String origin) {
        byte[] d = md5.digest(id.getBytes(StandardCharsets.UTF_8));
        long hi = toLong(d, 0);
        long lo = toLong(d, 8);
        int i = (int) (mix(hi ^ lo) & (slots - 1));
        while (table[3 * i + 2] != 0) {
            if (table[3 * i] == hi && table[3 * i + 1] == lo) {
                return decode(table[3 * i + 2]);
            }
            i = (i + 1) & (slots - 1);
        }
        table[3 * i] = hi;
        table[3 * i + 1] = lo;
        table[3 * i + 2] = encode(origin);
        if (++size * 4L >= slots * 3L) {
            grow();
        }
        return null;
    }

    int size() {
        return size;
    }

    private long encode(String origin) {
        if (currentFile != null && files.size() - 1 < (1 << 22)) {
            long fileIndex = files.size() - 1;
            if (origin.equals(currentFile)) {
                return ((fileIndex << LINE_BITS) | 0) + 1;
            }
            int n = currentFile.length();
            if (origin.length() > n + 1 && origin.length() <= n + 13 && origin.startsWith(currentFile)
                    && origin.charAt(n) == ':' && origin.substring(n + 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
                long line = Long.parseLong(origin.substring(n + 1));
                if (line > 0 && line <= LINE_MASK) {
                    return ((fileIndex << LINE_BITS) | line) + 1;
                }
            }
        }
        otherOrigins.add(origin);
        return -otherOrigins.size();
    }

    private String decode(long code) {
        if (code < 0) {
            return otherOrigins.get((int) (-code - 1));
        }
        long v = code - 1;
        String file = files.get((int) (v >>> LINE_BITS));
        long line = v & LINE_MASK;
        return line == 0 ? file : file + ":" + line;
    }

    private void grow() {
        long[] old = table;
        int oldSlots = slots;
        slots *= 2;
        table = new long[3 * slots];
        for (int s = 0; s < oldSlots; s++) {
            if (old[3 * s + 2] != 0) {
                long hi = old[3 * s];
                long lo = old[3 * s + 1];
                int i = (int) (mix(hi ^ lo) & (slots - 1));
                while (table[3 * i + 2] != 0) {
                    i = (i + 1) & (slots - 1);
                }
                table[3 * i] = hi;
                table[3 * i + 1] = lo;
                table[3 * i + 2] = old[3 * s + 2];
            }
        }
    }

    private static long toLong(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
