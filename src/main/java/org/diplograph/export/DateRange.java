package org.diplograph.export;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days an event date covers, for timelines: a day is itself, a month ({@code xsd:gYearMonth}) runs
 * from its first to its last day, a year ({@code xsd:gYear}) from 1 January to 31 December.
 *
 * @param first the first day (inclusive)
 * @param last  the last day (inclusive), never before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range ends before it starts: " + first + ".." + last);
        }
    }

    /**
     * The range of a {@code dg:date} lexical form ({@code 2025-07-03}, {@code 2025-07}, {@code 2025});
     * empty for anything else (a time zone suffix or a malformed value is not guessed at).
     */
    public static Optional<DateRange> parse(String lexical) {
        String s = lexical.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(s);
                return Optional.of(new DateRange(d, d));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(s);
                return Optional.of(new DateRange(m.atDay(1), m.atEndOfMonth()));
            }
            if (s.matches("\\d{4}")) {
                Year y = Year.parse(s);
                return Optional.of(new DateRange(y.atDay(1), y.atMonth(12).atEndOfMonth()));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The smallest range covering both. */
    public DateRange span(DateRange other) {
        return new DateRange(first.isBefore(other.first) ? first : other.first,
                last.isAfter(other.last) ? last : other.last);
    }
}
