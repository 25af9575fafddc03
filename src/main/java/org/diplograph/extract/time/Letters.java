package org.diplograph.extract.time;

/**
 * {@link Character#isLetter(char)} as one bit per char: the date scans ask it for nearly every char
 * of a sentence (is a position a word start, where does a word end), and German text has many chars
 * beyond ASCII (umlauts, ß, typographic quotes and dashes), for which the JDK walks its Unicode
 * tables each time. The bits are read from the JDK once, so the answers are its answers. Immutable.
 */
final class Letters {
    /** Bit {@code c & 63} of word {@code c >>> 6} is set when char c is a letter: 8 KB. */
    private static final long[] LETTER = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetter((char) c)) {
                LETTER[c >>> 6] |= 1L << c;
            }
        }
    }

    private Letters() {
    }

    /** Exactly {@link Character#isLetter(char)}. */
    static boolean isLetter(char c) {
        return (LETTER[c >>> 6] & 1L << c) != 0;
    }

    /** Exactly {@link Character#isLetter(int)}: the table for a char, the JDK for a supplementary code point. */
    static boolean isLetter(int codePoint) {
        return codePoint <= Character.MAX_VALUE ? isLetter((char) codePoint) : Character.isLetter(codePoint);
    }
}
