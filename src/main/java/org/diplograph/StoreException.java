package org.diplograph;

/** The store cannot be opened, read or written (locked by another process, not a dataset, disk full). */
public class StoreException extends DiplographException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
