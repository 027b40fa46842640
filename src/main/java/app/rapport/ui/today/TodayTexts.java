package app.rapport.ui.today;

import app.rapport.journal.Encounter;
import app.rapport.ui.common.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and labels as the Today screen writes them, in the user's language. */
final class TodayTexts {

    private TodayTexts() {
    }

    static String date(LocalDate d) {
        return app.rapport.ui.common.Formats.date(d);
    }

    static String time(java.time.OffsetDateTime t) {
        return app.rapport.ui.common.Formats.time(t.toLocalTime());
    }

    static String longDate(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(I18n.locale()).format(d);
    }

    static String dayMonth(LocalDate d) {
        return app.rapport.ui.common.Formats.dayMonth(d);
    }

    /** The encounter's title, or its kind when it has none. */
    static String encounterTitle(Encounter e) {
        return e.title() != null && !e.title().isBlank() ? e.title() : I18n.text(e.kind().messageKey());
    }

}
