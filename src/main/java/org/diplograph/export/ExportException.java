package org.diplograph.export;

import org.diplograph.DiplographException;

/** An export cannot be done: an unknown format, a missing or unusable output path, a write that failed. */
public class ExportException extends DiplographException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
