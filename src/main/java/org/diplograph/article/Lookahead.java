package org.diplograph.article;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator that computes its next element on demand; {@link #computeNext()} returns null at the end. */
abstract class Lookahead<T> implements Iterator<T> {
    private T next;

    /** The next element, or null when there is none (also on every later call). */
    abstract T computeNext();

    /** Forgets an element computed but not yet returned (when the source is closed early). */
    final void discardPending() {
        next = null;
    }

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = computeNext();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T r = next;
        next = null;
        return r;
    }
}
