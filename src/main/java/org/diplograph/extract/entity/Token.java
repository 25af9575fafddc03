package org.diplograph.extract.entity;

/**
 * One token of an article: a run of letters and digits ({@link Kind#WORD}), a hyphen joining
 * parts of a compound ({@link Kind#HYPHEN}), or any other single non-space character.
 *
 * <p>Fields as a record would have them (index, start, end, text, kind, first, last,
 * capitalized, lowercase, marked), with one difference: the text is cut out of the article the
 * first time {@link #text} is asked for. Most words are no name, role or first name (four in
 * five), and the extractors learn that from {@link EntityWords#get(String, int, int)} without the
 * text, so most tokens never need a string of their own. A token belongs to one
 * {@link EntityScan}, which one thread reads.
 */
final class Token {

    enum Kind { WORD, HYPHEN, PUNCT }

    private final int index;
    private final int start;
    private final int end;
    private final String source;
    private String text;
    private final Kind kind;
    private final int first;
    private final int last;
    private final boolean capitalized;
    private final boolean lowercase;
    private final boolean marked;

    private Token(int index, int start, int end, String source, String text, Kind kind, int first, int last,
                  boolean capitalized, boolean lowercase, boolean marked) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.source = source;
        this.text = text;
        this.kind = kind;
        this.first = first;
        this.last = last;
        this.capitalized = capitalized;
        this.lowercase = lowercase;
        this.marked = marked;
    }

    /**
     * The token [start, end) of {@code source}; {@code text} is its text when the caller has it
     * already, or null to cut it out when first asked for.
     */
    static Token of(int index, int start, int end, String source, String text, Kind kind, int first, int last,
                    boolean marked) {
        boolean word = kind == Kind.WORD;
        char c = source.charAt(start);
        return new Token(index, start, end, source, text, kind, first, last,
                word && Character.isUpperCase(c), word && Character.isLowerCase(c), marked);
    }

    /** Position in the article's token list. */
    int index() {
        return index;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The token's text, cut out of the article once. */
    String text() {
        String s = text;
        if (s == null) {
            s = source.substring(start, end);
            text = s;
        }
        return s;
    }

    Kind kind() {
        return kind;
    }

    /** Index of the first word of the hyphenated compound this token belongs to. */
    int first() {
        return first;
    }

    /** Index of the last word of that compound ("US-Präsident": US, -, Präsident). */
    int last() {
        return last;
    }

    /** A word starting with an upper-case letter (asked for every token by every extractor, so computed once). */
    boolean capitalized() {
        return capitalized;
    }

    /** A word starting with a lower-case letter. */
    boolean lowercase() {
        return lowercase;
    }

    /** A word with a combining mark in it ("Jose\u0301"): the only characters of a word that are no letter or digit. */
    boolean marked() {
        return marked;
    }

    boolean word() {
        return kind == Kind.WORD;
    }

    /** True when this word is part of a hyphenated compound ("US" in "US-Präsident"). */
    boolean inCompound() {
        return first != last;
    }

    @Override
    public String toString() {
        return "Token[" + index + " " + start + "-" + end + " " + kind + " '" + text() + "']";
    }
}
