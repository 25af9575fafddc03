package org.diplograph.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Byte-level checks shared by the readers: byte order mark, binary content, strict decoding, sizes. */
final class TextBytes {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How many leading bytes {@link #binaryReason} inspects. */
    static final int SAMPLE = 64 * 1024;

    /** More control characters than this share of the sample means binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private TextBytes() {
    }

    /** Length of a UTF-8 byte order mark at {@code off}, or 0. */
    static int bomLength(byte[] b, int off, int len) {
        return len >= 3 && b[off] == (byte) 0xEF && b[off + 1] == (byte) 0xBB && b[off + 2] == (byte) 0xBF ? 3 : 0;
    }

    /**
     * Why the bytes are not text, or null when they look like text. Looks at the first
     * {@link #SAMPLE} bytes: a NUL byte, or more than 5 % control characters other than tab, line
     * feed, carriage return and form feed, means binary.
     */
    static String binaryReason(byte[] b, int off, int len) {
        if (len >= 2 && ((b[off] == (byte) 0xFF && b[off + 1] == (byte) 0xFE)
                || (b[off] == (byte) 0xFE && b[off + 1] == (byte) 0xFF))) {
            return "UTF-16 text is not supported, convert it to UTF-8";
        }
        int n = Math.min(len, SAMPLE);
        int controls = 0;
        for (int i = off; i < off + n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "binary file, not text";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return n > 0 && controls > n * MAX_CONTROL_SHARE ? "binary file, not text" : null;
    }

    /**
     * Decoded text.
     *
     * @param text    the characters
     * @param badByte offset (relative to the decoded range) of the first byte that is not UTF-8 when
     *                the text was decoded as windows-1252 instead, else -1
     */
    record Decoded(String text, long badByte) {
        boolean fellBack() {
            return badByte >= 0;
        }
    }

    /** Strict UTF-8; when that fails, windows-1252 (the usual encoding of legacy German text). */
    static Decoded decode(byte[] b, int off, int len) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate(len);
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) {
            result = utf8.flush(out);
        }
        if (!result.isError()) {
            out.flip();
            return new Decoded(out.toString(), -1);
        }
        long bad = in.position() - off;
        return new Decoded(decodeCp1252(b, off, len), bad);
    }

    private static String decodeCp1252(byte[] b, int off, int len) {
        try {
            return WINDOWS_1252.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("windows-1252 decoding with REPLACE cannot fail", e);
        }
    }

    /** True when {@code s} has no characters other than white space (including no-break spaces). */
    static boolean isBlank(String s) {
        return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\uFEFF' || c == '\u200B');
    }

    /**
     * {@code 50 MB}, {@code 1.5 MB}, {@code 12 KB} or {@code 300 bytes}; with {@code roundUp} the
     * tenth is rounded up, so that a size just over a limit never prints as the limit itself.
     */
    static String formatSize(long bytes, boolean roundUp) {
        if (bytes >= 1024L * 1024) {
            return tenths(bytes / (1024.0 * 1024), roundUp) + " MB";
        }
        if (bytes >= 1024) {
            return tenths(bytes / 1024.0, roundUp) + " KB";
        }
        return bytes + " bytes";
    }

    private static String tenths(double v, boolean roundUp) {
        double t = roundUp ? Math.ceil(v * 10) / 10 : Math.round(v * 10) / 10.0;
        String s = String.format(Locale.ROOT, "%.1f", t);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** {@code <what> too large (73.2 MB > 50 MB limit)}. */
    static String tooLarge(String what, long size, long limit) {
        return what + " too large (" + formatSize(size, true) + " > " + formatSize(limit, false) + " limit)";
    }

    /** A one-line reason for an I/O failure. */
    static String ioReason(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return "cannot read: " + e.getClass().getSimpleName() + (m == null ? "" : " " + JsonFields.oneLine(m, 200));
    }
}
