package app.rapport.journal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A birthday whose year may be unknown. Written as ISO-8601 {@code 1990-04-12}, or {@code --04-12}
 * without a year, as the interchange format does.
 */
public record Birthday(Integer year, MonthDay monthDay) {

    public Birthday {
        Objects.requireNonNull(monthDay, "monthDay");
        if (year != null && !monthDay.isValidYear(year)) {
            throw new DateTimeException(monthDay + " does not exist in " + year);
        }
        if (year != null && (year < 1800 || year > 9999)) {
            throw new DateTimeException("year out of range: " + year);
        }
    }

    public static Birthday of(int month, int day) {
        return new Birthday(null, MonthDay.of(month, day));
    }

    public static Birthday of(int year, int month, int day) {
        return new Birthday(year, MonthDay.of(month, day));
    }

    /** Parses {@code --MM-dd} or {@code yyyy-MM-dd}; throws {@link DateTimeException} otherwise. */
    public static Birthday parse(String text) {
        String t = text.strip();
        if (t.startsWith("--")) {
            return new Birthday(null, MonthDay.parse(t));
        }
        LocalDate date = LocalDate.parse(t);
        return new Birthday(date.getYear(), MonthDay.from(date));
    }

    public Optional<LocalDate> date() {
        return year == null ? Optional.empty() : Optional.of(monthDay.atYear(year));
    }

    /** The next birthday on or after {@code today}; 29 February falls on 28 February in other years. */
    public LocalDate nextOccurrence(LocalDate today) {
        LocalDate candidate = atYear(today.getYear());
        return candidate.isBefore(today) ? atYear(today.getYear() + 1) : candidate;
    }

    private LocalDate atYear(int y) {
        return monthDay.isValidYear(y) ? monthDay.atYear(y) : MonthDay.of(2, 28).atYear(y);
    }

    /** Age on the given day, if the year is known. */
    public Optional<Integer> ageOn(LocalDate day) {
        return date().map(d -> java.time.Period.between(d, day).getYears());
    }

    @Override
    public String toString() {
        return year == null ? monthDay.toString() : Year.of(year) + monthDay.toString().substring(1);
    }
}
