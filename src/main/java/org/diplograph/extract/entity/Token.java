package org.diplograph.extract.entity;

/**
 * One token of an article: a run of letters and digits ({@link Kind#WORD}), a hyphen joining
 * parts of a compound ({@link Kind#HYPHEN}), or any other single non-space character.
 *
 * @param index position in the article's token list
 * @param first index of the first word of the hyphenated compound this token belongs to
 * @param last  index of the last word of that compound ("US-Präsident": US, -, Präsident)
 */
record Token(int index, int start, int end, String text, Kind kind, int first, int last) {

    enum Kind { WORD, HYPHEN, PUNCT }

    boolean word() {
        return kind == Kind.WORD;
    }

    boolean capitalized() {
        return word() && Character.isUpperCase(text.charAt(0));
    }

    boolean lowercase() {
        return word() && Character.isLowerCase(text.charAt(0));
    }

    /** True when this word is part of a hyphenated compound ("US" in "US-Präsident"). */
    boolean inCompound() {
        return first != last;
    }
}
