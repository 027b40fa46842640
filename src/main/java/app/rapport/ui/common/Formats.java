package app.rapport.ui.common;

import app.rapport.journal.Birthday;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Dates and numbers in the language the user chose. */
public final class Formats {

    private Formats() {
    }

    /** Formatters of the current language; looking up a localised pattern is not free. */
    private record Cached(java.util.Locale locale, DateTimeFormatter dateTime, DateTimeFormatter date,
                          DateTimeFormatter longDate) {
    }

    private static volatile Cached cached;

    private static Cached formatters() {
        java.util.Locale locale = I18n.locale();
        Cached c = cached;
        if (c == null || !c.locale().equals(locale)) {
            c = new Cached(locale,
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            cached = c;
        }
        return c;
    }

    /** An encounter's time as it was recorded (its own offset), for example "12 Mar 2026, 14:30". */
    public static String dateTime(OffsetDateTime t) {
        return t == null ? "" : formatters().dateTime().format(t.toLocalDateTime());
    }

    public static String dateTime(Instant t) {
        return t == null ? "" : formatters().dateTime().format(t.atZone(ZoneId.systemDefault()).toLocalDateTime());
    }

    public static String date(LocalDate d) {
        return d == null ? "" : formatters().date().format(d);
    }

    public static String date(OffsetDateTime t) {
        return t == null ? "" : date(t.toLocalDate());
    }

    /** "12 April 1990", or "12 April" when the year is unknown. */
    public static String birthday(Birthday b) {
        if (b == null) {
            return "";
        }
        if (b.year() != null) {
            return formatters().longDate().format(b.date().orElseThrow());
        }
        return dayMonth(b.monthDay().atYear(2000));
    }

    /** The day without the year: "June 10", "10. Juni". */
    public static String dayMonth(LocalDate d) {
        return DateTimeFormatter.ofPattern(I18n.text("format.dayMonth"), I18n.locale()).format(d);
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(I18n.locale()).format(n);
    }

    /**
     * What date pickers show and read: the user's language's short date with a four-digit year
     * (23.11.2026, 11/23/2026), not the operating system's format. Two-digit years are read too.
     */
    public static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateTimeFormatter.ofPattern(pickerPattern(), I18n.locale()).format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                String t = text.strip();
                // Day and month with one digit or two; the year with four digits or two (5.3.26).
                String lenient = pickerPattern().replace("dd", "d").replace("MM", "M");
                for (String pattern : List.of(lenient, lenient.replace("yyyy", "yy"))) {
                    try {
                        return LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern, I18n.locale()));
                    } catch (DateTimeParseException e) {
                        // try the next form
                    }
                }
                return LocalDate.parse(t); // ISO, 2026-11-23; throws, so the picker keeps its value
            }
        };
    }

    /** Makes the picker show and read dates in the user's language ({@link #dateConverter()}). */
    public static DatePicker localised(DatePicker picker) {
        picker.setConverter(dateConverter());
        return picker;
    }

    private static String pickerPattern() {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, I18n.locale());
        if (!pattern.contains("yyyy")) {
            pattern = pattern.replace("yy", "yyyy");
        }
        return pattern;
    }

    /** A time of day as the user's language writes it: "6:30 PM", "18:30". */
    public static String time(LocalTime t) {
        return t == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(I18n.locale())
                .format(t).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:\\s*[:.h]\\s*(\\d{2})|(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|uhr|h)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * A time of day as people type it, leniently: the language's own short form ({@link #time}),
     * 14:30, 14.30, 1430, 9, 9h15, 18 Uhr, 2:30 pm. Empty for a blank text and for one that is no time.
     */
    public static Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().replace('\u202f', ' ').replace('\u00a0', ' ');
        try {
            return Optional.of(LocalTime.parse(s, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(I18n.locale())));
        } catch (DateTimeParseException ignored) {
            // fall through to the lenient forms
        }
        Matcher m = TIME.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        String min = m.group(2) != null ? m.group(2) : m.group(3);
        int minute = min == null ? 0 : Integer.parseInt(min);
        String suffix = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
        if (suffix.startsWith("a") || suffix.startsWith("p")) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (suffix.startsWith("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
