package org.diplograph.extract.entity;

/**
 * One token of an article: a run of letters and digits ({@link Kind#WORD}), a hyphen joining
 * parts of a compound ({@link Kind#HYPHEN}), or any other single non-space character.
 *
 * @param index       position in the article's token list
 * @param first       index of the first word of the hyphenated compound this token belongs to
 * @param last        index of the last word of that compound ("US-Präsident": US, -, Präsident)
 * @param capitalized a word starting with an upper-case letter (asked for every token by every
 *                    extractor, so computed once: see {@link #of})
 * @param lowercase   a word starting with a lower-case letter
 * @param marked      a word with a combining mark in it ("Jose\u0301"): the only characters of a
 *                    word that are no letter or digit
 */
record Token(int index, int start, int end, String text, Kind kind, int first, int last,
             boolean capitalized, boolean lowercase, boolean marked) {

    enum Kind { WORD, HYPHEN, PUNCT }

    static Token of(int index, int start, int end, String text, Kind kind, int first, int last, boolean marked) {
        boolean word = kind == Kind.WORD;
        return new Token(index, start, end, text, kind, first, last,
                word && Character.isUpperCase(text.charAt(0)), word && Character.isLowerCase(text.charAt(0)), marked);
    }

    boolean word() {
        return kind == Kind.WORD;
    }

    /** True when this word is part of a hyphenated compound ("US" in "US-Präsident"). */
    boolean inCompound() {
        return first != last;
    }
}
