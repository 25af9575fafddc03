package org.diplograph;

/** A query cannot be found, parsed, bound or run. */
public class QueryException extends DiplographException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
