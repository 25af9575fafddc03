package org.diplograph.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A quick count of the articles in the inputs, for a progress bar's ETA: .txt files, plus the lines of
 * .jsonl files (counted at disk speed, without parsing). An estimate: bad lines are counted too.
 */
public final class InputEstimate {
    private InputEstimate() {
    }

    /** The estimated number of articles, or -1 when it cannot be told. */
    public static long count(List<Path> inputs) {
        long n = 0;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    n += files.filter(Files::isRegularFile).mapToLong(InputEstimate::countFile).sum();
                } catch (IOException | java.io.UncheckedIOException e) {
                    return -1;
                }
            } else if (Files.isRegularFile(input)) {
                n += countFile(input);
            }
        }
        return n;
    }

    private static long countFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return 1;
        }
        if (!name.endsWith(".jsonl")) {
            return 0;
        }
        long lines = 0;
        boolean pending = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                        pending = false;
                    } else {
                        pending = true;
                    }
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return lines + (pending ? 1 : 0);
    }
}
