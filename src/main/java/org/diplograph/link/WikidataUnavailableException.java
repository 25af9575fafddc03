package org.diplograph.link;

import org.diplograph.DiplographException;

/**
 * Wikidata's API could not be used: it is unreachable (connection refused, unknown host, timeout), answered
 * with an HTTP error, or sent something that is not an API response. Thrown before anything is written,
 * so the store and the review file are unchanged.
 */
public class WikidataUnavailableException extends DiplographException {
    public WikidataUnavailableException(String message) {
        super(message);
    }

    public WikidataUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
