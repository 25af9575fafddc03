package org.diplograph.extract.time;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.Spanned;

/**
 * A time of day the text states: "19:24 Uhr", "4.45 Uhr", "7 Uhr", "4 Uhr 45", "19 Uhr MESZ".
 * Recognised so that it is never taken for a date, a year or a duration; the graph stores no clock
 * times, {@link TimexTagger} reports them. "um" before it is not part of the mention.
 *
 * @param value the time (24:00 is given as 00:00)
 */
public record ClockTime(int start, int end, String text, LocalTime value) implements Spanned {

    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\p{L}\\d.,:])(?<h>[01]?\\d|2[0-4])(?:[:.](?<m>[0-5]\\d))?\\s*Uhr(?![\\p{L}])"
                    + "(?:\\s+(?<m2>[0-5]\\d)(?![\\d.,]))?");

    /** All clock times in {@code text}, in text order. */
    public static List<ClockTime> find(String text) {
        List<ClockTime> out = new ArrayList<>();
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            int h = Integer.parseInt(m.group("h"));
            String min = m.group("m") != null ? m.group("m") : m.group("m2");
            int mm = min == null ? 0 : Integer.parseInt(min);
            if (h == 24 && mm > 0) {
                continue;
            }
            out.add(new ClockTime(m.start(), m.end(), m.group(), LocalTime.of(h % 24, mm)));
        }
        return out;
    }
}
