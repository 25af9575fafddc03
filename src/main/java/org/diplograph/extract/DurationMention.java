package org.diplograph.extract;

import java.time.Duration;

/**
 * A length of time: "50 Minuten", "fast eine Stunde", "rund zweieinhalb Stunden", "fast einstündige".
 *
 * @param approximate true when hedged ("fast", "rund", "knapp", "etwa", "über")
 * @param qualifier   how the hedge qualifies the value ("knapp 90 Minuten": {@link Qualifier#ALMOST}),
 *                    or null when the text states the duration plainly
 */
public record DurationMention(int start, int end, String text, Duration value, boolean approximate,
                              Qualifier qualifier) implements Spanned {

    /** What a hedge before a duration says about the stated value; written as {@code dg:durationQualifier}. */
    public enum Qualifier {
        /** "rund", "etwa", "ungefähr", "ca.": about the value. */
        APPROXIMATELY("approximately"),
        /** "fast", "knapp", "beinahe": a little less than the value. */
        ALMOST("almost"),
        /** "mindestens", "gut": the value or a little more. */
        AT_LEAST("atLeast"),
        /** "mehr als", "über": more than the value. */
        MORE_THAN("moreThan"),
        /** "weniger als": less than the value. */
        LESS_THAN("lessThan"),
        /** "bis zu", "höchstens": the value at most. */
        AT_MOST("atMost");

        private final String lexical;

        Qualifier(String lexical) {
            this.lexical = lexical;
        }

        /** The literal written to the graph: "approximately", "almost", "atLeast", ... */
        public String lexical() {
            return lexical;
        }
    }

    public DurationMention {
        if (qualifier != null && !approximate) {
            throw new IllegalArgumentException("a qualified duration is approximate");
        }
    }

    /** A duration without qualifier; a hedged one ({@code approximate}) counts as {@link Qualifier#APPROXIMATELY}. */
    public DurationMention(int start, int end, String text, Duration value, boolean approximate) {
        this(start, end, text, value, approximate, approximate ? Qualifier.APPROXIMATELY : null);
    }
}
