package org.diplograph.extract;

/** One sentence (or headline) of an article, numbered from 0 in text order. */
public record Sentence(int index, int start, int end, String text) implements Spanned {
}
