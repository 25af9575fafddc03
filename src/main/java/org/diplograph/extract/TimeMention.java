package org.diplograph.extract;

/**
 * A date expression and its value. {@code value} is null when the expression cannot be anchored
 * (a weekday without a publication date, say); such mentions never become event dates.
 *
 * @param relative true when the value was computed from the publication date ("am Donnerstag", "heute")
 */
public record TimeMention(int start, int end, String text, TimeValue value, boolean relative) implements Spanned {
}
