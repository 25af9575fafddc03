package org.diplograph;

import java.nio.file.Path;

/** Bad input: a file that cannot be read as an article (empty, binary, malformed JSON, unknown type, missing). */
public class InputException extends DiplographException {
    private final Path file;

    public InputException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public InputException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }
}
