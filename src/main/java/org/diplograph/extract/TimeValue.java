package org.diplograph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar value at the precision the text supports: a day, a month or a year.
 * {@link #lexical()} is the XSD lexical form ("2025-07-03", "2025-03", "2025").
 */
public record TimeValue(Precision precision, int year, int month, int day) implements Comparable<TimeValue> {

    public enum Precision {
        DAY("date"), MONTH("gYearMonth"), YEAR("gYear");

        private final String xsdLocalName;

        Precision(String xsdLocalName) {
            this.xsdLocalName = xsdLocalName;
        }

        /** Local name of the XSD datatype: date, gYearMonth or gYear. */
        public String xsdLocalName() {
            return xsdLocalName;
        }
    }

    public TimeValue {
        Objects.requireNonNull(precision);
        switch (precision) {
            case DAY -> LocalDate.of(year, month, day); // validates
            case MONTH -> {
                YearMonth.of(year, month);
                day = 0;
            }
            case YEAR -> {
                month = 0;
                day = 0;
            }
        }
    }

    public static TimeValue ofDay(LocalDate d) {
        return new TimeValue(Precision.DAY, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static TimeValue ofMonth(int year, int month) {
        return new TimeValue(Precision.MONTH, year, month, 0);
    }

    public static TimeValue ofYear(int year) {
        return new TimeValue(Precision.YEAR, year, 0, 0);
    }

    /** Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
    public static TimeValue parse(String lexical) {
        String[] p = lexical.trim().split("-");
        return switch (p.length) {
            case 1 -> ofYear(Integer.parseInt(p[0]));
            case 2 -> ofMonth(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            case 3 -> ofDay(LocalDate.parse(lexical.trim()));
            default -> throw new IllegalArgumentException("not a date, month or year: " + lexical);
        };
    }

    /** The day, or null unless precision is DAY. */
    public LocalDate date() {
        return precision == Precision.DAY ? LocalDate.of(year, month, day) : null;
    }

    /** True when {@code day} lies within this value (same day, month or year). */
    public boolean covers(LocalDate d) {
        return switch (precision) {
            case DAY -> d.equals(date());
            case MONTH -> d.getYear() == year && d.getMonthValue() == month;
            case YEAR -> d.getYear() == year;
        };
    }

    public String lexical() {
        return switch (precision) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
        };
    }

    @Override
    public int compareTo(TimeValue o) {
        return lexical().compareTo(o.lexical());
    }

    @Override
    public String toString() {
        return lexical();
    }
}
