package org.diplograph.web;

import org.diplograph.DiplographException;

/** The server cannot start (port in use, bad bind address) or cannot read its own files. */
public class ServerException extends DiplographException {
    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
