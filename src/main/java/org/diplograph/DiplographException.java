package org.diplograph;

/**
 * The root of every error Diplograph reports on purpose. Unchecked; the command line prints
 * {@link #getMessage()} as one line on stderr and exits non-zero. Messages name the file, line or
 * offset concerned and, where it helps, what to do.
 */
public class DiplographException extends RuntimeException {
    public DiplographException(String message) {
        super(message);
    }

    public DiplographException(String message, Throwable cause) {
        super(message, cause);
    }
}
