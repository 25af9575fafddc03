package org.diplograph.extract;

/** A plain piece of article text: evidence, a trigger word, a clause. */
public record Span(int start, int end, String text) implements Spanned {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span text length " + text.length() + " != " + (end - start));
        }
    }

    /** The span [start, end) of {@code fullText}. */
    public static Span of(String fullText, int start, int end) {
        return new Span(start, end, fullText.substring(start, end));
    }
}
