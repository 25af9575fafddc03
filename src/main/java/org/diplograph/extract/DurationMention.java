package org.diplograph.extract;

import java.time.Duration;

/**
 * A length of time: "50 Minuten", "fast eine Stunde", "rund zweieinhalb Stunden", "fast einstündige".
 *
 * @param approximate true when hedged ("fast", "rund", "knapp", "etwa", "über")
 */
public record DurationMention(int start, int end, String text, Duration value, boolean approximate) implements Spanned {
}
