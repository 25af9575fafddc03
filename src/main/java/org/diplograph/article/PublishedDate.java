package org.diplograph.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an article's publication date as written in metadata. Accepted forms:
 * <ul>
 *   <li>{@code 2025-07-03} (ISO date, optionally with an offset: {@code 2025-07-03+02:00})</li>
 *   <li>ISO date-time: {@code 2025-07-03T10:15}, {@code 2025-07-03T10:15:00.123Z},
 *       {@code 2025-07-03T23:30:00+02:00}, {@code 2025-07-03T10:15:00+02:00[Europe/Berlin]}</li>
 *   <li>the news-please form {@code 2025-07-03 10:15:00}</li>
 * </ul>
 * The result is the date part exactly as written: time zones are never applied, so
 * {@code 2025-07-03T23:30:00-05:00} is 2025-07-03, the date the outlet printed.
 */
public final class PublishedDate {

    /** The expected forms, for error messages. */
    public static final String EXPECTED = "YYYY-MM-DD or ISO date-time";

    private static final String OFFSET = "(?:Z|[+-](\\d{2})(?::?(\\d{2}))?)";
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
                    + "(?:"
                    + "(?:Z|[+-]\\d{2}:\\d{2})"                                   // ISO offset date
                    + "|[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"     // time
                    + OFFSET + "?"
                    + "(?:\\[[A-Za-z0-9_+\\-/]+])?"                                // zone id
                    + ")?");

    private PublishedDate() {
    }

    /**
     * The date part of {@code text} (surrounding white space ignored).
     *
     * @throws IllegalArgumentException when {@code text} is not one of the accepted forms or names a
     *                                  day or time that does not exist (2025-02-30, 25:00)
     */
    public static LocalDate parse(String text) {
        String s = text.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected " + EXPECTED + ", got \"" + text + "\"");
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            checkRange(m.group(4), 23);
            checkRange(m.group(5), 59);
            checkRange(m.group(6), 60);
            checkRange(m.group(7), 18);
            checkRange(m.group(8), 59);
            return date;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("expected " + EXPECTED + ", got \"" + text + "\"", e);
        }
    }

    /** True when {@link #parse(String)} accepts {@code text}. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void checkRange(String digits, int max) {
        if (digits != null && Integer.parseInt(digits) > max) {
            throw new DateTimeException("field out of range: " + digits);
        }
    }
}
