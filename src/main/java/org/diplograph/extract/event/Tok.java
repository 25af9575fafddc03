package org.diplograph.extract.event;

/**
 * One word or punctuation mark of the article: its index in the article's token list, its
 * character range and text, and its lower-case form. Hyphenated compounds are split
 * ("US-Präsident" -> "US", "Präsident") so that their parts can be matched.
 */
record Tok(int index, int start, int end, String text, String lower) {

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean isPunct(String chars) {
        return !isWord() && chars.contains(text);
    }
}
