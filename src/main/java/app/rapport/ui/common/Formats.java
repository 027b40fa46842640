package app.rapport.ui.common;

import app.rapport.journal.Birthday;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

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
        return DateTimeFormatter.ofPattern(I18n.text("format.dayMonth"), I18n.locale())
                .format(b.monthDay().atYear(2000));
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(I18n.locale()).format(n);
    }
}
